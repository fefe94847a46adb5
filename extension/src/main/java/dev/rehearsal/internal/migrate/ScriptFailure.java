package dev.rehearsal.internal.migrate;

import dev.rehearsal.internal.sql.SqlStatement;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Why a migration text failed on the server.
 *
 * @param statement the failing statement (or a description when the failure was not in one, e.g. a deferred
 *     constraint checked at the implicit transaction's end)
 * @param line 1-based line in the migration file where the failure is (the statement's start, refined to the
 *     server's error position when there is one); 0 when unknown
 * @param column 1-based column of the server's error position on that line, 0 when unknown
 * @param position the server's 1-based error position within {@code statement} (code points), 0 when none
 * @param sqlState the SQLSTATE, {@code null} when the failure was not a server error
 * @param message the server's message (or the driver's)
 * @param detail the server's DETAIL, {@code null} when none
 * @param hint the server's HINT, {@code null} when none
 * @param cause the driver's exception
 *     <p>Internal, not API.
 */
public record ScriptFailure(
        String statement,
        int line,
        int column,
        int position,
        String sqlState,
        String message,
        String detail,
        String hint,
        SQLException cause) {

    /** A failure of {@code sql}, whose first line is line {@code firstLine} of the file. */
    public static ScriptFailure of(SQLException e, SqlStatement sql, int firstLine) {
        int statementLine = firstLine + sql.line() - 1;
        int position = position(e);
        if (position <= 0) {
            return of(e, sql.text(), statementLine, 0, 0);
        }
        String text = sql.text();
        String before = prefix(text, position);
        int newlines = (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        return of(e, text, statementLine + newlines, column, position);
    }

    /** A failure of {@code statement} (or of what the description says) at {@code line}. */
    public static ScriptFailure of(SQLException e, String statement, int line, int column, int position) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String message = server != null && server.getMessage() != null ? server.getMessage() : e.getMessage();
        return new ScriptFailure(
                statement,
                line,
                column,
                position,
                e.getSQLState(),
                String.valueOf(message),
                server == null ? null : server.getDetail(),
                server == null ? null : server.getHint(),
                e);
    }

    /** The server's error text as lib/pq prints it: {@code pq: <message> (<SQLSTATE>)}. */
    public String libPq() {
        return "pq: " + message + (sqlState == null ? "" : " (" + sqlState + ")");
    }

    /** The server's error text as pgx prints it: {@code ERROR: <message> (SQLSTATE <code>)}. */
    public String pgx() {
        return "ERROR: " + message + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")");
    }

    /** The file line on which {@link #statement} starts: {@link #line} less the lines before the error position. */
    public int statementLine() {
        return position <= 0
                ? line
                : line
                        - (int) prefix(statement, position)
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
    }

    private static int position(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getPosition();
        }
        return 0;
    }

    /** The text before the 1-based code point {@code position}. */
    private static String prefix(String text, int position) {
        int codePoints = text.codePointCount(0, text.length());
        return text.substring(0, text.offsetByCodePoints(0, Math.min(position - 1, codePoints)));
    }
}
