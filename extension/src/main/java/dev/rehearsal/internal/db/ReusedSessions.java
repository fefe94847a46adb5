package dev.rehearsal.internal.db;

import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The connections {@code execute} and {@code query} of one database run on, reused: opening one costs a server
 * process and a SCRAM exchange (tens of milliseconds, more on a busy machine), reusing one a round trip or two.
 *
 * <p>Each call still starts in the state of a new session: a connection goes back only after {@code DISCARD ALL}
 * succeeded (settings, temporary tables, prepared statements, advisory locks, {@code LISTEN}s of the call are gone;
 * it fails inside a transaction the call left open, and the connection is then closed, which rolls it back), and an
 * idle connection is used again only while the database's and roles' settings ({@code ALTER DATABASE / ROLE … SET},
 * which apply to new sessions) are those it started with; otherwise a new one is opened. Concurrent calls each get a
 * connection of their own. A reused connection found closed by the server (its session was terminated) is replaced,
 * and the call runs on the new one.
 */
final class ReusedSessions implements AutoCloseable {
    /** What a new session inherits that {@code DISCARD ALL} does not reset. */
    private static final String INHERITED = "SELECT coalesce(md5(string_agg(setdatabase || ':' || setrole || ':'"
            + " || array_to_string(setconfig, ','), ';' ORDER BY setdatabase, setrole)), '')"
            + " FROM pg_catalog.pg_db_role_setting";

    /** What runs on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private record Session(Connection connection, String inherited) {}

    private final PostgresServer server;
    private final String database;
    private final ConcurrentLinkedDeque<Session> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    ReusedSessions(PostgresServer server, String database) {
        this.server = Objects.requireNonNull(server, "server");
        this.database = Objects.requireNonNull(database, "database");
    }

    <T> T with(Work<T> work) throws SQLException {
        for (Session reused; (reused = idle.pollFirst()) != null; ) {
            try {
                if (!reused.inherited().equals(inherited(reused.connection()))) {
                    closeQuietly(reused.connection());
                    continue;
                }
            } catch (SQLException e) {
                closeQuietly(reused.connection()); // terminated while idle: a new one below
                continue;
            }
            return run(reused, work);
        }
        Connection connection = server.connect(database);
        String inherited;
        try {
            inherited = inherited(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        return run(new Session(connection, inherited), work);
    }

    private <T> T run(Session session, Work<T> work) throws SQLException {
        T result;
        try {
            result = work.run(session.connection());
        } catch (SQLException | RuntimeException e) {
            giveBack(session);
            throw e;
        }
        giveBack(session);
        return result;
    }

    private void giveBack(Session session) {
        Connection connection = session.connection();
        try {
            if (closed || connection.isClosed() || !connection.getAutoCommit()) {
                closeQuietly(connection);
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DISCARD ALL");
            }
        } catch (SQLException e) {
            closeQuietly(connection); // a transaction left open, or the session is gone
            return;
        }
        idle.offerFirst(session);
        if (closed) {
            close();
        }
    }

    private static String inherited(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(INHERITED)) {
            row.next();
            return row.getString(1);
        }
    }

    /** Closes the idle connections; calls after this open and close their own. */
    @Override
    public void close() {
        closed = true;
        for (Session session; (session = idle.pollFirst()) != null; ) {
            closeQuietly(session.connection());
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
