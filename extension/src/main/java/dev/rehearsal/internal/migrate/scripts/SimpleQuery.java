package dev.rehearsal.internal.migrate.scripts;

import dev.rehearsal.internal.migrate.ScriptFailure;
import dev.rehearsal.internal.sql.SqlScriptSplitter;
import dev.rehearsal.internal.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs a migration text the way lib/pq, pgx and sqlx send it when a tool executes it without parameters: as one
 * simple-protocol Query message. Verified against PostgreSQL 15 with {@code psql -c} (one Query message too):
 *
 * <ul>
 *   <li>outside a transaction block, the statements of one message form one <em>implicit</em> transaction: an error
 *       in any of them rolls back all of them ({@code CREATE TABLE a(); SELECT 1/0} leaves no table {@code a}), and
 *       {@code CREATE INDEX CONCURRENTLY} or {@code VACUUM} among other statements fails with 25001 "cannot run
 *       inside a transaction block", while alone in the message it runs;
 *   <li>the whole message is parsed before any of it runs, so a syntax error anywhere means nothing runs;
 *   <li>a {@code COMMIT} in the text commits what came before it (with the warning "there is no transaction in
 *       progress") and the statements after it form a new implicit transaction;
 *   <li>inside a transaction block the tool opened ({@code BEGIN} sent before), the statements simply run in it and
 *       an error leaves it aborted for the tool to roll back.
 * </ul>
 *
 * <p>Rehearsal reproduces this statement by statement over JDBC, to know which statement failed and on which line:
 * the statements are split like psql does ({@link SqlScriptSplitter}), the server first parses each one (nothing
 * runs when one has a syntax error), then a multi-statement text runs between {@code BEGIN} and {@code COMMIT} (a new
 * {@code BEGIN} after a {@code COMMIT} of the text), and a failure rolls back that implicit block. A {@code BEGIN} in
 * the text itself only draws PostgreSQL's "already a transaction in progress" warning here, where a real
 * multi-statement message would turn the implicit block into an explicit one left open at its end.
 *
 * <p>Internal, not API.
 */
public final class SimpleQuery {
    private SimpleQuery() {}

    /**
     * Runs {@code text} as one simple-protocol query.
     *
     * @param firstLine the file line on which {@code text} starts (for failure lines)
     * @return why it failed, or empty when it succeeded
     * @throws SQLException when the transaction control itself fails (not the text's statements)
     */
    public static Optional<ScriptFailure> run(Connection connection, String text, int firstLine) throws SQLException {
        List<SqlStatement> statements = SqlScriptSplitter.split(text);
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        boolean outer = Transactions.inTransaction(connection);
        if (statements.size() == 1 && !outer) {
            return execute(connection, statements.get(0), firstLine);
        }
        Optional<ScriptFailure> unparsable = outer
                ? syntaxErrorInTransaction(connection, statements, firstLine)
                : syntaxError(connection, statements, firstLine);
        if (unparsable.isPresent()) {
            return unparsable;
        }
        boolean implicit = false;
        for (SqlStatement statement : statements) {
            if (!Transactions.inTransaction(connection)) {
                Transactions.begin(connection);
                implicit = true;
            }
            Optional<ScriptFailure> failure = execute(connection, statement, firstLine);
            if (failure.isPresent()) {
                if (implicit) {
                    Transactions.rollback(connection, failure.get().cause());
                }
                return failure;
            }
        }
        if (implicit && Transactions.inTransaction(connection)) {
            try {
                Transactions.commit(connection);
            } catch (SQLException e) {
                Transactions.rollback(connection, e);
                return Optional.of(ScriptFailure.of(
                        e,
                        "COMMIT -- the end of the migration's implicit transaction (deferred constraints and triggers"
                                + " are checked here)",
                        0,
                        0,
                        0));
            }
        }
        return Optional.empty();
    }

    /**
     * Runs one statement as it is (in autocommit, or in the transaction the session has open).
     *
     * @param firstLine the file line on which the text holding {@code sql} starts (for failure lines)
     * @return why it failed, or empty when it succeeded
     */
    public static Optional<ScriptFailure> execute(Connection connection, SqlStatement sql, int firstLine) {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            statement.execute(sql.text());
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(ScriptFailure.of(e, sql, firstLine));
        }
    }

    /**
     * The first grammar error (SQLSTATE 42601, "syntax error …") the server reports when parsing each statement
     * without running it (Parse/Describe). Errors of parse analysis (a table an earlier statement creates) are not
     * grammar errors and are left to execution, as PostgreSQL raises them only when the statement runs. Statements
     * holding {@code ?} or <code>{</code> are skipped because PgJDBC would rewrite them.
     */
    private static Optional<ScriptFailure> syntaxError(
            Connection connection, List<SqlStatement> statements, int firstLine) {
        return firstSyntaxError(connection, statements)
                .map(error -> ScriptFailure.of(error.error(), error.statement(), firstLine));
    }

    /** A statement the server could not parse, and its error. */
    public record SyntaxError(SqlStatement statement, SQLException error) {}

    /**
     * The first of {@code statements} the server cannot parse (see {@link #syntaxError}), asked one by one with a
     * Parse/Describe round trip that executes nothing.
     */
    public static Optional<SyntaxError> firstSyntaxError(Connection connection, List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            String text = statement.text();
            if (text.indexOf('?') >= 0 || text.indexOf('{') >= 0) {
                continue;
            }
            try (PreparedStatement prepared = connection.prepareStatement(text)) {
                prepared.getParameterMetaData();
            } catch (SQLException e) {
                if (isGrammarError(e)) {
                    return Optional.of(new SyntaxError(statement, e));
                }
            } catch (RuntimeException e) {
                // PgJDBC cannot describe this statement (e.g. a literal $1 outside quotes): leave it to execution.
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #syntaxError} inside the tool's transaction: a failed Parse would abort it, so each check runs under a
     * savepoint that is rolled back (the savepoints leave no trace in the transaction).
     */
    private static Optional<ScriptFailure> syntaxErrorInTransaction(
            Connection connection, List<SqlStatement> statements, int firstLine) throws SQLException {
        Transactions.execute(connection, "SAVEPOINT rehearsal_syntax_check");
        try {
            for (SqlStatement statement : statements) {
                Optional<ScriptFailure> error = syntaxError(connection, List.of(statement), firstLine);
                Transactions.execute(connection, "ROLLBACK TO SAVEPOINT rehearsal_syntax_check");
                if (error.isPresent()) {
                    return error;
                }
            }
            return Optional.empty();
        } finally {
            Transactions.execute(connection, "RELEASE SAVEPOINT rehearsal_syntax_check");
        }
    }

    private static boolean isGrammarError(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return "42601".equals(e.getSQLState())
                && server != null
                && server.getMessage() != null
                && server.getMessage().startsWith("syntax error");
    }
}
