package dev.rehearsal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one migration did to the restored backup while Rehearsal migrated it (the template build, for every tool that
 * applies migrations one by one; not the {@code COMMAND} tool): how long it took, which tables it rewrote, which
 * tables it held ACCESS EXCLUSIVE and for how long, and how many rows it changed per table. Found on {@link
 * MigrationStatus#profile()}; a template-cache hit reports the profile measured when the template was built.
 *
 * <p>How each is measured, from connections of Rehearsal's own (never the tool's): a table is rewritten when its
 * {@code pg_class.relfilenode} changed over the migration ({@code ALTER COLUMN … TYPE}, {@code VACUUM FULL}, {@code
 * CLUSTER}, {@code TRUNCATE}, a volatile {@code ADD COLUMN … DEFAULT}); locks come from polling {@code pg_locks} every
 * 5 ms (a hold is the time between the first and the last poll that saw it: a lower bound, within the poll interval;
 * tables the migration created are left out); rows are the differences of {@code pg_stat_user_tables.n_tup_ins /
 * n_tup_upd / n_tup_del} over the migration as PostgreSQL published them (rows a rolled-back migration touched count
 * too): a backend publishes its counters at most once a second, else after 10 s of idleness, so the rows of a quick
 * migration can show on a later one; the sum over the run is complete.
 *
 * <p>Thread-safe (immutable).
 *
 * @param duration from the tool's start of the migration to its end
 * @param tablesRewritten the tables whose files were replaced ({@code schema.table}), in name order
 * @param accessExclusiveLocks the tables held ACCESS EXCLUSIVE, in name order
 * @param rowsChanged the tables with rows inserted, updated or deleted, in name order
 */
public record MigrationProfile(
        Duration duration,
        List<String> tablesRewritten,
        List<LockHold> accessExclusiveLocks,
        List<RowChanges> rowsChanged) {

    public MigrationProfile {
        Objects.requireNonNull(duration, "duration");
        tablesRewritten = List.copyOf(tablesRewritten);
        accessExclusiveLocks = List.copyOf(accessExclusiveLocks);
        rowsChanged = List.copyOf(rowsChanged);
    }

    /** The longest ACCESS EXCLUSIVE hold, if the migration took any. */
    public Optional<LockHold> longestAccessExclusiveLock() {
        return accessExclusiveLocks.stream().max((a, b) -> a.heldFor().compareTo(b.heldFor()));
    }

    /**
     * A table held ACCESS EXCLUSIVE.
     *
     * @param table {@code schema.table}
     * @param heldFor how long it was seen held
     */
    public record LockHold(String table, Duration heldFor) {
        public LockHold {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(heldFor, "heldFor");
        }
    }

    /**
     * One table's row changes.
     *
     * @param table {@code schema.table}
     * @param inserted rows inserted
     * @param updated rows updated
     * @param deleted rows deleted
     */
    public record RowChanges(String table, long inserted, long updated, long deleted) {
        public RowChanges {
            Objects.requireNonNull(table, "table");
        }
    }
}
