package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.internal.migrate.ConnectionSource;
import dev.rehearsal.internal.migrate.EachMigration;
import dev.rehearsal.internal.migrate.MigrationFailure;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code prisma migrate deploy} ({@code apply_migrations.rs}): provider check, advisory lock, initialize (P3005 or
 * create the table), P3009 gate, then each pending migration in local order: INSERT the row, run the script,
 * UPDATE applied_steps_count and finished_at, or UPDATE logs and stop with P3018. Checksums are not compared.
 */
final class PrismaDeploy {
    static final String COMMAND = "prisma migrate deploy";
    private static final Set<String> POSTGIS_TABLES =
            Set.of("spatial_ref_sys", "geometry_columns", "geography_columns", "raster_columns", "raster_overviews");

    private final PrismaMigrationsDirectory directory;
    private final ConnectionSource connections;
    private final FixtureInfo fixture;
    private final Clock clock;
    private final PrismaScriptMode mode;
    private final EachMigration each;

    PrismaDeploy(
            PrismaMigrationsDirectory directory,
            ConnectionSource connections,
            FixtureInfo fixture,
            Clock clock,
            PrismaScriptMode mode,
            EachMigration each) {
        this.directory = directory;
        this.connections = connections;
        this.fixture = fixture;
        this.clock = clock;
        this.mode = mode;
        this.each = each;
    }

    /**
     * Applies the pending migrations; with a target, only those up to it in local order (what deploy would do
     * with a migrations directory that ends at the target).
     */
    void run(Optional<String> target) {
        directory.checkProvider(COMMAND);
        try (PrismaSession session = PrismaSession.open(connections, COMMAND)) {
            PrismaHistoryTable history = session.history();
            initialize(history);
            List<HistoryRow> rows = history.rows();
            refuseFailed(rows);
            List<LocalMigration> pending = pending(rows, target);
            PrismaScriptRunner runner = new PrismaScriptRunner(session.connection(), mode);
            for (int index = 0; index < pending.size(); index++) {
                apply(history, runner, pending, index);
            }
        }
    }

    private void initialize(PrismaHistoryTable history) {
        List<String> tables = history.ordinaryTables();
        if (tables.contains(PrismaHistoryTable.NAME)) {
            return;
        }
        List<String> counted = tables.stream()
                .filter(name -> !POSTGIS_TABLES.contains(name.toLowerCase(Locale.ROOT)))
                .toList();
        if (!counted.isEmpty()) {
            String first = directory.names().isEmpty()
                    ? "<first migration>"
                    : directory.names().get(0);
            throw PrismaErrors.refused(
                    "P3005",
                    PrismaErrors.p3005(),
                    "Schema \"public\" of the restored database"
                            + describeFixture() + " has " + counted.size() + " table(s) (" + preview(counted)
                            + ") but no"
                            + " _prisma_migrations table: a real `" + COMMAND + "` would refuse it the same way. If"
                            + " production was baselined, rehearse the baseline first: call"
                            + " RestoredDatabase.migrations().resolveApplied(id) for each migration the backup already"
                            + " contains (the first local one is " + first + "), then deploy().");
        }
        history.create();
    }

    private void refuseFailed(List<HistoryRow> rows) {
        List<HistoryRow> failed = rows.stream().filter(HistoryRow::isFailed).toList();
        if (failed.isEmpty()) {
            return;
        }
        StringBuilder details = new StringBuilder();
        for (HistoryRow row : failed) {
            details.append("The `")
                    .append(row.migrationName())
                    .append("` migration started at ")
                    .append(ChronoFormat.utc(row.startedAt()))
                    .append(" failed\n");
        }
        List<String> names =
                failed.stream().map(HistoryRow::migrationName).distinct().toList();
        List<String> unknown =
                names.stream().filter(n -> directory.find(n).isEmpty()).toList();
        String name = names.get(0);
        String explanation = "The history restored from" + describeFixture() + " records "
                + (names.size() == 1 ? "a failed migration" : names.size() + " failed migrations") + " ("
                + String.join(", ", names) + "): a real `" + COMMAND + "` would stop here too, before applying"
                + " anything. Rehearse the recovery: undo what the failed attempt left behind, then"
                + " RestoredDatabase.migrations().resolveRolledBack(\"" + name + "\") so that deploy runs it"
                + " again, or resolveApplied(\"" + name + "\") if it was completed by hand.";
        if (!unknown.isEmpty()) {
            explanation += " Not in the code any more (only resolveRolledBack works for them, resolveApplied would"
                    + " fail with P3017): " + String.join(", ", unknown) + ".";
        }
        throw PrismaErrors.refused("P3009", PrismaErrors.p3009(details.toString()), explanation);
    }

    private List<LocalMigration> pending(List<HistoryRow> rows, Optional<String> target) {
        Set<String> applied = rows.stream()
                .filter(HistoryRow::isNotRolledBack)
                .map(HistoryRow::migrationName)
                .collect(Collectors.toSet());
        List<LocalMigration> local = directory.migrations();
        int end = target.map(id -> directory.names().indexOf(id) + 1).orElse(local.size());
        return local.subList(0, end).stream()
                .filter(migration -> !applied.contains(migration.name()))
                .toList();
    }

    private void apply(PrismaHistoryTable history, PrismaScriptRunner runner, List<LocalMigration> pending, int index) {
        LocalMigration migration = pending.get(index);
        if (migration.script().isEmpty()) {
            throw PrismaErrors.refused(
                    "P3015",
                    PrismaErrors.p3015(migration.displayPath()),
                    "The migration directory " + migration.name() + " has no readable migration.sql ("
                            + migration.readError().orElse("unreadable") + ", " + migration.scriptPath() + "). A real `"
                            + COMMAND + "` would stop here, after applying the " + index
                            + " pending migration(s) before it. Restore the file or delete the directory.");
        }
        String script = migration.script().get();
        String id = history.recordStarted(migration.name(), PrismaChecksum.of(script), clock.instant());
        Optional<PrismaScriptRunner.Failure> failure;
        try {
            failure = each.apply(migration.name(), () -> runner.run(script));
        } catch (SQLException e) {
            throw new RehearsalSqlException("BEGIN", "the transaction around " + migration.displayPath(), e);
        }
        if (failure.isEmpty()) {
            history.recordSuccessfulStep(id);
            history.recordFinished(id, clock.instant());
            return;
        }
        PrismaScriptRunner.Failure f = failure.get();
        String logs = PrismaErrors.p3018(
                        migration.name(),
                        f.databaseError().code(),
                        f.databaseError().text()) + "\n" + PrismaDatabaseError.spanTrace(migration.name());
        history.recordFailedStep(id, logs);
        throw MigrationFailure.of(MigrationTool.PRISMA, migration.name())
                .code("P3018")
                .position(index, pending.size())
                .file(migration.displayPath())
                .serverError(f.error())
                .fixture(fixture)
                .history("The history now records this migration as failed: a real `" + COMMAND + "` would stop"
                        + " with P3009 until it is resolved (see RestoredDatabase.migrations().resolveRolledBack).")
                .recordedAsFailed()
                .build();
    }

    private String describeFixture() {
        return fixture == null ? "" : " " + fixture.describe();
    }

    private static String preview(List<String> names) {
        int shown = Math.min(5, names.size());
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? list + ", …" : list;
    }
}
