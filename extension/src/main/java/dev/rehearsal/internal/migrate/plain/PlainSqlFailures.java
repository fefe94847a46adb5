package dev.rehearsal.internal.migrate.plain;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationFailure;
import dev.rehearsal.internal.migrate.ScriptFailure;

/** Builds the story of a failed plain SQL file. Internal, not API. */
final class PlainSqlFailures {
    private PlainSqlFailures() {}

    static MigrationFailedException failed(
            String display,
            String file,
            ScriptFailure failure,
            int index,
            int pendingCount,
            FixtureInfo fixture,
            boolean singleTransaction,
            int notRunAfterTarget) {
        String state = singleTransaction
                ? "The file ran in one transaction (rehearsal.plain-sql.single-transaction), which was rolled back:"
                        + " nothing of " + file + " remains."
                : "Each statement autocommits (like psql -f without -1): the statements of " + file + " before line "
                        + failure.statementLine() + " stayed applied.";
        return MigrationFailure.of(MigrationTool.PLAIN_SQL, file)
                .code("ON_ERROR_STOP")
                .position(index, pendingCount)
                .notRunAfterTarget(notRunAfterTarget)
                .recordedAsFailed()
                .file(display + "/" + file)
                .serverError(failure.cause(), failure.statement(), failure.statementLine())
                .fixture(fixture)
                .history(state + " Plain SQL keeps no history table; Rehearsal marks " + file + " failed, and the next"
                        + " deploy() runs it again from its first statement (fix the file or the data first).")
                .build();
    }
}
