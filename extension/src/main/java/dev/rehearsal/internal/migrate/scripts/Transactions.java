package dev.rehearsal.internal.migrate.scripts;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Transaction control the way Go's {@code database/sql} and Rust's sqlx do it: plain {@code BEGIN} / {@code COMMIT}
 * / {@code ROLLBACK} statements on a connection left in autocommit mode, so that what the migration text itself does
 * to the transaction (a {@code COMMIT} of its own) behaves as it does under the real tool.
 *
 * <p>Internal, not API.
 */
public final class Transactions {
    private Transactions() {}

    /** Whether the session is inside a transaction block (open or failed). */
    public static boolean inTransaction(Connection connection) throws SQLException {
        return state(connection) != TransactionState.IDLE;
    }

    static TransactionState state(Connection connection) throws SQLException {
        return connection.unwrap(BaseConnection.class).getTransactionState();
    }

    public static void begin(Connection connection) throws SQLException {
        execute(connection, "BEGIN");
    }

    public static void commit(Connection connection) throws SQLException {
        execute(connection, "COMMIT");
    }

    /** Rolls back if a transaction is open; a failure to do so is attached to {@code failure}. */
    public static void rollback(Connection connection, Throwable failure) {
        try {
            if (inTransaction(connection)) {
                execute(connection, "ROLLBACK");
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            statement.execute(sql);
        }
    }
}
