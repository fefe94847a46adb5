package dev.rehearsal.assertj;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Some migrations are not (cleanly) applied. */
final class ShouldHaveAllMigrationsApplied extends BasicErrorMessageFactory {

    /**
     * @param notApplied the migrations in another state than APPLIED
     * @param total how many migrations the history knows
     * @param lastFailure the failure of the last migration run, if any
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveAllMigrationsApplied(
            List<MigrationStatus> notApplied,
            int total,
            Optional<MigrationFailedException> lastFailure,
            String origin) {
        return new ShouldHaveAllMigrationsApplied(
                Text.count(notApplied.size(), "migration") + " of " + total + (notApplied.size() == 1 ? " is" : " are")
                        + " not",
                lines(notApplied),
                lastFailure(lastFailure),
                origin);
    }

    /**
     * One line per migration: {@code 20240311_purge: FAILED (23503: update or delete on table "Draft" …)}, the
     * parenthesis read from the logs the history recorded, when there are any.
     */
    static String lines(List<MigrationStatus> migrations) {
        return migrations.stream()
                .map(s -> "  " + s.id() + ": " + s.state()
                        + s.logs()
                                .filter(l -> !l.isBlank())
                                .map(l -> " (" + RecordedFailure.fromLogs(l).summary() + ")")
                                .orElse(""))
                .collect(Collectors.joining("\n"));
    }

    /** The last run's failure story, indented, or nothing. */
    static String lastFailure(Optional<MigrationFailedException> failure) {
        return failure.map(f -> "\nThe migration run failed:\n" + Text.indent(f.getMessage()))
                .orElse("");
    }

    private ShouldHaveAllMigrationsApplied(String count, String lines, String failure, String origin) {
        super(
                "\nExpecting all migrations to be applied\nbut %s:\n%s%s\n%s",
                unquotedString(count), unquotedString(lines), unquotedString(failure), unquotedString(origin));
    }
}
