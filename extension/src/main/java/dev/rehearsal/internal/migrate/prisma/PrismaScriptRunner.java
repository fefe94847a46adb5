package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.internal.migrate.scripts.SimpleQuery;
import dev.rehearsal.internal.sql.SqlScriptSplitter;
import dev.rehearsal.internal.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs a {@code migration.sql} the way the configured Prisma version does ({@link PrismaScriptMode}).
 *
 * <p>Up to Prisma 7.3: the whole script as one simple-protocol query, which PostgreSQL runs as one implicit
 * transaction.
 *
 * <p>Reproduced over JDBC statement by statement, to know which statement failed and on which line: a script of
 * one statement runs alone in autocommit (so a lone {@code CREATE INDEX CONCURRENTLY} works); a longer one runs as
 * {@code BEGIN}, each statement, {@code COMMIT} (so {@code CREATE INDEX CONCURRENTLY} among others fails with
 * 25001, as in Prisma). When the script ends that transaction itself ({@code COMMIT}/{@code ROLLBACK}), the next
 * statement opens a new one, as PostgreSQL does inside a multi-statement query. On failure the open transaction
 * is rolled back, so the failed script leaves nothing behind except what the script itself committed. Before a
 * multi-statement script runs, {@link SimpleQuery#firstSyntaxError} reports a syntax error the way PostgreSQL's parse of the
 * whole query would: first, and with nothing run.
 *
 * <p>From Prisma 7.4 ({@link PrismaScriptMode#STATEMENT_BY_STATEMENT}): each statement autocommits on its own and
 * the first failure stops the script, leaving the earlier statements applied; a script holding {@code DROP INDEX
 * CONCURRENTLY} falls back to the single implicit transaction, as the engine does when its parser rejects a
 * statement.
 */
final class PrismaScriptRunner {
    private static final Pattern PARSER_GAP =
            Pattern.compile("^\\s*DROP\\s+INDEX\\s+CONCURRENTLY\\b", Pattern.CASE_INSENSITIVE);

    private final Connection connection;
    private final PrismaScriptMode mode;

    PrismaScriptRunner(Connection connection, PrismaScriptMode mode) {
        this.connection = connection;
        this.mode = mode;
    }

    /** Runs {@code script}; returns why it failed, or empty when it succeeded. */
    Optional<ScriptFailure> run(String script) throws SQLException {
        List<SqlStatement> statements = SqlScriptSplitter.split(script);
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            if (statements.size() == 1) {
                return execute(statement, statements.get(0), script);
            }
            if (mode == PrismaScriptMode.STATEMENT_BY_STATEMENT
                    && statements.stream()
                            .noneMatch(s -> PARSER_GAP.matcher(s.text()).find())) {
                for (SqlStatement each : statements) {
                    Optional<ScriptFailure> failure = execute(statement, each, script);
                    if (failure.isPresent()) {
                        rollback(statement, failure.get().cause());
                        return failure;
                    }
                }
                return Optional.empty();
            }
            Optional<SimpleQuery.SyntaxError> unparsable = SimpleQuery.firstSyntaxError(connection, statements);
            if (unparsable.isPresent()) {
                return Optional.of(
                        failure(unparsable.get().error(), unparsable.get().statement(), script));
            }
            statement.execute("BEGIN");
            for (SqlStatement each : statements) {
                if (transactionState() == TransactionState.IDLE) {
                    statement.execute("BEGIN");
                }
                Optional<ScriptFailure> failure = execute(statement, each, script);
                if (failure.isPresent()) {
                    rollback(statement, failure.get().cause());
                    return failure;
                }
            }
            if (transactionState() == TransactionState.IDLE) {
                return Optional.empty();
            }
            try {
                statement.execute("COMMIT");
                return Optional.empty();
            } catch (SQLException e) {
                rollback(statement, e);
                String description = "COMMIT -- the end of the migration's implicit transaction (deferred"
                        + " constraints and triggers are checked here)";
                return Optional.of(failure(e, description, 0, script, 0));
            }
        }
    }

    private Optional<ScriptFailure> execute(Statement statement, SqlStatement sql, String script) {
        try {
            statement.execute(sql.text());
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(failure(e, sql, script));
        }
    }

    /** A failure of {@code sql}, its line refined to the server's error position when there is one. */
    private static ScriptFailure failure(SQLException e, SqlStatement sql, String script) {
        int position = position(e);
        int line = position > 0 ? sql.line() + newlinesBefore(sql.text(), position) : sql.line();
        int scriptPosition = position > 0 ? scriptPosition(script, sql, position) : 0;
        return failure(e, sql.text(), line, script, scriptPosition);
    }

    private static ScriptFailure failure(
            SQLException e, String statement, int line, String script, int scriptPosition) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String message = server != null && server.getMessage() != null ? server.getMessage() : e.getMessage();
        return new ScriptFailure(
                statement,
                line,
                e.getSQLState(),
                String.valueOf(message),
                server == null ? null : server.getDetail(),
                server == null ? null : server.getHint(),
                PrismaDatabaseError.of(e, script, scriptPosition),
                e);
    }

    private void rollback(Statement statement, SQLException failure) {
        try {
            if (transactionState() != TransactionState.IDLE) {
                statement.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private TransactionState transactionState() throws SQLException {
        return connection.unwrap(BaseConnection.class).getTransactionState();
    }

    private static int position(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getPosition();
        }
        return 0;
    }

    /** Newlines in {@code text} before the 1-based character (code point) {@code position}. */
    static int newlinesBefore(String text, int position) {
        int codePoints = text.codePointCount(0, text.length());
        int end = text.offsetByCodePoints(0, Math.min(position - 1, codePoints));
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The statement's server position translated to the whole script (1-based code points), 0 if unknown. */
    static int scriptPosition(String script, SqlStatement statement, int position) {
        int lineStart = 0;
        for (int line = 1; line < statement.line() && lineStart >= 0; line++) {
            lineStart = script.indexOf('\n', lineStart);
            lineStart = lineStart < 0 ? -1 : lineStart + 1;
        }
        if (lineStart < 0) {
            return 0;
        }
        int start = script.indexOf(statement.text(), lineStart);
        if (start < 0) {
            return 0;
        }
        return script.codePointCount(0, start) + position;
    }
}
