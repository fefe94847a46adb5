package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.MigrationStatuses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code status()} for Play Evolutions: the code's evolutions and the {@code play_evolutions} rows by revision.
 *
 * <ul>
 *   <li>a row in {@code applying_up} / {@code applying_down}: {@link MigrationState#FAILED} (Play refuses to run
 *       until it is resolved), with {@code last_problem} as logs;
 *   <li>any other row: {@link MigrationState#APPLIED} when the SHA-1 of its {@code revert_script} + {@code
 *       apply_script} equals the code's, else {@link MigrationState#EDITED} (Play would revert and re-apply it);
 *       {@link MigrationState#UNKNOWN_TO_CODE} when the code has no such revision (Play would revert it);
 *   <li>a code evolution without a row: {@link MigrationState#PENDING}.
 * </ul>
 *
 * The tool state is the row's {@code state}, or {@code "pending"}; the description is the comment line at the top
 * of the file.
 */
final class PlayStatus {
    private PlayStatus() {}

    static List<MigrationStatus> of(List<Evolution> code, List<EvolutionsTable.Row> rows) {
        Map<Integer, Evolution> local = new TreeMap<>();
        code.forEach(e -> local.put(e.revision(), e));
        Map<Integer, EvolutionsTable.Row> recorded = new TreeMap<>();
        rows.forEach(r -> recorded.put(r.id(), r));
        TreeSet<Integer> revisions = new TreeSet<>(local.keySet());
        revisions.addAll(recorded.keySet());
        List<MigrationStatus> result = new ArrayList<>();
        for (int revision : revisions) {
            Evolution evolution = local.get(revision);
            EvolutionsTable.Row row = recorded.get(revision);
            String description = evolution == null ? "" : evolution.script().description();
            if (row == null) {
                result.add(MigrationStatuses.of(
                        Integer.toString(revision), MigrationState.PENDING, description, "pending"));
                continue;
            }
            result.add(new MigrationStatus(
                    Integer.toString(revision),
                    state(evolution, row),
                    Optional.ofNullable(row.appliedAt()),
                    Optional.empty(),
                    Optional.ofNullable(row.lastProblem()).filter(p -> !p.isEmpty()),
                    Optional.empty(),
                    description,
                    row.state() == null ? "" : row.state()));
        }
        return result;
    }

    private static MigrationState state(Evolution evolution, EvolutionsTable.Row row) {
        if (row.applying()) {
            return MigrationState.FAILED;
        }
        if (evolution == null) {
            return MigrationState.UNKNOWN_TO_CODE;
        }
        return row.evolution().hash().equals(evolution.hash()) ? MigrationState.APPLIED : MigrationState.EDITED;
    }
}
