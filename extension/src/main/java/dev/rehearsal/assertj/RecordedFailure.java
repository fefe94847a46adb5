package dev.rehearsal.assertj;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationStatus;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is known about why one migration failed: from {@link MigrationHistory#lastFailure()} when it is about that
 * migration, otherwise from the logs the history recorded for it.
 *
 * @param sqlState the server's SQLSTATE, or {@code null} when none is known
 * @param message the server's message (with DETAIL and HINT when known), or {@code null} when nothing is recorded
 * @param source where this came from, for messages
 */
record RecordedFailure(String sqlState, String message, String source) {
    private static final List<Pattern> SQL_STATE = List.of(
            Pattern.compile("Database error code: (\\w{5})\\b"),
            Pattern.compile("SQLSTATE[\\s:=\\[]+(\\w{5})\\b"),
            Pattern.compile("ERROR (\\w{5}):"));
    private static final Pattern DATABASE_ERROR = Pattern.compile("Database error:\\R(.*)", Pattern.DOTALL);

    static RecordedFailure of(MigrationHistory history, String id) {
        Optional<MigrationFailedException> last = history.lastFailureAt(id);
        if (last.isPresent()) {
            return of(last.get());
        }
        Optional<String> logs = history.status().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .flatMap(MigrationStatus::logs)
                .filter(l -> !l.isBlank());
        if (logs.isEmpty()) {
            return new RecordedFailure(null, null, "the history (which recorded no logs for it)");
        }
        return fromLogs(logs.get());
    }

    /** The failure of a migration run: SQLSTATE, the server's message with DETAIL and HINT. */
    static RecordedFailure of(MigrationFailedException failure) {
        StringBuilder message = new StringBuilder(failure.serverMessage().strip());
        failure.detail().ifPresent(d -> message.append("\nDETAIL: ").append(d));
        String hint = failure.details().hint();
        if (hint != null && !hint.isBlank()) {
            message.append("\nHINT: ").append(hint);
        }
        return new RecordedFailure(
                failure.sqlState().orElse(null), message.toString(), "the failure of the migration run");
    }

    /**
     * Reads a failure from a history's logs text. For Prisma's {@code P3018} text the message is the {@code Database
     * error:} block up to its first blank line (the server's ERROR, DETAIL and HINT lines), without the {@code
     * ERROR: } prefix; other texts are taken whole.
     */
    static RecordedFailure fromLogs(String logs) {
        Matcher error = DATABASE_ERROR.matcher(logs);
        String message;
        if (error.find()) {
            message = error.group(1).strip().split("\\R\\s*\\R", 2)[0];
            if (message.startsWith("ERROR: ")) {
                message = message.substring("ERROR: ".length());
            }
        } else {
            message = logs.strip();
        }
        return new RecordedFailure(sqlState(logs), message, "the logs the history recorded for it");
    }

    /** One line for a list of migrations: {@code 23503: update or delete on table …}. */
    String summary() {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return sqlState == null ? first : sqlState + ": " + first;
    }

    private static String sqlState(String logs) {
        for (Pattern pattern : SQL_STATE) {
            Matcher matcher = pattern.matcher(logs);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }
}
