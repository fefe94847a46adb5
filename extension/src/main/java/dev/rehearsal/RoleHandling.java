package dev.rehearsal;

/** How a restore treats the roles a backup refers to (owners, grants); see {@link RestoredFrom#roles()}. */
public enum RoleHandling {
    /**
     * Roles the dump refers to are created as {@code NOLOGIN} roles when the server lacks them, so ownership and
     * privileges are reproduced as in production (the default).
     */
    CREATE_MISSING,
    /**
     * Ownership and privileges are not restored: {@code ALTER … OWNER TO}, {@code GRANT}/{@code REVOKE} and
     * session-authorization switches are skipped, and every object belongs to the restoring user (like
     * {@code pg_restore --no-owner --no-privileges}).
     */
    SKIP
}
