package dev.rehearsal.testing;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.server.EmbeddedPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The real PostgreSQL servers of the test suite, started lazily and stopped when the JVM exits (the provider registers
 * a shutdown hook): {@link #server()}, where restores run as a superuser (the default; the differential proofs compare
 * a restore with pg_restore's, both with every privilege a dump may need), and {@link #confinedServer()}, where
 * restores and migrations run as the ordinary role {@code postgres}.
 */
public final class TestPostgres {
    private TestPostgres() {}

    private static final class Holder {
        static final PostgresServer SERVER = new EmbeddedPostgresProvider(Settings.fromSystem()).start();
    }

    private static final class ConfinedHolder {
        static final PostgresServer SERVER = new EmbeddedPostgresProvider(Settings.fromSystem()
                        .withContributed(java.util.Map.of(ConfigurationKeys.EMBEDDED_SUPERUSER, "false")))
                .start();
    }

    /** The shared server, whose user ({@code postgres}) is a superuser (the default). */
    public static PostgresServer server() {
        return Holder.SERVER;
    }

    /**
     * The shared embedded server confined ({@link ConfigurationKeys#EMBEDDED_SUPERUSER}{@code =false}): its user
     * {@code postgres} is not a superuser.
     */
    public static PostgresServer confinedServer() {
        return ConfinedHolder.SERVER;
    }

    /** A new empty database created from template0; close it to drop it. */
    public static TestDatabase newDatabase() {
        String name = "rehearsal_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = server().connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new TestDatabase(server(), name);
    }

    /** A new database copied from {@code template} ({@code CREATE DATABASE … TEMPLATE}); close it to drop it. */
    public static TestDatabase copyOf(TestDatabase template) {
        String name = "rehearsal_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = server().connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + template.name());
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy test database " + template.name() + " to " + name, e);
        }
        return new TestDatabase(server(), name);
    }
}
