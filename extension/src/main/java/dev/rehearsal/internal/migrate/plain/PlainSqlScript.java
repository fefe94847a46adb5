package dev.rehearsal.internal.migrate.plain;

import dev.rehearsal.internal.migrate.ScriptFailure;
import dev.rehearsal.internal.migrate.scripts.SimpleQuery;
import dev.rehearsal.internal.migrate.scripts.Transactions;
import dev.rehearsal.internal.sql.SqlScriptSplitter;
import dev.rehearsal.internal.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Runs one plain SQL file statement by statement on one connection, like {@code psql -v ON_ERROR_STOP=1 -f}: each
 * statement autocommits (the file's own {@code BEGIN}/{@code COMMIT} are sent as written), or, in single-transaction
 * mode ({@code psql -1}), the whole file between {@code BEGIN} and {@code COMMIT}. On failure an open transaction is
 * rolled back, as psql's session end would.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class PlainSqlScript {
    private final Connection connection;
    private final boolean singleTransaction;

    PlainSqlScript(Connection connection, boolean singleTransaction) {
        this.connection = connection;
        this.singleTransaction = singleTransaction;
    }

    /** Runs {@code script}; returns why it failed, or empty when it succeeded. */
    Optional<ScriptFailure> run(String script) throws SQLException {
        if (singleTransaction) {
            Transactions.begin(connection);
        }
        for (SqlStatement each : SqlScriptSplitter.split(script)) {
            Optional<ScriptFailure> failure = SimpleQuery.execute(connection, each, 1);
            if (failure.isPresent()) {
                Transactions.rollback(connection, failure.get().cause());
                return failure;
            }
        }
        if (singleTransaction) {
            try {
                Transactions.commit(connection);
            } catch (SQLException e) {
                Transactions.rollback(connection, e);
                return Optional.of(ScriptFailure.of(e, "COMMIT", lastLine(script), 0, 0));
            }
        }
        return Optional.empty();
    }

    private static int lastLine(String script) {
        return Math.max(1, (int) script.chars().filter(c -> c == '\n').count());
    }
}
