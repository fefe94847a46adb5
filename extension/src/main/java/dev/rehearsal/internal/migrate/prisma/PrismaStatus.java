package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps the local migrations and the {@code _prisma_migrations} rows onto {@link MigrationStatus} values, following
 * {@code prisma migrate status}'s diagnostics ({@code diagnose_migration_history.rs}) and deploy's pending rule.
 *
 * <p>Per local migration, from its rows: a row neither finished nor rolled back → FAILED (deploy stops with
 * P3009); else a finished row not rolled back → APPLIED, or EDITED when its checksum matches the file under none of
 * Prisma's rules (as is, CRLF→LF, LF→CRLF; legacy unpadded hex) or the file is unreadable; else rows that are all
 * rolled back → ROLLED_BACK (the next deploy runs it again); no row → PENDING. Rows whose name has no local
 * directory → UNKNOWN_TO_CODE. Order: local migrations in order, then unknown names by first {@code started_at}.
 *
 * <p>Unlike Prisma's status, which compares the checksum of the <em>first</em> row of a name (prisma/prisma#16927),
 * EDITED compares the row that makes the migration applied, so a failed-then-fixed migration is not reported as
 * edited.
 */
final class PrismaStatus {
    private PrismaStatus() {}

    static List<MigrationStatus> of(List<LocalMigration> local, List<HistoryRow> rows) {
        Map<String, List<HistoryRow>> byName = rows.stream()
                .collect(Collectors.groupingBy(HistoryRow::migrationName, LinkedHashMap::new, Collectors.toList()));
        List<MigrationStatus> result = new ArrayList<>();
        for (LocalMigration migration : local) {
            result.add(ofLocal(migration, byName.getOrDefault(migration.name(), List.of())));
        }
        Set<String> localNames = local.stream().map(LocalMigration::name).collect(Collectors.toSet());
        byName.entrySet().stream()
                .filter(entry -> !localNames.contains(entry.getKey()))
                .sorted(Comparator.comparing(entry -> entry.getValue().get(0).startedAt()))
                .forEach(entry ->
                        result.add(status(entry.getKey(), MigrationState.UNKNOWN_TO_CODE, latest(entry.getValue()))));
        return result;
    }

    private static MigrationStatus ofLocal(LocalMigration migration, List<HistoryRow> rows) {
        if (rows.isEmpty()) {
            return new MigrationStatus(
                    migration.name(), MigrationState.PENDING, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<HistoryRow> failed = rows.stream().filter(HistoryRow::isFailed).reduce((a, b) -> b);
        if (failed.isPresent()) {
            return status(migration.name(), MigrationState.FAILED, failed.get());
        }
        Optional<HistoryRow> applied = rows.stream()
                .filter(row -> row.isNotRolledBack() && row.finishedAt().isPresent())
                .reduce((a, b) -> b);
        if (applied.isPresent()) {
            boolean unchanged = migration
                    .script()
                    .map(script -> PrismaChecksum.matches(script, applied.get().checksum()))
                    .orElse(false);
            return status(migration.name(), unchanged ? MigrationState.APPLIED : MigrationState.EDITED, applied.get());
        }
        return status(migration.name(), MigrationState.ROLLED_BACK, latest(rows));
    }

    private static HistoryRow latest(List<HistoryRow> rows) {
        return rows.get(rows.size() - 1);
    }

    private static MigrationStatus status(String name, MigrationState state, HistoryRow row) {
        return new MigrationStatus(
                name,
                state,
                Optional.of(row.startedAt()),
                row.finishedAt(),
                row.logs().filter(s -> !s.isEmpty()));
    }
}
