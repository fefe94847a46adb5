package dev.rehearsal.internal.report;

import dev.rehearsal.MigrationHistory;
import dev.rehearsal.internal.migrate.ConnectionSource;
import dev.rehearsal.internal.migrate.MigrationListener;
import java.sql.SQLException;
import java.util.Map;

/**
 * One migration run of a template build, recorded for the report ({@link MigrationRecorder}) and profiled per
 * migration ({@link Profiler}) as asked. Recording and profiling never change how the run ends.
 *
 * <p>Not thread-safe: one per run. Internal, not API.
 */
public final class RecordedRun {
    private static final System.Logger LOG = System.getLogger(RecordedRun.class.getName());

    private final MigrationRecorder recorder;
    private final Profiler profiler;

    private RecordedRun(MigrationRecorder recorder, Profiler profiler) {
        this.recorder = recorder;
        this.profiler = profiler;
    }

    /**
     * Starts recording the run {@code history} is about to make on the database {@code database} opens; {@code admin}
     * opens a connection to another database of the server; {@code rows} watches the connections the tool was given
     * (counting starts here, when profiling). Neither switch: nothing is recorded.
     */
    public static RecordedRun start(
            MigrationHistory history,
            ConnectionSource database,
            ConnectionSource admin,
            CommittedRows rows,
            boolean report,
            boolean profile) {
        if (!report && !profile) {
            return new RecordedRun(null, null);
        }
        Profiler profiler = null;
        if (profile) {
            try {
                profiler = Profiler.start(database, admin, rows);
            } catch (SQLException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Rehearsal profile: this migration run is not profiled", e);
            }
        }
        return new RecordedRun(MigrationRecorder.start(history, database), profiler);
    }

    /** Runs the migrations ({@code migration}) with the profiler listening; their exceptions pass through. */
    public void during(Runnable migration) {
        MigrationListener.during(profiler == null ? MigrationListener.NONE : profiler, migration);
    }

    /** The record, or {@code null} when nothing was recorded; ends the profiler. */
    public MigrationRecord finish() {
        if (recorder == null) {
            return null;
        }
        Map<String, MigrationRecord.Profile> profiles = Map.of();
        if (profiler != null) {
            try {
                profiles = profiler.finish();
            } finally {
                profiler.close();
            }
        }
        return recorder.finish(profiles);
    }
}
