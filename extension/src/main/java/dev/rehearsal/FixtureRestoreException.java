package dev.rehearsal;

import java.util.Optional;

/**
 * A backup could not be restored: the file is missing or unreadable, uses a refused construct, or a statement
 * in it failed on the server. Restoring stops at the first error, like {@code psql -v ON_ERROR_STOP=1}.
 *
 * <p>When a statement failed, the exception names the file, the line the statement starts on, an excerpt of
 * the statement and the server's SQLSTATE, message and detail.
 */
public class FixtureRestoreException extends RehearsalException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final int line;
    private final String statement;
    private final String sqlState;
    private final String serverMessage;
    private final String detail;

    /** A failure not tied to a statement (missing file, refused construct, unreadable content). */
    public FixtureRestoreException(String message, String location, int line, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.line = line;
        this.statement = null;
        this.sqlState = null;
        this.serverMessage = null;
        this.detail = null;
    }

    /** A statement of the script failed on the server. */
    public FixtureRestoreException(
            String location,
            int line,
            String statement,
            String sqlState,
            String serverMessage,
            String detail,
            Throwable cause) {
        super(statementMessage(location, line, statement, sqlState, serverMessage, detail), cause);
        this.location = location;
        this.line = line;
        this.statement = statement;
        this.sqlState = sqlState;
        this.serverMessage = serverMessage;
        this.detail = detail;
    }

    /**
     * {@code failure} restated with the server whose error it reports, named on a last line of the message ({@code
     * Server: PostgreSQL 15.15 (embedded) at 127.0.0.1:5432}).
     */
    public FixtureRestoreException(FixtureRestoreException failure, String server) {
        super(failure.getMessage() + "\n  Server: " + server, failure.getCause());
        this.location = failure.location;
        this.line = failure.line;
        this.statement = failure.statement;
        this.sqlState = failure.sqlState;
        this.serverMessage = failure.serverMessage;
        this.detail = failure.detail;
        setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            addSuppressed(suppressed);
        }
    }

    private static String statementMessage(
            String location, int line, String statement, String sqlState, String serverMessage, String detail) {
        StringBuilder text = new StringBuilder("Restoring ")
                .append(location)
                .append(" failed at line ")
                .append(line)
                .append('\n');
        text.append("  at ").append(location).append(':').append(line).append('\n');
        text.append("    ").append(excerpt(statement)).append('\n');
        text.append("  ERROR ").append(sqlState).append(": ").append(serverMessage);
        if (detail != null && !detail.isBlank()) {
            text.append("\n  DETAIL: ").append(detail);
        }
        text.append(
                "\n  The restore stopped at this statement (like psql -v ON_ERROR_STOP=1);" + " nothing after it ran.");
        return text.toString();
    }

    /** The statement shortened to at most 5 lines and 400 characters, for messages. */
    public static String excerpt(String statement) {
        String text = statement.strip();
        String[] lines = text.split("\n", -1);
        boolean cut = false;
        if (lines.length > 5) {
            text = String.join("\n", java.util.Arrays.copyOf(lines, 5));
            cut = true;
        }
        if (text.length() > 400) {
            text = text.substring(0, 400);
            cut = true;
        }
        return text.replace("\n", "\n    ") + (cut ? " …" : "");
    }

    /** The fixture location as written in {@link RestoredFrom} (or the script's location). */
    public String location() {
        return location;
    }

    /** The 1-based line the failing statement starts on, or 0 when not tied to a line. */
    public int line() {
        return line;
    }

    public Optional<String> statement() {
        return Optional.ofNullable(statement);
    }

    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
