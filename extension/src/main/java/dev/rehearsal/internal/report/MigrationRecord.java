package dev.rehearsal.internal.report;

import java.util.List;

/**
 * What one migration run of a template build recorded for the report: the migrations it applied (or failed at) in
 * order, and the row counts of the tables before and after. Stored with the template's metadata, so a cache hit
 * reports what the build measured.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 *
 * @param appliedBefore how many migrations the backup's history had applied already
 * @param steps the migrations pending before the run, in the tool's order, with their state after it
 * @param tables row counts per table ({@code schema.table}) before and after the run
 */
public record MigrationRecord(int appliedBefore, List<Step> steps, List<TableRows> tables) {

    public MigrationRecord {
        steps = steps == null ? List.of() : List.copyOf(steps);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A record with nothing in it: the history could not be read. */
    public static MigrationRecord empty() {
        return new MigrationRecord(0, List.of(), List.of());
    }

    /**
     * One migration of the run.
     *
     * @param id the migration id in the tool's vocabulary
     * @param state its state after the run ({@link dev.rehearsal.MigrationState} name)
     * @param millis how long it took, when measured or recorded by the tool; {@code null} otherwise
     * @param profile what the {@link Profiler} measured while it ran; {@code null} when it was not profiled
     */
    public record Step(String id, String state, Long millis, Profile profile) {}

    /**
     * What one migration did to the database while it ran (see {@link Profiler} for how each is measured).
     *
     * @param millis from the tool's start of the migration to its end
     * @param rewritten the tables whose files were replaced ({@code schema.table}), in name order
     * @param locks the tables held ACCESS EXCLUSIVE and for how long
     * @param rows the rows its committed transactions inserted, updated and deleted per table, for tables with any
     *     ({@link CommittedRows}); {@code null} when unknown
     */
    public record Profile(long millis, List<String> rewritten, List<Lock> locks, List<Rows> rows) {
        public Profile {
            rewritten = rewritten == null ? List.of() : List.copyOf(rewritten);
            locks = locks == null ? List.of() : List.copyOf(locks);
            rows = rows == null ? null : List.copyOf(rows);
        }
    }

    /**
     * An ACCESS EXCLUSIVE lock on a table.
     *
     * @param table {@code schema.table}
     * @param millis how long it was seen held (a lower bound within {@value Profiler#POLL_MILLIS} ms)
     */
    public record Lock(String table, long millis) {}

    /**
     * One table's row changes.
     *
     * @param table {@code schema.table}
     * @param inserted rows inserted (committed)
     * @param updated rows updated (committed)
     * @param deleted rows deleted (committed)
     */
    public record Rows(String table, long inserted, long updated, long deleted) {}

    /**
     * One table's row counts.
     *
     * @param table {@code schema.table}
     * @param before the exact count before the migrations; {@code null} when the table did not exist or was too large
     *     to count
     * @param after the exact count after them; {@code null} when the table no longer exists or was too large
     */
    public record TableRows(String table, Long before, Long after) {}
}
