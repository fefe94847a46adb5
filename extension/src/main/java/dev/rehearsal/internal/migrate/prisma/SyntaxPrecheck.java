package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.internal.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL parses a multi-statement query as a whole before running any of it, so a syntax error anywhere in
 * {@code migration.sql} makes Prisma's single query fail before its first statement runs: that syntax error is
 * what Prisma reports, even when an earlier statement would have failed at run time, and nothing runs, not even
 * statements the script commits itself. Rehearsal runs the statements one by one, so it first asks the server to
 * parse each one (a Parse/Describe round trip, which executes nothing) and reports the first syntax error the way
 * the whole query would have failed.
 *
 * <p>Only grammar errors count (SQLSTATE 42601 with a {@code syntax error …} message); errors of parse analysis
 * (e.g. a table an earlier statement creates) are ignored because PostgreSQL raises them only when the statement
 * runs. Statements holding {@code ?} or <code>{</code> are not checked, because PgJDBC would rewrite them as
 * parameters or escapes.
 */
final class SyntaxPrecheck {
    private SyntaxPrecheck() {}

    /** A statement the server could not parse. */
    record SyntaxError(SqlStatement statement, SQLException error) {}

    static Optional<SyntaxError> firstSyntaxError(Connection connection, List<SqlStatement> statements) {
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

    private static boolean isGrammarError(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return "42601".equals(e.getSQLState())
                && server != null
                && server.getMessage() != null
                && server.getMessage().startsWith("syntax error");
    }
}
