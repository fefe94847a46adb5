package dev.rehearsal.testing;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.server.EmbeddedPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The real PostgreSQL server of the test suite: one embedded server per test JVM, started lazily and stopped when
 * the JVM exits (the provider registers a shutdown hook).
 */
public final class TestPostgres {
    private TestPostgres() {}

    private static final class Holder {
        static final PostgresServer SERVER = new EmbeddedPostgresProvider(Settings.fromSystem()).start();
    }

    /** The shared server. */
    public static PostgresServer server() {
        return Holder.SERVER;
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
