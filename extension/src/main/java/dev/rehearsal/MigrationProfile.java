package dev.rehearsal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one migration did to the restored backup while Rehearsal migrated it (the template build, for every tool that
 * applies migrations one by one in the JVM; for the {@code COMMAND} tool only in part, see below): how long it took, which tables it
 * rewrote, which tables it held ACCESS EXCLUSIVE and for how long, and how many rows it committed per table. Found on
 * {@link MigrationStatus#profile()}; a template-cache hit reports the profile measured when the template was built.
 *
 * <p>How each is measured, from connections of Rehearsal's own (never the tool's): a table is rewritten when its
 * {@code pg_class.relfilenode} changed over the migration ({@code ALTER COLUMN … TYPE}, {@code VACUUM FULL}, {@code
 * CLUSTER}, {@code TRUNCATE}, a volatile {@code ADD COLUMN … DEFAULT}); locks come from polling {@code pg_locks} every
 * 5 ms (a hold is the time between the first and the last poll that saw it: a lower bound, within the poll interval;
 * tables the migration created are left out).
 *
 * <p>Rows are exact: each time a connection of the tool ends a transaction, Rehearsal has that session publish its
 * statistics ({@code pg_stat_force_next_flush()}, PostgreSQL 15 or later) and takes the difference of {@code
 * pg_stat_user_tables.n_tup_ins / n_tup_upd / n_tup_del}; a committed transaction's rows count for the migration whose
 * statements it ran (the tool's history row written in that transaction included), a rolled-back one's for nobody (a
 * failed migration that ran in one transaction changed no row). {@link #rowsChanged()} is empty, never approximate,
 * when the rows are unknown: on PostgreSQL 13 and 14 (a session publishes its statistics only when it chooses, late
 * and through a lossy channel), and for migrations a tool committed together in one transaction (Flyway's {@code
 * group}). As PostgreSQL counts them, rows changed in a subtransaction that rolled back inside a committed one (a
 * PL/pgSQL {@code EXCEPTION} block that caught an error) count, and {@code TRUNCATE} deletes no row here.
 *
 * <p>The {@code COMMAND} tool runs the application's own command in another process, on connections Rehearsal never
 * sees, and nothing says where one migration ends and the next begins. So only when exactly one migration was pending
 * (by the history of the command's tool) does it get a profile: the command's run is that migration's, its duration
 * the command's (the tool's start-up included), its rewrites and locks exact, its rows unknown ({@link
 * #rowsChanged()} empty). With several pending migrations none has a profile; {@link MigrationStatus#duration()} is
 * then what the command's tool recorded in its history, when it records one.
 *
 * <p>Thread-safe (immutable).
 *
 * @param duration from the tool's start of the migration to its end
 * @param tablesRewritten the tables whose files were replaced ({@code schema.table}), in name order
 * @param accessExclusiveLocks the tables held ACCESS EXCLUSIVE, in name order
 * @param rowsChanged the tables with rows inserted, updated or deleted by the migration's committed transactions, in
 *     name order; empty when unknown (see above)
 */
public record MigrationProfile(
        Duration duration,
        List<String> tablesRewritten,
        List<LockHold> accessExclusiveLocks,
        Optional<List<RowChanges>> rowsChanged) {

    public MigrationProfile {
        Objects.requireNonNull(duration, "duration");
        tablesRewritten = List.copyOf(tablesRewritten);
        accessExclusiveLocks = List.copyOf(accessExclusiveLocks);
        rowsChanged = Objects.requireNonNull(rowsChanged, "rowsChanged").map(List::copyOf);
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
