package dev.rehearsal.internal.template;

import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Connections to the server's maintenance database, reused for the cache's administrative statements ({@code CREATE
 * DATABASE}, catalog look-ups). A new connection costs a process on the server and a SCRAM exchange (tens of
 * milliseconds on a busy machine); a run used to open about ten before its first test body and two per test.
 *
 * <p>A connection is used by one thread at a time and returned when the work succeeded; one whose work failed is
 * closed (its state is not known). Work that finds its reused connection broken (SQLSTATE class 08: the server was
 * restarted) runs once more on a new one. Thread-safe; {@link #close()} closes the idle connections.
 */
final class AdminConnections implements AutoCloseable {
    /** What runs on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final PostgresServer server;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    AdminConnections(PostgresServer server) {
        this.server = server;
    }

    <T> T with(Work<T> work) throws SQLException {
        Connection reused = idle.pollFirst();
        if (reused != null) {
            try {
                return runAndReturn(reused, work);
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                    throw e;
                }
                // the server went away under an idle connection: once more on a new one
            }
        }
        return runAndReturn(server.connect(server.maintenanceDatabase()), work);
    }

    private <T> T runAndReturn(Connection connection, Work<T> work) throws SQLException {
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        if (closed || !connection.getAutoCommit()) {
            closeQuietly(connection);
        } else {
            idle.offerFirst(connection);
        }
        return result;
    }

    @Override
    public void close() {
        closed = true;
        for (Connection connection; (connection = idle.pollFirst()) != null; ) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already broken: nothing to release
        }
    }
}
