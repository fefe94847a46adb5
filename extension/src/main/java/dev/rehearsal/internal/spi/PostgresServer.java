package dev.rehearsal.internal.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A running PostgreSQL server Rehearsal may create and drop its own databases on.
 *
 * <p>Thread-safety: implementations are safe for concurrent use.
 */
public interface PostgresServer extends AutoCloseable {

    /** Host name or address to connect to. */
    String host();

    /** TCP port. */
    int port();

    /** A user allowed to create databases and roles. */
    String username();

    /** That user's password. */
    String password();

    /** The server's major version, e.g. 17. */
    int majorVersion();

    /** The server's full version string, e.g. {@code "17.6"}. */
    String version();

    /** The provider's name, for messages: {@code "embedded"}, {@code "external"}, … */
    String providerName();

    /** The JDBC URL of one database on this server. */
    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** A new connection to one database as {@link #username()}. */
    Connection connect(String database) throws SQLException;

    /**
     * A connection to {@code database} as a superuser that {@link #username()} is not, when the provider has one
     * (the confined embedded server's bootstrap superuser, the testcontainers provider's container superuser); empty
     * otherwise (an external server, or a {@link #username()} that is itself a superuser). Rehearsal alone uses it,
     * and only to give the objects of a database it is restoring the owners its backup names ({@code ALTER … OWNER
     * TO role}), after checking the role and that the restoring user owns the object (see {@code
     * internal.restore.OwnershipDelegate}). Never handed to migrations, tools or tests' code.
     */
    default java.util.Optional<Connection> connectAsAdministrator(String database) throws SQLException {
        return java.util.Optional.empty();
    }

    /** The database to connect to for administrative statements ({@code CREATE DATABASE}, …). */
    default String maintenanceDatabase() {
        return "postgres";
    }

    /**
     * Whether Rehearsal may create and drop this database. Only databases named {@code rehearsal_*} ever are.
     */
    default boolean ownsDatabase(String database) {
        return database.startsWith("rehearsal_");
    }

    /**
     * The server's data directory when Rehearsal knows it without asking (the embedded server's); default empty: the
     * start-up line then asks the server, which tells only superusers and {@code pg_read_all_settings} members.
     */
    default java.util.Optional<String> knownDataDirectory() {
        return java.util.Optional.empty();
    }

    /** The tablespace test copies go to when they fit there (the embedded server's, in memory); default none. */
    default java.util.Optional<CopiesTablespace> copiesTablespace() {
        return java.util.Optional.empty();
    }

    /** Stops the server if the provider started it; releases its resources otherwise. */
    @Override
    void close();
}
