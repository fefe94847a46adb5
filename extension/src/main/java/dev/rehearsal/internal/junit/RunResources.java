package dev.rehearsal.internal.junit;

import dev.rehearsal.internal.cache.CacheSettings;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.server.Servers;
import dev.rehearsal.internal.template.TemplateCache;
import dev.rehearsal.spi.PostgresServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one test run shares: the server (started lazily on first use) and its template cache. Lives in the root
 * {@code ExtensionContext.Store}, so JUnit closes it at the end of the run (a {@link StoreResource}: on every JUnit
 * from 5.10 on): this run's templates are dropped (persistent ones stay in the cache directory), then the server is
 * stopped or, when shared with other JVMs, left to the last of them (the embedded provider also registers a shutdown hook for runs that end abruptly).
 */
final class RunResources implements StoreResource {
    private final Settings settings;
    /** Fixtures resolved (found, hashed, sniffed) once per run: hashing a large backup per test would be slow. */
    private final Map<String, Fixture> fixtures = new ConcurrentHashMap<>();

    private TemplateCache cache;
    private PostgresServer server;

    RunResources(Settings settings) {
        this.settings = settings;
    }

    /** The run's settings. */
    Settings settings() {
        return settings;
    }

    /** {@value Settings#CACHE_MODE}, {@value Settings#CACHE_MAX_SIZE} and {@value Settings#KEEP}, checked. */
    CacheSettings cacheSettings() {
        return CacheSettings.of(settings);
    }

    /** The fixture at {@code location}, resolved on first use; a failure is not remembered. */
    Fixture fixture(String location, Supplier<Fixture> resolver) {
        return fixtures.computeIfAbsent(location, key -> resolver.get());
    }

    synchronized TemplateCache cache() {
        if (cache == null) {
            CacheSettings cacheSettings = cacheSettings();
            server = Servers.provider(settings).start();
            try {
                cache = new TemplateCache(server, cacheSettings.mode(), cacheSettings.maxSizeBytes());
            } catch (RuntimeException e) {
                server.close();
                server = null;
                throw e;
            }
        }
        return cache;
    }

    @Override
    public synchronized void close() {
        try {
            if (cache != null) {
                cache.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            cache = null;
            server = null;
        }
    }
}
