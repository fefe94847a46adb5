package dev.rehearsal.assertj;

import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The history records failed migrations. */
final class ShouldHaveNoFailedMigrations extends BasicErrorMessageFactory {

    /**
     * @param failed the migrations recorded as FAILED, and those the last run failed at without leaving a row
     * @param history the history they come from
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveNoFailedMigrations(
            List<MigrationStatus> failed, MigrationHistory history, String origin) {
        return new ShouldHaveNoFailedMigrations(
                Text.count(failed.size(), "migration")
                        + (failed.stream().allMatch(s -> s.state() == MigrationState.FAILED)
                                ? (failed.size() == 1 ? " is recorded as failed" : " are recorded as failed")
                                : " failed"),
                ShouldHaveAllMigrationsApplied.lines(failed, history),
                ShouldHaveAllMigrationsApplied.lastFailure(history.lastFailure()),
                origin);
    }

    private ShouldHaveNoFailedMigrations(String count, String lines, String failure, String origin) {
        super(
                "\nExpecting no failed migration\nbut %s:\n%s%s\n%s",
                unquotedString(count), unquotedString(lines), unquotedString(failure), unquotedString(origin));
    }
}
