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
 * a shutdown hook):
 *
 * <ul>
 *   <li>{@link #confinedServer()}: the embedded server as Rehearsal starts it by default (confined: restores and
 *       migrations run as the ordinary role {@code postgres}, the bootstrap superuser is {@code rehearsal_admin}). The
 *       differential proofs restore there and compare with psql's and pg_restore's restores run as that superuser;
 *       ConfinementTest and ConfinedOwnershipTest run there.
 *   <li>{@link #server()} (also {@link #superuserServer()}): the suite's shared server with the opt-in {@value
 *       ConfigurationKeys#EMBEDDED_SUPERUSER}{@code =true}, whose user {@code postgres} is the bootstrap superuser.
 *       The restore, template, migration and engine tests use it: they inspect what only a superuser reads
 *       ({@code pg_authid}, {@code pg_file_settings}, every large object), set up event triggers, restore fixtures
 *       that have one ({@code restore/archive/rich.*}, the differential {@code triggers} and {@code routines}), and
 *       compare with baselines psql made as a superuser.
 * </ul>
 */
public final class TestPostgres {
    private TestPostgres() {}

    private static final class Holder {
        static final PostgresServer SERVER = new EmbeddedPostgresProvider(Settings.fromSystem()
                        .withContributed(java.util.Map.of(ConfigurationKeys.EMBEDDED_SUPERUSER, "true")))
                .start();
    }

    private static final class ConfinedHolder {
        static final PostgresServer SERVER = new EmbeddedPostgresProvider(Settings.fromSystem()).start();
    }

    /** The suite's shared server, with the opt-in {@link ConfigurationKeys#EMBEDDED_SUPERUSER}{@code =true}. */
    public static PostgresServer server() {
        return Holder.SERVER;
    }

    /**
     * The embedded server started with the default settings: confined ({@link ConfigurationKeys#EMBEDDED_SUPERUSER}
     * is {@code false} by default), its user {@code postgres} no superuser.
     */
    public static PostgresServer confinedServer() {
        return ConfinedHolder.SERVER;
    }

    /**
     * {@link #server()}, named for what the caller needs: a server whose user {@code postgres} is the bootstrap
     * superuser (the opt-in), for fixtures that need one (event triggers, {@code LEAKPROOF}).
     */
    public static PostgresServer superuserServer() {
        return Holder.SERVER;
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
