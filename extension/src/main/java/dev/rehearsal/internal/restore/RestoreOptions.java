package dev.rehearsal.internal.restore;

import dev.rehearsal.RoleHandling;
import java.util.Objects;
import java.util.Optional;

/**
 * How to restore a fixture, from {@code @RestoredFrom}'s attributes; part of the restore (template cache) key.
 *
 * <p>Internal, not API.
 *
 * @param roles how owners and privileges are handled
 * @param database for a {@code pg_dumpall} cluster dump: which of its databases to restore; empty means the only
 *     non-template database (an error listing them when there are several). Must be empty for other formats.
 */
public record RestoreOptions(RoleHandling roles, Optional<String> database) {

    public RestoreOptions {
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(database, "database");
    }

    /** Roles created when missing, the only database of a cluster dump. */
    public static RestoreOptions defaults() {
        return new RestoreOptions(RoleHandling.CREATE_MISSING, Optional.empty());
    }

    /** A short, stable text for cache keys and messages, e.g. {@code roles=CREATE_MISSING database=}. */
    public String key() {
        return "roles=" + roles + " database=" + database.orElse("");
    }
}
