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
 * a shutdown hook): {@link #server()}, set up as Rehearsal sets it up by default, {@link #confinedServer()} ({@value
 * ConfigurationKeys#EMBEDDED_SUPERUSER}{@code =false}: restores and migrations run as the ordinary role {@code
 * postgres}, the bootstrap superuser is {@code rehearsal_admin}; the differential proofs restore there and compare
 * with psql's and pg_restore's run as that superuser), and {@link #superuserServer()} ({@value
 * ConfigurationKeys#EMBEDDED_SUPERUSER}{@code =true}), for the fixtures that truly need a superuser (event triggers,
 * {@code LEAKPROOF} functions). Whichever of the two is the default is {@link #server()} itself.
 */
public final class TestPostgres {
    private TestPostgres() {}

    private static final class Holder {
        static final PostgresServer SERVER = new EmbeddedPostgresProvider(Settings.fromSystem()).start();
    }

    private static final class ConfinedHolder {
        static final PostgresServer SERVER = confined(Holder.SERVER) ? Holder.SERVER : start("false");
    }

    private static final class SuperuserHolder {
        static final PostgresServer SERVER = confined(Holder.SERVER) ? start("true") : Holder.SERVER;
    }

    private static PostgresServer start(String superuser) {
        return new EmbeddedPostgresProvider(Settings.fromSystem()
                        .withContributed(java.util.Map.of(ConfigurationKeys.EMBEDDED_SUPERUSER, superuser)))
                .start();
    }

    private static boolean confined(PostgresServer server) {
        try (Connection admin = server.connectAsAdministrator("postgres").orElse(null)) {
            return admin != null;
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to " + server + " as its administrator", e);
        }
    }

    /** The shared server as Rehearsal sets it up by default. */
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

    /**
     * An embedded server with the opt-in {@link ConfigurationKeys#EMBEDDED_SUPERUSER}{@code =true}: its user {@code
     * postgres} is the bootstrap superuser. For fixtures that need one (event triggers, {@code LEAKPROOF}).
     */
    public static PostgresServer superuserServer() {
        return SuperuserHolder.SERVER;
    }

    /** A new empty database created from template0; close it to drop it. */
    public static TestDatabase newDatabase() {
        return newDatabase(server());
    }

    /** A new empty database of {@code server} created from template0; close it to drop it. */
    public static TestDatabase newDatabase(PostgresServer server) {
        String name = "rehearsal_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new TestDatabase(server, name);
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
