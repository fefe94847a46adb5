package dev.rehearsal.internal.template;

import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.SQLException;
import java.sql.Statement;

/** {@code CREATE DATABASE} / {@code DROP DATABASE} for databases Rehearsal named itself ({@code rehearsal_*}). */
final class DatabaseAdmin {
    private static final String OBJECT_IN_USE = "55006";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final PostgresServer server;
    private final AdminConnections connections;

    DatabaseAdmin(PostgresServer server) {
        this.server = server;
        this.connections = new AdminConnections(server);
    }

    /** Runs {@code work} on a reused connection to the maintenance database. */
    <T> T withConnection(AdminConnections.Work<T> work) throws SQLException {
        return connections.with(work);
    }

    /** Closes the reused connections. */
    void close() {
        connections.close();
    }

    /** An empty UTF-8 database created from {@code template0}, as a dump expects. */
    void createEmpty(String name) {
        run("CREATE DATABASE " + quote(checked(name)) + " TEMPLATE template0 ENCODING 'UTF8'");
    }

    /**
     * A copy of {@code template}, with the properties {@code CREATE DATABASE} does not copy ({@link
     * DatabaseProperties}: owner, privileges, comment, settings). FILE_COPY (PostgreSQL 15+) copies files instead of WAL-logging every block: cheap
     * on a server with fsync off, and its cost does not grow with WAL volume. Retries briefly while another session
     * is still leaving the template.
     */
    void cloneOf(String template, String name) {
        cloneOf(template, name, java.util.Optional.empty());
    }

    /** {@link #cloneOf(String, String)} into {@code tablespace} when given (a test copy in memory). */
    void cloneOf(String template, String name, java.util.Optional<String> tablespace) {
        String strategy = server.majorVersion() >= 15 ? " STRATEGY FILE_COPY" : "";
        String sql = "CREATE DATABASE " + quote(checked(name)) + " TEMPLATE " + quote(template) + strategy
                + tablespace.map(t -> " TABLESPACE " + quote(t)).orElse("");
        runRetrying(sql, OBJECT_IN_USE);
        try {
            connections.with(connection -> {
                DatabaseProperties.copy(
                        connection, template, name, () -> server.connectAsAdministrator(server.maintenanceDatabase()));
                return null;
            });
        } catch (SQLException e) {
            throw failure("copying the owner, privileges, comment and settings of " + template + " to " + name, e);
        }
    }

    /** Keeps anyone from connecting to a finished template (a connected session would block every clone). */
    void sealTemplate(String name) {
        run("ALTER DATABASE " + quote(checked(name)) + " WITH ALLOW_CONNECTIONS false");
    }

    /** Renames a database nobody is connected to (a sealed template). */
    void rename(String from, String to) {
        run("ALTER DATABASE " + quote(checked(from)) + " RENAME TO " + quote(checked(to)));
    }

    /**
     * Drops the database, disconnecting its sessions; does nothing when it does not exist. On a confined server the
     * restoring role may not terminate a superuser's session, and Rehearsal's own administrator connection (the
     * ownership a restore delegates) stays listed for a moment after it closed, while its server process exits: the
     * drop is retried for up to five seconds.
     */
    void drop(String name) {
        runRetrying("DROP DATABASE IF EXISTS " + quote(checked(name)) + " WITH (FORCE)", INSUFFICIENT_PRIVILEGE);
    }

    /** Runs {@code sql}, retried every 100 ms for up to five seconds while it fails with {@code transientState}. */
    private void runRetrying(String sql, String transientState) {
        for (int attempt = 1; ; attempt++) {
            try {
                execute(sql);
                return;
            } catch (SQLException e) {
                if (!transientState.equals(e.getSQLState()) || attempt >= 50) {
                    throw failure(sql, e);
                }
                sleep(100);
            }
        }
    }

    /** Makes a database read-only for every new session. */
    void makeReadOnly(String name) {
        run("ALTER DATABASE " + quote(checked(name)) + " SET default_transaction_read_only = on");
    }

    private void run(String sql) {
        try {
            execute(sql);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private void execute(String sql) throws SQLException {
        connections.with(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }

    private RehearsalException failure(String sql, SQLException e) {
        return new RehearsalException(
                "`" + sql + "` failed on " + server + ": ERROR " + e.getSQLState() + ": " + e.getMessage(), e);
    }

    private String checked(String name) {
        if (!server.ownsDatabase(name)) {
            throw new IllegalArgumentException(
                    "Rehearsal only creates and drops databases named rehearsal_*, not " + name);
        }
        return name;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("Interrupted while waiting to clone or drop a database", e);
        }
    }
}
