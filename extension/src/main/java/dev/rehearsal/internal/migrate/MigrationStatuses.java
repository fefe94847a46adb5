package dev.rehearsal.internal.migrate;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@link MigrationStatus} values of a tool's {@code status()} whose history records no logs and no duration (the
 * tools whose history records them build the full value).
 *
 * <p>Internal, not API.
 */
public final class MigrationStatuses {
    private MigrationStatuses() {}

    /** A migration whose history records no times: pending, or a version-only history (golang-migrate, dbmate). */
    public static MigrationStatus of(String id, MigrationState state, String description, String toolState) {
        return at(id, state, Optional.empty(), Optional.empty(), description, toolState);
    }

    /** A migration the history records as started and finished at these times. */
    public static MigrationStatus at(
            String id,
            MigrationState state,
            Optional<Instant> startedAt,
            Optional<Instant> finishedAt,
            String description,
            String toolState) {
        return new MigrationStatus(
                id, state, startedAt, finishedAt, Optional.empty(), Optional.empty(), description, toolState);
    }
}
