package dev.rehearsal.internal.migrate.goose;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.MigrationStatuses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Local goose files and {@code goose_db_version} rows as {@link MigrationStatus} values, in the words of {@code goose
 * status} ("Applied At" / "Pending"). Per file, the latest row (highest id) of its version decides: applied → APPLIED,
 * or OUT_OF_ORDER when a higher version was applied before it (lower id: {@code -allow-missing}); a latest row with
 * {@code is_applied = false} (what goose's down wrote before it deleted rows) → IGNORED, because {@code goose up} counts
 * the version as present and never runs it again. No row: PENDING, its tool state saying "missing" when it is below the
 * current version (goose up refuses unless -allow-missing). Rows of versions without a file (version 0 aside) →
 * UNKNOWN_TO_CODE. {@code tstamp} has no time zone; it is read as UTC.
 */
final class GooseStatus {
    private GooseStatus() {}

    static List<MigrationStatus> of(
            List<GooseMigrations.Local> files, List<GooseTable.Row> rows, boolean allowMissing) {
        Map<Long, GooseTable.Row> latest = new LinkedHashMap<>();
        for (GooseTable.Row row : rows) {
            latest.putIfAbsent(row.version(), row);
        }
        long max = rows.stream().mapToLong(GooseTable.Row::version).max().orElse(0);
        List<MigrationStatus> result = new ArrayList<>();
        for (GooseMigrations.Local file : files) {
            GooseTable.Row row = latest.get(file.version());
            String description = description(file.file());
            if (row == null) {
                boolean missing = file.version() < max;
                result.add(status(
                        file.id(),
                        MigrationState.PENDING,
                        Optional.empty(),
                        description,
                        missing
                                ? "Pending (missing: below current version " + max + "; goose up "
                                        + (allowMissing ? "applies it first, -allow-missing" : "refuses") + ")"
                                : "Pending"));
            } else if (!row.applied()) {
                result.add(status(
                        file.id(),
                        MigrationState.IGNORED,
                        row.tstamp(),
                        description,
                        "Pending (is_applied = false; goose up skips it)"));
            } else {
                boolean outOfOrder =
                        rows.stream().anyMatch(r -> r.applied() && r.version() > file.version() && r.id() < row.id());
                result.add(status(
                        file.id(),
                        outOfOrder ? MigrationState.OUT_OF_ORDER : MigrationState.APPLIED,
                        row.tstamp(),
                        description,
                        outOfOrder ? "Applied (after a higher version)" : "Applied"));
            }
        }
        Set<Long> local = files.stream().map(GooseMigrations.Local::version).collect(Collectors.toSet());
        latest.values().stream()
                .filter(r -> r.version() != 0 && !local.contains(r.version()))
                .sorted((a, b) -> Long.compare(a.version(), b.version()))
                .forEach(r -> result.add(status(
                        Long.toString(r.version()),
                        MigrationState.UNKNOWN_TO_CODE,
                        r.tstamp(),
                        "",
                        (r.applied() ? "Applied" : "Pending") + ", no file")));
        return result;
    }

    /** The file name between the first {@code _} and the extension. */
    static String description(String file) {
        int underscore = file.indexOf('_');
        int dot = file.lastIndexOf('.');
        return underscore < 0 || dot <= underscore ? "" : file.substring(underscore + 1, dot);
    }

    private static MigrationStatus status(
            String id, MigrationState state, Optional<Instant> at, String description, String toolState) {
        return MigrationStatuses.at(id, state, at, at, description, toolState);
    }
}
