package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.internal.migrate.ConnectionSource;
import dev.rehearsal.internal.migrate.MigrationIds;
import java.time.Clock;
import java.util.List;

/**
 * {@code prisma migrate resolve --applied} ({@code mark_migration_applied.rs}) and {@code --rolled-back} ({@code
 * mark_migration_rolled_back.rs}), with their refusals P3008, P3011, P3012, P3017 and P3019.
 */
final class PrismaResolve {
    private final PrismaMigrationsDirectory directory;
    private final ConnectionSource connections;
    private final Clock clock;

    PrismaResolve(PrismaMigrationsDirectory directory, ConnectionSource connections, Clock clock) {
        this.directory = directory;
        this.connections = connections;
        this.clock = clock;
    }

    /**
     * Provider check, lock, the local migration and its script must exist (P3017), the table is created when
     * missing (no P3005 check: the baselining path), a finished row refuses (P3008), failed rows are marked rolled
     * back, then a row is inserted: started_at = finished_at = now, logs '', applied_steps_count 0.
     */
    void applied(String name) {
        String command = "prisma migrate resolve --applied " + name;
        directory.checkProvider(command);
        try (PrismaSession session = PrismaSession.open(connections, command)) {
            LocalMigration migration = directory
                    .find(name)
                    .orElseThrow(() -> PrismaErrors.refused(
                            "P3017",
                            PrismaErrors.p3017(name),
                            "No directory " + name + " in " + directory.display() + ": "
                                    + MigrationIds.describeAvailable(name, directory.names()) + "."));
            String script = migration
                    .script()
                    .orElseThrow(() -> PrismaErrors.refused(
                            "P3017",
                            PrismaErrors.p3017(name),
                            migration.displayPath() + " cannot be read ("
                                    + migration.readError().orElse("unreadable")
                                    + "): resolve --applied needs the file to record its checksum."));
            PrismaHistoryTable history = session.history();
            List<HistoryRow> relevant;
            if (history.exists()) {
                relevant = history.rows().stream()
                        .filter(row -> row.migrationName().equals(name))
                        .toList();
            } else {
                history.create();
                relevant = List.of();
            }
            if (relevant.stream().anyMatch(row -> row.finishedAt().isPresent())) {
                throw PrismaErrors.refused("P3008", PrismaErrors.p3008(name), null);
            }
            for (HistoryRow row : relevant) {
                if (row.isFailed()) {
                    history.markRolledBack(row.id(), clock.instant());
                }
            }
            history.markApplied(name, PrismaChecksum.of(script), clock.instant());
        }
    }

    /**
     * Lock (no provider check, no local file needed); no row of that name refuses (P3011), only finished rows
     * refuse (P3012); otherwise every row neither finished nor rolled back gets rolled_back_at = now.
     */
    void rolledBack(String name) {
        String command = "prisma migrate resolve --rolled-back " + name;
        try (PrismaSession session = PrismaSession.open(connections, command)) {
            PrismaHistoryTable history = session.history();
            if (!history.exists()) {
                throw PrismaErrors.refused(
                        "none",
                        "Invariant violation: called markMigrationRolledBack on a database without migrations table.",
                        "The database has no _prisma_migrations table, so there is nothing to roll back (Prisma"
                                + " reports this without an error code; Rehearsal uses \"none\").");
            }
            List<HistoryRow> relevant = history.rows().stream()
                    .filter(row -> row.migrationName().equals(name))
                    .toList();
            if (relevant.isEmpty()) {
                List<String> recorded = history.rows().stream()
                        .map(HistoryRow::migrationName)
                        .distinct()
                        .toList();
                throw PrismaErrors.refused(
                        "P3011",
                        PrismaErrors.p3011(name),
                        "_prisma_migrations has no row named " + name + "; among the recorded migrations, "
                                + MigrationIds.describeAvailable(name, recorded) + ".");
            }
            if (relevant.stream().allMatch(row -> row.finishedAt().isPresent())) {
                throw PrismaErrors.refused("P3012", PrismaErrors.p3012(name), null);
            }
            for (HistoryRow row : relevant) {
                if (row.isFailed()) {
                    history.markRolledBack(row.id(), clock.instant());
                }
            }
        }
    }
}
