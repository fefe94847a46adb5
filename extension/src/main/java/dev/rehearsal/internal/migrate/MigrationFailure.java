package dev.rehearsal.internal.migrate;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The one builder of a {@link MigrationFailedException}: every tool names what it knows (the migration, its place in
 * the run, the file, the server's error or its own message, what the history records now) instead of calling the
 * 16-argument {@link MigrationFailedException.Details} positionally.
 *
 * <p>The counts agree with what {@link dev.rehearsal.MigrationHistory#status()} says after the failure: the failing
 * migration is counted among the "still pending" unless the tool's history {@link #recordedAsFailed() records it as
 * failed} (Prisma, golang-migrate's dirty flag, Play's {@code applying_up}, …).
 *
 * <p>Not thread-safe (a builder); internal, not API.
 */
public final class MigrationFailure {
    private final MigrationTool tool;
    private final String migrationId;
    private String toolErrorCode = "";
    private int index;
    private int appliedBefore = -1;
    private int pending = 1;
    private int notRunAfterTarget;
    private boolean recordedAsFailed;
    private boolean wholeRunRolledBack;
    private String file = "";
    private int line;
    private String statement;
    private String sqlState;
    private String message = "";
    private String detail;
    private String hint;
    private Throwable cause;
    private FixtureInfo fixture;
    private String historyState = "";

    private MigrationFailure(MigrationTool tool, String migrationId) {
        this.tool = Objects.requireNonNull(tool, "tool");
        this.migrationId = Objects.requireNonNull(migrationId, "migrationId");
    }

    /** A failure of {@code migrationId}, in {@code tool}'s vocabulary. */
    public static MigrationFailure of(MigrationTool tool, String migrationId) {
        return new MigrationFailure(tool, migrationId);
    }

    /** The tool's own word or code for the failure (Prisma: {@code P3018}; golang-migrate: {@code dirty}). */
    public MigrationFailure code(String toolErrorCode) {
        this.toolErrorCode = Objects.requireNonNull(toolErrorCode, "toolErrorCode");
        return this;
    }

    /** The migration was the {@code index}-th (0-based) of the {@code pending} migrations of the run. */
    public MigrationFailure position(int index, int pending) {
        if (index < 0 || index >= pending) {
            throw new IllegalArgumentException("index " + index + " is not within the " + pending + " pending");
        }
        this.index = index;
        this.pending = pending;
        return this;
    }

    /** How many migrations of this run were applied before the failing one, when that is not its index. */
    public MigrationFailure appliedBefore(int count) {
        this.appliedBefore = count;
        return this;
    }

    /** Migrations not part of this run (after its target) that are still pending too. */
    public MigrationFailure notRunAfterTarget(int count) {
        this.notRunAfterTarget = count;
        return this;
    }

    /** The history records the migration as failed, so it is no longer counted as pending. */
    public MigrationFailure recordedAsFailed() {
        this.recordedAsFailed = true;
        return this;
    }

    /** The run was one transaction, rolled back: nothing of it stayed applied, every migration is pending again. */
    public MigrationFailure wholeRunRolledBack() {
        this.wholeRunRolledBack = true;
        return this;
    }

    /** The migration file as the user sees it ({@code <location>/<file name>}, or a command line). */
    public MigrationFailure file(String file) {
        this.file = Objects.requireNonNull(file, "file");
        return this;
    }

    /** The server's error: statement, line, SQLSTATE, message, DETAIL, HINT and the driver's exception. */
    public MigrationFailure serverError(ScriptFailure failure) {
        return serverError(
                failure.line(),
                failure.statement(),
                failure.sqlState(),
                failure.message(),
                failure.detail(),
                failure.hint(),
                failure.cause());
    }

    /** The server's error {@code e} on {@code statement}, which starts at {@code line} of the file. */
    public MigrationFailure serverError(SQLException e, String statement, int line) {
        return serverError(ScriptFailure.of(e, statement, line, 0, 0));
    }

    /** The server's error, from a tool that decodes it itself (its own script runner or library). */
    public MigrationFailure serverError(
            int line, String statement, String sqlState, String message, String detail, String hint, Throwable cause) {
        this.line = line;
        this.statement = statement;
        this.sqlState = sqlState;
        this.message = Objects.requireNonNull(message, "message");
        this.detail = detail;
        this.hint = hint;
        this.cause = cause;
        return this;
    }

    /** A failure that is not a server error (e.g. the tool cannot parse the file it is about to run). */
    public MigrationFailure message(String message) {
        this.message = Objects.requireNonNull(message, "message");
        return this;
    }

    /** What the failure was caused by, when {@link #message} says it. */
    public MigrationFailure cause(Throwable cause) {
        this.cause = cause;
        return this;
    }

    /** What the database was restored from ({@code null}: none). */
    public MigrationFailure fixture(FixtureInfo fixture) {
        this.fixture = fixture;
        return this;
    }

    /** What the history records now, the tool's own error output, and the operator's next move. */
    public MigrationFailure history(String historyState) {
        this.historyState = Objects.requireNonNull(historyState, "historyState");
        return this;
    }

    public MigrationFailedException build() {
        int applied = wholeRunRolledBack ? 0 : appliedBefore >= 0 ? appliedBefore : index;
        int stillPending = pending - applied - (recordedAsFailed && !wholeRunRolledBack ? 1 : 0) + notRunAfterTarget;
        return new MigrationFailedException(
                MigrationFailedException.Details.builder()
                        .tool(tool)
                        .toolErrorCode(toolErrorCode)
                        .migrationId(migrationId)
                        .position(index + 1)
                        .pendingCount(pending)
                        .file(file)
                        .line(line)
                        .statement(statement)
                        .sqlState(sqlState)
                        .serverMessage(message)
                        .detail(detail)
                        .hint(hint)
                        .fixture(fixture)
                        .appliedBefore(applied)
                        .stillPending(stillPending)
                        .historyState(historyState)
                        .build(),
                cause);
    }
}
