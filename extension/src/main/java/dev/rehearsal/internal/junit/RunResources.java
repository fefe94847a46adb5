package dev.rehearsal.internal.junit;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.server.Servers;
import dev.rehearsal.internal.template.TemplateCache;
import dev.rehearsal.spi.PostgresServer;

/**
 * What one test run shares: the server (started lazily on first use) and its template cache. Lives in the root
 * {@code ExtensionContext.Store}, so JUnit closes it at the end of the run: templates are dropped, then the server
 * is stopped (the embedded provider also registers a shutdown hook for runs that end abruptly).
 */
final class RunResources implements AutoCloseable {
    private final Settings settings;
    private TemplateCache cache;
    private PostgresServer server;

    RunResources(Settings settings) {
        this.settings = settings;
    }

    synchronized TemplateCache cache() {
        if (cache == null) {
            server = Servers.provider(settings).start();
            cache = new TemplateCache(server);
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
