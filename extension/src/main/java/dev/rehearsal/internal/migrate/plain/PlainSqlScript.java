package dev.rehearsal.internal.migrate.plain;

import dev.rehearsal.internal.sql.SqlScriptSplitter;
import dev.rehearsal.internal.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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

    /** Why a file failed. */
    record Failure(SqlStatement statement, SQLException cause) {}

    PlainSqlScript(Connection connection, boolean singleTransaction) {
        this.connection = connection;
        this.singleTransaction = singleTransaction;
    }

    Optional<Failure> run(String script) throws SQLException {
        List<SqlStatement> statements = SqlScriptSplitter.split(script);
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            if (singleTransaction) {
                statement.execute("BEGIN");
            }
            for (SqlStatement each : statements) {
                try {
                    statement.execute(each.text());
                } catch (SQLException e) {
                    rollback(statement, e);
                    return Optional.of(new Failure(each, e));
                }
            }
            if (singleTransaction) {
                try {
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    rollback(statement, e);
                    return Optional.of(new Failure(new SqlStatement("COMMIT", lastLine(script)), e));
                }
            }
            return Optional.empty();
        }
    }

    private static void rollback(Statement statement, SQLException failure) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static int lastLine(String script) {
        return Math.max(1, (int) script.chars().filter(c -> c == '\n').count());
    }
}
