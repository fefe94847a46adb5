package dev.rehearsal;

import java.util.List;
import java.util.Optional;

/**
 * The migration history of a {@link RestoredDatabase} as its tool sees it, and the operator's moves on it.
 *
 * <p>The moves behave like the real tool's commands (for Prisma: {@code prisma migrate deploy} and {@code
 * prisma migrate resolve}), including their refusals, which are thrown as {@link MigrationRefusedException}
 * with the tool's error code.
 */
public interface MigrationHistory {

    /** The tool this history belongs to. */
    MigrationTool tool();

    /** Every migration known to the code or to the database, in the tool's order. */
    List<MigrationStatus> status();

    /** The status of one migration. */
    MigrationStatus status(String id);

    /**
     * The failure of the migration run that prepared this database (by {@link MigratesTo}) or of the last
     * {@link #deploy()} / {@link #migrateTo(String)} on this object, if it failed.
     */
    Optional<MigrationFailedException> lastFailure();

    /**
     * Applies every pending migration, as the tool's deploy command would.
     *
     * @throws MigrationFailedException when a migration fails (the history then records it as the tool would)
     * @throws MigrationRefusedException when the tool would refuse to start (e.g. Prisma P3005, P3009)
     */
    void deploy();

    /** Applies pending migrations up to and including {@code id}; see {@link #deploy()}. */
    void migrateTo(String id);

    /**
     * Records a migration as applied without running it ({@code prisma migrate resolve --applied}).
     *
     * @throws MigrationRefusedException with the tool's error code when the tool would refuse
     */
    void resolveApplied(String id);

    /**
     * Marks a failed migration as rolled back so the next deploy runs it again ({@code prisma migrate resolve
     * --rolled-back}).
     *
     * @throws MigrationRefusedException with the tool's error code when the tool would refuse
     */
    void resolveRolledBack(String id);
}
