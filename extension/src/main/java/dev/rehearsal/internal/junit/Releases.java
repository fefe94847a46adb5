package dev.rehearsal.internal.junit;

import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The release a backup is at: the newest of the code's migrations its own history records as applied (what {@code
 * prisma migrate status} or {@code flyway info} would show as the last applied one before the upgrade).
 */
final class Releases {
    private static final System.Logger LOG = System.getLogger(Releases.class.getName());

    /** The states of a migration the history records as having run to completion. */
    private static final Set<MigrationState> APPLIED =
            EnumSet.of(MigrationState.APPLIED, MigrationState.EDITED, MigrationState.OUT_OF_ORDER);

    private Releases() {}

    /**
     * The newest applied migration of the history {@code beforeMigration} reads (the backup as restored), in the
     * tool's order; empty when none is applied or the history cannot be read (logged at DEBUG: the release is
     * information, the test goes on).
     */
    static Optional<String> newestApplied(Supplier<MigrationHistory> beforeMigration) {
        List<MigrationStatus> status;
        try {
            status = beforeMigration.get().status();
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "Rehearsal: the backup's release is unknown: its history could not be read (" + e.getMessage()
                            + ")");
            return Optional.empty();
        }
        String newest = null;
        for (MigrationStatus migration : status) {
            if (APPLIED.contains(migration.state())) {
                newest = migration.id();
            }
        }
        return Optional.ofNullable(newest);
    }
}
