package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.RehearsalException;
import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.internal.migrate.ConnectionSource;
import dev.rehearsal.internal.migrate.scripts.AdvisoryLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One Prisma command's connection, as the schema engine holds it: {@code search_path} set to the URL schema
 * ({@code "public"}, Prisma's default), and the session-level advisory lock {@code pg_advisory_lock(72707369)}
 * taken with a 10-second timeout and held until the command ends.
 */
final class PrismaSession implements AutoCloseable {
    static final long LOCK_KEY = 72707369L;
    private static final int LOCK_TIMEOUT_SECONDS = 10;

    private final Connection connection;

    private PrismaSession(Connection connection) {
        this.connection = connection;
    }

    /**
     * Connects, sets the search path and takes the lock.
     *
     * @throws dev.rehearsal.MigrationRefusedException P1002 when another session holds the lock for 10 seconds
     */
    static PrismaSession open(ConnectionSource connections, String command) {
        Connection connection;
        try {
            connection = connections.open();
        } catch (SQLException e) {
            throw new RehearsalException("Could not connect to run `" + command + "`: " + e.getMessage(), e);
        }
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path = \"" + PrismaHistoryTable.SCHEMA + "\"");
            }
            lock(connection, command);
            return new PrismaSession(connection);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RehearsalSqlException(
                    "SET search_path = \"public\"", "the Prisma migration session", (SQLException) e);
        }
    }

    private static void lock(Connection connection, String command) {
        try {
            if (AdvisoryLock.lock(connection, LOCK_KEY, Duration.ofSeconds(LOCK_TIMEOUT_SECONDS))) {
                return;
            }
        } catch (SQLException e) {
            throw new RehearsalSqlException(
                    "SELECT pg_advisory_lock(" + LOCK_KEY + ")", "the Prisma migration session", e);
        }
        String server = serverAddress(connection);
        throw PrismaErrors.refused(
                "P1002",
                "The database server at `" + server + "` was reached but timed out. Please try again. Please make"
                        + " sure your database server is running at `" + server + "`. Context: Timed out trying"
                        + " to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)). Timeout:"
                        + " 10000ms. See https://pris.ly/d/migrate-advisory-locking for details.",
                "A real `" + command + "` would wait the same 10 seconds and give up: another session holds"
                        + " Prisma's advisory lock 72707369 on this server (see pg_locks where locktype ="
                        + " 'advisory' and objid = 72707369). Let it finish or end it.");
    }

    private static String serverAddress(Connection connection) {
        try {
            String url = connection.getMetaData().getURL();
            String rest = url.substring(url.indexOf("//") + 2);
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        } catch (SQLException | RuntimeException e) {
            return "?";
        }
    }

    Connection connection() {
        return connection;
    }

    PrismaHistoryTable history() {
        return new PrismaHistoryTable(connection);
    }

    /** Releases the lock and closes the connection (closing alone would release a session-level lock too). */
    @Override
    public void close() {
        try (connection) {
            AdvisoryLock.unlock(connection, LOCK_KEY);
        } catch (SQLException e) {
            // The connection is closed either way, which ends the session and its locks.
        }
    }
}
