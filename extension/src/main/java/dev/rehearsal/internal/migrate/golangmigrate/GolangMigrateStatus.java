package dev.rehearsal.internal.migrate.golangmigrate;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.MigrationStatuses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * golang-migrate's history is a high-water mark: {@code migrate version} prints the one recorded version (with
 * {@code (dirty)}). Per local version: none recorded → PENDING; below the recorded version → APPLIED ("at or below
 * the recorded version": golang-migrate cannot tell whether it ran, and {@code up} never runs it); the recorded
 * version → APPLIED, or FAILED when dirty; above → PENDING. A recorded version without a file → UNKNOWN_TO_CODE
 * ({@code up} fails with "no migration found").
 */
final class GolangMigrateStatus {
    private GolangMigrateStatus() {}

    static List<MigrationStatus> of(GolangMigrateSource source, Optional<VersionTable.Recorded> recorded) {
        List<MigrationStatus> result = new ArrayList<>();
        for (GolangMigrateSource.Version version : source.versions()) {
            result.add(ofLocal(version, recorded));
        }
        recorded.filter(r -> source.find(r.version()).isEmpty())
                .ifPresent(r -> result.add(status(
                        Long.toString(r.version()),
                        MigrationState.UNKNOWN_TO_CODE,
                        "",
                        "recorded version" + (r.dirty() ? " (dirty)" : "") + ", no file")));
        return result;
    }

    private static MigrationStatus ofLocal(
            GolangMigrateSource.Version version, Optional<VersionTable.Recorded> recorded) {
        if (recorded.isEmpty()) {
            return status(version.id(), MigrationState.PENDING, version.title(), "pending");
        }
        int order = Long.compareUnsigned(version.version(), recorded.get().version());
        if (order < 0) {
            return status(
                    version.id(),
                    MigrationState.APPLIED,
                    version.title(),
                    "at or below version " + recorded.get().version());
        }
        if (order == 0) {
            return recorded.get().dirty()
                    ? status(version.id(), MigrationState.FAILED, version.title(), "dirty")
                    : status(version.id(), MigrationState.APPLIED, version.title(), "current version");
        }
        return status(version.id(), MigrationState.PENDING, version.title(), "pending");
    }

    private static MigrationStatus status(String id, MigrationState state, String description, String toolState) {
        return MigrationStatuses.of(id, state, description, toolState);
    }
}
