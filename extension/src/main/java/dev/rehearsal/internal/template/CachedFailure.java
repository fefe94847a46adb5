package dev.rehearsal.internal.template;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.PreflightFinding;
import java.util.List;
import java.util.Optional;

/**
 * A restore or migration failure as stored in a template's metadata: everything needed to throw the same exception,
 * with the identical message, in a later run. Only failures that the same inputs always reproduce are stored (see
 * {@link #deterministic}): a full disk, a cancelled statement or a lost connection is not remembered.
 *
 * <p>Internal, not API.
 *
 * @param type {@code restore}, {@code migration} or {@code refusal}
 */
record CachedFailure(
        String type,
        String message,
        String location,
        Integer line,
        String statement,
        String sqlState,
        String serverMessage,
        String detail,
        MigrationDetails migration,
        String tool,
        String errorCode) {

    /** {@link MigrationFailedException.Details} without the fixture (the current run's fixture is put back). */
    record MigrationDetails(
            String tool,
            String toolErrorCode,
            String migrationId,
            int position,
            int pendingCount,
            String file,
            int line,
            String statement,
            String sqlState,
            String serverMessage,
            String detail,
            String hint,
            int appliedBefore,
            int stillPending,
            String historyState,
            List<PreflightFinding> preflight) {}

    static CachedFailure of(FixtureRestoreException e) {
        return new CachedFailure(
                "restore",
                e.getMessage(),
                e.location(),
                e.line(),
                e.statement().orElse(null),
                e.sqlState().orElse(null),
                e.serverMessage().orElse(null),
                e.detail().orElse(null),
                null,
                null,
                null);
    }

    static CachedFailure of(MigrationFailedException e) {
        MigrationFailedException.Details d = e.details();
        return new CachedFailure(
                "migration",
                e.getMessage(),
                null,
                null,
                null,
                d.sqlState(),
                null,
                null,
                new MigrationDetails(
                        d.tool().name(),
                        d.toolErrorCode(),
                        d.migrationId(),
                        d.position(),
                        d.pendingCount(),
                        d.file(),
                        d.line(),
                        d.statement(),
                        d.sqlState(),
                        d.serverMessage(),
                        d.detail(),
                        d.hint(),
                        d.appliedBefore(),
                        d.stillPending(),
                        d.historyState(),
                        e.preflight()),
                null,
                null);
    }

    static CachedFailure of(MigrationRefusedException e) {
        return new CachedFailure(
                "refusal",
                e.getMessage(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                e.tool().name(),
                e.errorCode());
    }

    /**
     * Whether the same inputs always fail the same way: not when the server ran out of resources (SQLSTATE class
     * 53), was shut down or cancelled the statement (57), hit a system or internal error (58, XX) or lost the
     * connection (08), and not when the cause was an I/O error.
     */
    static boolean deterministic(String sqlState, Throwable cause) {
        if (sqlState != null) {
            String sqlClass = sqlState.length() >= 2 ? sqlState.substring(0, 2) : sqlState;
            return !java.util.Set.of("53", "57", "58", "XX", "08").contains(sqlClass);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof java.sql.SQLException) {
                return false;
            }
        }
        return true;
    }

    FixtureRestoreException toRestoreFailure() {
        if (statement != null && sqlState != null) {
            return new FixtureRestoreException(
                    location, line == null ? 0 : line, statement, sqlState, serverMessage, detail, null);
        }
        return new FixtureRestoreException(message, location, line == null ? 0 : line, null);
    }

    /** The migration failure, naming {@code fixture} (this run's description of the same bytes). */
    MigrationFailedException toMigrationFailure(FixtureInfo fixture) {
        MigrationDetails d = migration;
        return new MigrationFailedException(
                MigrationFailedException.Details.builder()
                        .tool(MigrationTool.valueOf(d.tool()))
                        .toolErrorCode(d.toolErrorCode())
                        .migrationId(d.migrationId())
                        .position(d.position())
                        .pendingCount(d.pendingCount())
                        .file(d.file())
                        .line(d.line())
                        .statement(d.statement())
                        .sqlState(d.sqlState())
                        .serverMessage(d.serverMessage())
                        .detail(d.detail())
                        .hint(d.hint())
                        .fixture(fixture)
                        .appliedBefore(d.appliedBefore())
                        .stillPending(d.stillPending())
                        .historyState(d.historyState())
                        .build(),
                null,
                d.preflight() == null ? List.of() : d.preflight());
    }

    MigrationRefusedException toRefusal() {
        return new MigrationRefusedException(MigrationTool.valueOf(tool), errorCode, message);
    }

    Optional<MigrationFailedException> migrationFailure(FixtureInfo fixture) {
        return "migration".equals(type) ? Optional.of(toMigrationFailure(fixture)) : Optional.empty();
    }

    Optional<MigrationRefusedException> refusal() {
        return "refusal".equals(type) ? Optional.of(toRefusal()) : Optional.empty();
    }
}
