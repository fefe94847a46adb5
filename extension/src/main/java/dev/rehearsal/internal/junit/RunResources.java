package dev.rehearsal.internal.junit;

import dev.rehearsal.internal.cache.CacheSettings;
import dev.rehearsal.internal.cache.DigestCache;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.report.RunReport;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.server.Servers;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.internal.template.TemplateCache;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one test run shares: the server (started lazily on first use) and its template cache. Lives in the root
 * {@code ExtensionContext.Store}, so JUnit closes it at the end of the run (a {@link StoreResource}: on every JUnit
 * from 5.10 on): this run's templates are dropped (persistent ones stay in the cache directory), then the server is
 * stopped or, when shared with other JVMs, left to the last of them (the embedded provider also registers a shutdown hook for runs that end abruptly).
 *
 * <p>The first test starts the server on a thread of its own ({@link #startInBackground()}) and reads its fixture and
 * migrations meanwhile; {@link #cache()} waits for the start. A failed start is not remembered: the next test tries
 * again and fails with the same story.
 */
final class RunResources implements StoreResource {
    private static final System.Logger LOG = System.getLogger(RunResources.class.getName());
    private final Settings settings;
    /** Fixtures resolved (found, hashed, sniffed) once per run: hashing a large backup per test would be slow. */
    private final Map<String, Fixture> fixtures = new ConcurrentHashMap<>();

    private TemplateCache cache;
    private PostgresServer server;
    private CompletableFuture<TemplateCache> starting;

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

    /** Where backup files' digests are remembered: the cache directory when the cache is persistent. */
    DigestCache digests() {
        return cacheSettings().mode() == CacheSettings.Mode.PERSISTENT
                ? DigestCache.in(settings.cacheDirectory().resolve("digests"))
                : DigestCache.none();
    }

    /** The fixture at {@code location}, resolved on first use; a failure is not remembered. */
    Fixture fixture(String location, Supplier<Fixture> resolver) {
        return fixtures.computeIfAbsent(location, key -> resolver.get());
    }

    /** Starts the server and opens the template cache on a daemon thread, unless done or under way. */
    synchronized void startInBackground() {
        if (cache != null || starting != null) {
            return;
        }
        CacheSettings cacheSettings;
        try {
            cacheSettings = cacheSettings();
        } catch (RuntimeException e) {
            return; // cache() reports it on the caller's thread
        }
        CompletableFuture<TemplateCache> future = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        future.complete(open(cacheSettings));
                    } catch (Throwable e) {
                        future.completeExceptionally(e);
                    }
                },
                "rehearsal-start");
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.setDaemon(true);
        thread.start();
        starting = future;
        if (cacheSettings.mode() == CacheSettings.Mode.PERSISTENT) {
            TemplateCache.warmUpInBackground();
        }
    }

    TemplateCache cache() {
        CompletableFuture<TemplateCache> pending;
        synchronized (this) {
            if (cache != null) {
                return cache;
            }
            if (starting == null) {
                install(open(cacheSettings()));
                return cache;
            }
            pending = starting;
        }
        TemplateCache opened;
        try {
            opened = pending.join();
        } catch (CompletionException e) {
            synchronized (this) {
                if (starting == pending) {
                    starting = null;
                }
            }
            throw rethrown(e.getCause());
        }
        synchronized (this) {
            if (starting == pending) {
                starting = null;
                install(opened);
            }
            return cache;
        }
    }

    private void install(TemplateCache opened) {
        cache = opened;
        server = opened.server();
    }

    /**
     * Starts the server and opens the template cache. The report (its directory checked, its classes loaded: a fifth
     * of a second in a fresh JVM) is prepared on a thread of its own while the server starts; a report that cannot be
     * written stops the server again.
     */
    private TemplateCache open(CacheSettings cacheSettings) {
        CompletableFuture<RunReport> report = CompletableFuture.supplyAsync(
                () -> new RunReport(settings.reportDirectory().orElse(null)), RunResources::onDaemonThread);
        PostgresServer started = Servers.provider(settings).start();
        try {
            RunReport ready = report.join();
            TemplateCache opened = new TemplateCache(started, cacheSettings.mode(), cacheSettings.maxSizeBytes())
                    .withTimeLimits(dev.rehearsal.internal.template.TimeLimits.of(settings));
            opened.report(ready);
            return opened;
        } catch (CompletionException e) {
            started.close();
            throw rethrown(e.getCause());
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    private static void onDaemonThread(Runnable work) {
        Thread thread = new Thread(work, "rehearsal-report");
        thread.setDaemon(true);
        thread.start();
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }

    @Override
    public synchronized void close() {
        if (starting != null) {
            try {
                install(starting.join());
            } catch (CompletionException e) {
                // the start failed; nothing was opened
            }
            starting = null;
        }
        try {
            if (cache != null) {
                cache.close();
            }
        } finally {
            writeReport();
            if (server != null) {
                server.close();
            }
            cache = null;
            server = null;
        }
    }

    /** The run report ({@code rehearsal.report.*}); a report that cannot be written fails nothing, it is logged. */
    private void writeReport() {
        if (cache == null || server == null) {
            return;
        }
        try {
            cache.runReport().write("PostgreSQL " + server.version() + " (" + server.providerName() + ")");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
        }
    }
}
