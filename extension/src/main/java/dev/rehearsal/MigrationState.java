package dev.rehearsal;

/** The state of one migration as its tool sees it. */
public enum MigrationState {
    /** Recorded as applied and finished. */
    APPLIED,
    /** Present in the code, not applied: the next deploy would run it. */
    PENDING,
    /** Recorded as started but not finished: the tool refuses to continue until it is resolved. */
    FAILED,
    /** Recorded as failed and then marked rolled back; the next deploy runs it again. */
    ROLLED_BACK,
    /** Recorded in the database, but the code no longer has it. */
    UNKNOWN_TO_CODE,
    /** Applied, but the file changed since (the recorded checksum differs). */
    EDITED,
    /** Applied after a migration with a higher version had already been applied (Flyway's outOfOrder, goose). */
    OUT_OF_ORDER,
    /**
     * Present in the code and not applied, but the tool will not apply it either (e.g. a Flyway migration whose
     * version is below the current one, without outOfOrder): usually a forgotten merge.
     */
    IGNORED;

    /**
     * Whether the tool counts the migration as installed: {@link #APPLIED}, or {@link #OUT_OF_ORDER} (applied after a
     * higher version, which sqlx, goose with {@code allow-missing} and Flyway with {@code outOfOrder} accept: none of
     * them runs it again). {@link #EDITED} is not: the tool refuses or reports it until it is resolved.
     */
    public boolean isApplied() {
        return this == APPLIED || this == OUT_OF_ORDER;
    }
}
