package dev.rehearsal.assertj;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationHistory;
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
     * @param history the history they come from (the tool's verdicts and the last run's failure)
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveAllMigrationsApplied(
            List<MigrationStatus> notApplied, int total, MigrationHistory history, String origin) {
        return new ShouldHaveAllMigrationsApplied(
                Text.count(notApplied.size(), "migration") + " of " + total + (notApplied.size() == 1 ? " is" : " are")
                        + " not",
                lines(notApplied, history),
                lastFailure(history.lastFailure()),
                origin);
    }

    /**
     * One line per migration: {@code 20240311_purge: FAILED (23503: update or delete on table "Draft" …)}, the
     * parenthesis read from the logs the history recorded or, for a migration the tool left no row for, from the last
     * run's failure at it; then the tool's rule behind its verdict, when it names one.
     */
    static String lines(List<MigrationStatus> migrations, MigrationHistory history) {
        return migrations.stream()
                .map(s -> "  " + s.id() + ": " + s.state() + failure(s, history) + rule(s, history))
                .collect(Collectors.joining("\n"));
    }

    private static String failure(MigrationStatus migration, MigrationHistory history) {
        Optional<String> logs = migration.logs().filter(l -> !l.isBlank());
        if (logs.isPresent()) {
            return " (" + RecordedFailure.fromLogs(logs.get()).summary() + ")";
        }
        return history.lastFailureAt(migration.id())
                .map(f -> " (the run failed at it: " + RecordedFailure.of(f).summary() + "; " + history.tool()
                        + " left no history row for it, the failed migration rolled back with its row)")
                .orElse("");
    }

    private static String rule(MigrationStatus migration, MigrationHistory history) {
        String rule = history.verdict(migration).rule();
        return rule.isBlank() ? "" : "\n    " + rule;
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
