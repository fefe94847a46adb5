package dev.rehearsal.internal.migrate.plain;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Builds the story of a failed plain SQL file. Internal, not API. */
final class PlainSqlFailures {
    private PlainSqlFailures() {}

    static MigrationFailedException failed(
            String display,
            String file,
            PlainSqlScript.Failure failure,
            int index,
            int pendingCount,
            FixtureInfo fixture,
            boolean singleTransaction,
            int stillPending) {
        ServerErrorMessage server = failure.cause() instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String message = server != null && server.getMessage() != null
                ? server.getMessage()
                : String.valueOf(failure.cause().getMessage());
        String state = singleTransaction
                ? "The file ran in one transaction (rehearsal.plain-sql.single-transaction), which was rolled back:"
                        + " nothing of " + file + " remains."
                : "Each statement autocommits (like psql -f without -1): the statements of " + file + " before line "
                        + failure.statement().line() + " stayed applied.";
        return new MigrationFailedException(
                new MigrationFailedException.Details(
                        MigrationTool.PLAIN_SQL,
                        "ON_ERROR_STOP",
                        file,
                        index + 1,
                        pendingCount,
                        display + "/" + file,
                        failure.statement().line(),
                        failure.statement().text(),
                        failure.cause().getSQLState(),
                        message,
                        server == null ? null : server.getDetail(),
                        server == null ? null : server.getHint(),
                        fixture,
                        index,
                        stillPending,
                        state + " Plain SQL keeps no history table; Rehearsal marks " + file + " failed, and the next"
                                + " deploy() runs it again from its first statement (fix the file or the data"
                                + " first)."),
                failure.cause());
    }
}
