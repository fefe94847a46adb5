package dev.rehearsal.internal.report;

import java.util.List;

/**
 * A report as written to {@code report.json} and rendered into {@code report.html}: per fixture, its restore and its
 * migration runs (one test JVM's, or the runs of several JVMs of one build merged by {@link ReportRuns}).
 *
 * <p>Thread-safe (immutable). Internal, not API: the JSON's field names are documented in the README.
 *
 * @param generatedAt when the report was written (ISO-8601)
 * @param server the server the rehearsal ran on, e.g. {@code PostgreSQL 17.7 (embedded)} (several JVMs on different
 *     servers: each named once, separated by {@code ", "})
 * @param runs how many runs the report holds (one per test JVM, or per Rehearsal run within one JVM)
 * @param fixtures per fixture, in the order they were first used
 */
public record Report(String generatedAt, String server, int runs, List<FixtureReport> fixtures) {

    public Report {
        fixtures = List.copyOf(fixtures);
    }

    /** How many restores and migration runs ended in a failure. */
    public long failures() {
        return fixtures.stream()
                        .filter(f -> f.restore() != null && f.restore().failure() != null)
                        .count()
                + fixtures.stream()
                        .flatMap(f -> f.migrations().stream())
                        .filter(m -> m.failure() != null)
                        .count();
    }

    /**
     * One fixture.
     *
     * @param location the fixture as {@code @RestoredFrom} names it
     * @param sha256 SHA-256 of its bytes
     * @param format the detected format
     * @param dumpedBy the pg_dump version its header names; {@code null} when it names none
     * @param freshInstall whether this is not a backup but the empty database Rehearsal migrates for {@code
     *     schema().matchesFreshInstall()} (the schema a fresh install gets)
     * @param restore its restore; {@code null} when this run did not need it
     * @param migrations the migration runs on its restored template, in the order they ran
     */
    public record FixtureReport(
            String location,
            String sha256,
            String format,
            String dumpedBy,
            boolean freshInstall,
            Restore restore,
            List<Migrations> migrations) {

        public FixtureReport {
            migrations = List.copyOf(migrations);
        }
    }

    /**
     * A restore.
     *
     * @param millis how long it took (when {@code cached}: how long it took when the template was built)
     * @param cached whether this run found the template in the persistent cache instead of restoring
     * @param failure the {@link dev.rehearsal.FixtureRestoreException}'s message when it failed; {@code null} otherwise
     */
    public record Restore(long millis, boolean cached, String failure) {}

    /**
     * One migration run: a fixture's restored template migrated with one migrations location, tool and target.
     *
     * @param location the migrations location as written
     * @param tool the tool that ran
     * @param target the {@code @MigratesTo} target
     * @param millis how long the whole run took (when {@code cached}: when the template was built)
     * @param cached whether this run found the migrated template in the persistent cache
     * @param failure the {@link dev.rehearsal.MigrationFailedException}'s or {@link
     *     dev.rehearsal.MigrationRefusedException}'s message when it failed; {@code null} otherwise
     * @param appliedBefore how many migrations the backup had applied already
     * @param steps the migrations pending before the run, with their state after it
     * @param tables row counts before and after, per table
     */
    public record Migrations(
            String location,
            String tool,
            String target,
            long millis,
            boolean cached,
            String failure,
            int appliedBefore,
            List<MigrationRecord.Step> steps,
            List<MigrationRecord.TableRows> tables) {

        public Migrations {
            steps = List.copyOf(steps);
            tables = List.copyOf(tables);
        }
    }
}
