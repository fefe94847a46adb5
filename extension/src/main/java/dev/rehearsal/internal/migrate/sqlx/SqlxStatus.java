package dev.rehearsal.internal.migrate.sqlx;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.MigrationStatuses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * sqlx's history as {@link MigrationStatus} values, in {@code sqlx migrate info}'s words ("installed", "installed
 * (different checksum)", "pending"). Per up migration: a {@code success = false} row → FAILED ("partially applied");
 * a row with another checksum → EDITED; a row installed after a higher version's row → OUT_OF_ORDER (sqlx applies
 * lower versions silently); a row → APPLIED; no row → PENDING (noting when it is below the latest applied version).
 * Rows without a file → UNKNOWN_TO_CODE. The recorded {@code execution_time} (nanoseconds, -1 when never updated)
 * is the duration.
 */
final class SqlxStatus {
    private SqlxStatus() {}

    static List<MigrationStatus> of(List<SqlxSource.Migration> ups, List<SqlxTable.Row> rows) {
        Map<Long, SqlxTable.Row> byVersion = new HashMap<>();
        rows.forEach(r -> byVersion.put(r.version(), r));
        long latest = rows.stream().mapToLong(SqlxTable.Row::version).max().orElse(Long.MIN_VALUE);
        List<MigrationStatus> result = new ArrayList<>();
        for (SqlxSource.Migration migration : ups) {
            SqlxTable.Row row = byVersion.get(migration.version());
            if (row == null) {
                result.add(MigrationStatuses.of(
                        migration.id(),
                        MigrationState.PENDING,
                        migration.description(),
                        migration.version() < latest
                                ? "pending (below the latest applied " + latest + ": sqlx applies it anyway)"
                                : "pending"));
                continue;
            }
            MigrationState state;
            String word;
            if (!row.success()) {
                state = MigrationState.FAILED;
                word = "partially applied (success = false)";
            } else if (!Arrays.equals(row.checksum(), migration.checksum())) {
                state = MigrationState.EDITED;
                word = "installed (different checksum)";
            } else if (rows.stream()
                    .anyMatch(
                            r -> r.version() > row.version() && r.installedOn().isBefore(row.installedOn()))) {
                state = MigrationState.OUT_OF_ORDER;
                word = "installed (after a higher version)";
            } else {
                state = MigrationState.APPLIED;
                word = "installed";
            }
            result.add(status(migration.id(), state, row, migration.description(), word));
        }
        rows.stream()
                .filter(r -> ups.stream().noneMatch(m -> m.version() == r.version()))
                .forEach(r -> result.add(status(
                        Long.toString(r.version()),
                        MigrationState.UNKNOWN_TO_CODE,
                        r,
                        r.description(),
                        "installed, missing in the resolved migrations")));
        return result;
    }

    private static MigrationStatus status(
            String id, MigrationState state, SqlxTable.Row row, String description, String toolState) {
        return new MigrationStatus(
                id,
                state,
                Optional.of(row.installedOn()),
                Optional.of(row.installedOn()),
                Optional.empty(),
                row.duration(),
                description,
                toolState);
    }
}
