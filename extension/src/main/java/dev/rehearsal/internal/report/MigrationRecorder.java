package dev.rehearsal.internal.report;

import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records one migration run of a template build for the report: which migrations were pending before it (from the
 * tool's own history), their state after it, and the tables' row counts on both sides. Reading the history or
 * counting must never change how the migration run ends: a failure here leaves that part of the record empty and is
 * logged.
 *
 * <p>Not thread-safe: one per run. Internal, not API.
 */
public final class MigrationRecorder {
    private static final System.Logger LOG = System.getLogger(MigrationRecorder.class.getName());

    private final MigrationHistory history;
    private final ConnectionSource database;
    private final Set<String> pending;
    private final int appliedBefore;
    private final Map<String, Long> rowsBefore;

    private MigrationRecorder(
            MigrationHistory history,
            ConnectionSource database,
            Set<String> pending,
            int appliedBefore,
            Map<String, Long> rowsBefore) {
        this.history = history;
        this.database = database;
        this.pending = pending;
        this.appliedBefore = appliedBefore;
        this.rowsBefore = rowsBefore;
    }

    /** Reads the history and counts rows of the database {@code history} is about to migrate. */
    public static MigrationRecorder start(MigrationHistory history, ConnectionSource database) {
        Set<String> pending = new LinkedHashSet<>();
        int applied = 0;
        try {
            for (MigrationStatus status : history.status()) {
                if (status.state() == MigrationState.APPLIED) {
                    applied++;
                } else if (status.state() == MigrationState.PENDING
                        || status.state() == MigrationState.FAILED
                        || status.state() == MigrationState.ROLLED_BACK) {
                    pending.add(status.id());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Rehearsal report: the history before the migrations is unknown", e);
        }
        return new MigrationRecorder(history, database, pending, applied, counts(database));
    }

    /**
     * The record, once the migrations ran (or failed), with {@code profiles} by migration id (a profiled migration's
     * duration is the measured one, else the one the tool recorded).
     */
    public MigrationRecord finish(Map<String, MigrationRecord.Profile> profiles) {
        List<MigrationRecord.Step> steps = new ArrayList<>();
        try {
            for (MigrationStatus status : history.status()) {
                if (pending.contains(status.id())) {
                    MigrationRecord.Profile profile = profiles.get(status.id());
                    Long recorded = status.state() == MigrationState.PENDING
                            ? null
                            : status.duration().map(d -> d.toMillis()).orElse(null);
                    steps.add(new MigrationRecord.Step(
                            status.id(),
                            status.state().name(),
                            profile != null ? Long.valueOf(profile.millis()) : recorded,
                            profile));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Rehearsal report: the history after the migrations is unknown", e);
        }
        return new MigrationRecord(appliedBefore, steps, RowCounts.compare(rowsBefore, counts(database)));
    }

    private static Map<String, Long> counts(ConnectionSource database) {
        try (Connection connection = database.open()) {
            return RowCounts.count(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Rehearsal report: rows not counted", e);
            return Map.of();
        }
    }
}
