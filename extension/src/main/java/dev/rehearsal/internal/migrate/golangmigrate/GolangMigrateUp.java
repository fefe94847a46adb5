package dev.rehearsal.internal.migrate.golangmigrate;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationFailure;
import dev.rehearsal.internal.migrate.ScriptFailure;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.migrate.scripts.SimpleQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code migrate up} / {@code migrate goto V} once the lock is held and the table exists: {@code Version()}, the
 * dirty and existence checks of {@code Up}/{@code Migrate} and {@code readUp}/{@code read}, then {@code
 * runMigrations}.
 */
final class GolangMigrateUp {
    private final GolangMigrateMigrations owner;
    private final GolangMigrateSource source;
    private final VersionTable versions;
    private final Connection connection;
    private final boolean multiStatement;

    GolangMigrateUp(
            GolangMigrateMigrations owner,
            GolangMigrateSource source,
            VersionTable versions,
            Connection connection,
            boolean multiStatement) {
        this.owner = owner;
        this.source = source;
        this.versions = versions;
        this.connection = connection;
        this.multiStatement = multiStatement;
    }

    void run(Optional<String> target) throws SQLException {
        Optional<VersionTable.Recorded> recorded = versions.read();
        long from = recorded.map(VersionTable.Recorded::version).orElse(-1L);
        if (recorded.isPresent() && recorded.get().dirty()) {
            throw GolangMigrateErrors.refused(
                    "ErrDirty",
                    GolangMigrateErrors.dirty(from),
                    "The restored " + versions.qualified() + " says version " + from + " is dirty: a migration to"
                            + " version " + from + " started and never finished (the backup was taken while it ran,"
                            + " or it failed). A real `migrate " + (target.isPresent() ? "goto" : "up")
                            + "` stops here too, before running anything. Rehearse the recovery: inspect what the"
                            + " half-applied migration left behind (RestoredDatabase.query), finish or undo it by hand"
                            + " (RestoredDatabase.execute / runScript), then RestoredDatabase.migrations().force(\""
                            + previous(from) + "\") to rerun it (`migrate force " + previous(from) + "`), or force(\""
                            + from + "\") if you completed it, and deploy().");
        }
        if (from >= 0 && source.find(from).isEmpty()) {
            throw GolangMigrateErrors.refused(
                    "no migration found",
                    GolangMigrateErrors.noMigrationFound(from, owner.location()),
                    "The restored " + versions.qualified() + " records version " + from + ", but " + owner.location()
                            + " has no " + from + "_*.up or .down file (renumbered or deleted migrations?). A real"
                            + " `migrate up` stops with this error and runs nothing. Restore the file, or"
                            + " force(\"<version that exists>\") if the schema really is at another version.");
        }
        long to = target.map(Long::parseLong).orElse(Long.MAX_VALUE);
        if (target.isPresent() && to < from) {
            throw new UnsupportedOperationException("migrateTo(\"" + to + "\") on a database at version " + from
                    + " would be `migrate goto " + to + "`, which runs the down migrations from " + from + " to " + to
                    + "; Rehearsal reproduces golang-migrate's up direction only. Restore a backup at or below"
                    + " version " + to + " instead.");
        }
        List<GolangMigrateSource.Version> pending = source.versions().stream()
                .filter(v -> (from < 0 || Long.compareUnsigned(v.version(), from) > 0)
                        && Long.compareUnsigned(v.version(), to) <= 0)
                .toList();
        // Nothing pending is golang-migrate's ErrNoChange ("no change"), which the CLI reports as success.
        for (int index = 0; index < pending.size(); index++) {
            int at = index;
            owner.applyOne(pending.get(at).id(), () -> {
                apply(pending, at, from);
                return null;
            });
        }
    }

    private void apply(List<GolangMigrateSource.Version> pending, int index, long from) throws SQLException {
        GolangMigrateSource.Version version = pending.get(index);
        versions.set(version.version(), true);
        if (version.up().isPresent()) {
            String name = version.up().get();
            String text = MigrationFiles.lenient(
                    MigrationFiles.read(source.directory().resolve(name)));
            Optional<ScriptFailure> failure = multiStatement ? runPieces(text) : SimpleQuery.run(connection, text, 1);
            if (failure.isPresent()) {
                long previous = index == 0 ? from : pending.get(index - 1).version();
                throw failed(version, name, index, pending.size(), previous, failure.get());
            }
        }
        versions.set(version.version(), false);
    }

    /** {@code x-multi-statement}: each {@code ;}-terminated piece (raw bytes) as its own query. */
    private Optional<ScriptFailure> runPieces(String text) throws SQLException {
        int start = 0;
        int line = 1;
        while (start < text.length()) {
            int end = text.indexOf(';', start);
            end = end < 0 ? text.length() : end + 1;
            String piece = text.substring(start, end);
            if (!piece.isBlank()) {
                Optional<ScriptFailure> failure = SimpleQuery.run(connection, piece, line);
                if (failure.isPresent()) {
                    return failure;
                }
            }
            line += (int) piece.chars().filter(c -> c == '\n').count();
            start = end;
        }
        return Optional.empty();
    }

    private RuntimeException failed(
            GolangMigrateSource.Version version,
            String file,
            int index,
            int pendingCount,
            long previous,
            ScriptFailure f) {
        String toolText = "migration failed: " + f.message() + (f.column() > 0 ? " (column " + f.column() + ")" : "")
                + (f.detail() == null ? "" : ", " + f.detail()) + " in line " + f.line() + ": <contents of " + file
                + "> (details: " + f.libPq() + ")";
        String rolledBack = multiStatement
                ? "With x-multi-statement each piece ran on its own: the pieces before the failing one stay"
                        + " committed."
                : "The file ran as one implicit transaction, so none of its changes remain (unless it committed"
                        + " part of itself).";
        String history = versions.qualified() + " now records version=" + version.id() + ", dirty=true: golang-migrate"
                + " sets it before running a file and clears it only after success. " + rolledBack + " A real `migrate"
                + " up` prints\n    error: " + toolText + "\n  and every later run stops with \""
                + GolangMigrateErrors.dirty(version.version()) + "\" until the version is forced. Rehearse the"
                + " recovery: fix the cause, RestoredDatabase.migrations().force(\"" + previous + "\") (`migrate force "
                + previous + "`), then deploy() (`migrate up`).";
        return MigrationFailure.of(MigrationTool.GOLANG_MIGRATE, version.id())
                .code("dirty")
                .position(index, pendingCount)
                .file(owner.display(file))
                .serverError(f)
                .fixture(owner.fixture())
                .history(history)
                .recordedAsFailed()
                .build();
    }

    /** The version to force so that {@code migrate up} runs {@code version} again: the one below it, or -1. */
    private long previous(long version) {
        long previous = -1;
        for (GolangMigrateSource.Version v : source.versions()) {
            if (Long.compareUnsigned(v.version(), version) < 0) {
                previous = v.version();
            }
        }
        return previous;
    }
}
