package dev.rehearsal.internal.migrate.scripts;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;

/**
 * Builds the {@link MigrationFailedException} of a migration whose text failed on the server.
 *
 * <p>Internal, not API.
 */
public final class Failures {
    private Failures() {}

    /**
     * @param toolErrorCode the tool's word for the failure (none of these tools has error codes; e.g. {@code
     *     "dirty"} for golang-migrate)
     * @param index 0-based position of the migration among the {@code pending} ones of the run
     * @param file the migration file as the user sees it ({@code <location>/<file name>})
     * @param historyState what the history records now, the tool's own error output, and the operator's next move
     */
    public static MigrationFailedException failed(
            MigrationTool tool,
            String toolErrorCode,
            String migrationId,
            int index,
            int pending,
            String file,
            ScriptFailure failure,
            FixtureInfo fixture,
            String historyState) {
        return new MigrationFailedException(
                new MigrationFailedException.Details(
                        tool,
                        toolErrorCode,
                        migrationId,
                        index + 1,
                        pending,
                        file,
                        failure.line(),
                        failure.statement(),
                        failure.sqlState(),
                        failure.message(),
                        failure.detail(),
                        failure.hint(),
                        fixture,
                        index,
                        pending - index,
                        historyState),
                failure.cause());
    }

    /** A failure that is not a server error (e.g. the tool cannot parse the file it is about to run). */
    public static MigrationFailedException failedBeforeRunning(
            MigrationTool tool,
            String toolErrorCode,
            String migrationId,
            int index,
            int pending,
            String file,
            String message,
            FixtureInfo fixture,
            String historyState) {
        return new MigrationFailedException(
                new MigrationFailedException.Details(
                        tool,
                        toolErrorCode,
                        migrationId,
                        index + 1,
                        pending,
                        file,
                        0,
                        null,
                        null,
                        message,
                        null,
                        null,
                        fixture,
                        index,
                        pending - index,
                        historyState),
                null);
    }
}
