package dev.rehearsal.assertj;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationStatus;
import java.util.List;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The history records failed migrations. */
final class ShouldHaveNoFailedMigrations extends BasicErrorMessageFactory {

    /**
     * @param failed the migrations recorded as FAILED
     * @param lastFailure the failure of the last migration run, if any
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveNoFailedMigrations(
            List<MigrationStatus> failed, Optional<MigrationFailedException> lastFailure, String origin) {
        return new ShouldHaveNoFailedMigrations(
                Text.count(failed.size(), "migration") + (failed.size() == 1 ? " is" : " are"),
                ShouldHaveAllMigrationsApplied.lines(failed),
                ShouldHaveAllMigrationsApplied.lastFailure(lastFailure),
                origin);
    }

    private ShouldHaveNoFailedMigrations(String count, String lines, String failure, String origin) {
        super(
                "\nExpecting no failed migration\nbut %s recorded as failed:\n%s%s\n%s",
                unquotedString(count), unquotedString(lines), unquotedString(failure), unquotedString(origin));
    }
}
