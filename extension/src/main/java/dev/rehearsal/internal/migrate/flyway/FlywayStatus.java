package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;

/**
 * Flyway's {@code info} and {@code validate} in Rehearsal's common vocabulary, one {@link MigrationStatus} per
 * migration in Flyway's order. Flyway's own state word ({@code "Success"}, {@code "Out of Order"}, {@code "Below
 * Baseline"}…) stays in {@code toolState}; {@code installed_on} is {@code startedAt} (Flyway writes it when the
 * migration is recorded, with the database's {@code now()}) and {@code execution_time} the recorded duration. Each
 * validation finding ({@code validate} run the way {@code migrate} runs it: the configured ignore patterns plus
 * {@code *:pending}) is in {@code logs}, with Flyway's error code.
 *
 * <pre>
 * Success, Baseline                 → APPLIED        (EDITED when validate finds a checksum, description or type mismatch)
 * Failed                            → FAILED
 * Pending, Above Target, Available  → PENDING
 * Outdated (changed repeatable)     → PENDING        (one entry; its older applied rows, Superseded, are left out)
 * Out of Order                      → OUT_OF_ORDER
 * Ignored, Below Baseline, Ignored (Baseline) → IGNORED
 * Missing, Failed (Missing), Future, Failed (Future) → UNKNOWN_TO_CODE
 * Undone                            → ROLLED_BACK
 * Deleted (marked by repair)        → left out: Flyway no longer considers them (and so are repair's DELETE rows,
 *                                     which Flyway 8 lists too)
 * </pre>
 *
 * <p>Internal, not API.
 */
final class FlywayStatus {
    private static final Set<String> EDITS = Set.of("CHECKSUM_MISMATCH", "DESCRIPTION_MISMATCH", "TYPE_MISMATCH");

    private FlywayStatus() {}

    static List<MigrationStatus> of(MigrationInfo[] all, List<ValidateOutput> findings) {
        Map<String, List<String>> findingsById = new LinkedHashMap<>();
        for (ValidateOutput finding : findings) {
            String id = finding.version == null || finding.version.isEmpty() ? finding.description : finding.version;
            findingsById
                    .computeIfAbsent(id, k -> new ArrayList<>())
                    .add(finding.errorDetails.errorCode + ": " + finding.errorDetails.errorMessage.strip());
        }
        Set<String> outdated = new java.util.HashSet<>();
        Set<String> baselines = new java.util.HashSet<>();
        for (MigrationInfo info : all) {
            switch (info.getState()) {
                case OUTDATED -> outdated.add(FlywayIds.of(info));
                case BASELINE -> baselines.add(FlywayIds.of(info));
                default -> {
                    // counted below
                }
            }
        }
        List<MigrationStatus> statuses = new ArrayList<>();
        for (MigrationInfo info : all) {
            String id = FlywayIds.of(info);
            // Flyway 8's info also lists repair's DELETE rows themselves, as "Success"; later versions do not.
            boolean skip = "DELETE".equals(FlywayIds.type(info))
                    || switch (info.getState()) {
                        case SUPERSEDED, DELETED -> true;
                        case PENDING -> !FlywayIds.isVersioned(info) && outdated.contains(id);
                        case BASELINE_IGNORED -> baselines.contains(id);
                        default -> false;
                    };
            if (skip) {
                continue;
            }
            List<String> found = findingsById.getOrDefault(id, List.of());
            MigrationState state = state(info, found);
            statuses.add(new MigrationStatus(
                    id,
                    state,
                    Optional.ofNullable(info.getInstalledOn()).map(java.util.Date::toInstant),
                    Optional.empty(),
                    found.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", found)),
                    Optional.ofNullable(info.getExecutionTime()).map(Duration::ofMillis),
                    info.getDescription() == null ? "" : info.getDescription(),
                    info.getState().getDisplayName()));
        }
        return List.copyOf(statuses);
    }

    private static MigrationState state(MigrationInfo info, List<String> findings) {
        return switch (info.getState()) {
            case SUCCESS, BASELINE, OUT_OF_ORDER -> {
                if (findings.stream().anyMatch(f -> EDITS.contains(f.substring(0, f.indexOf(':'))))) {
                    yield MigrationState.EDITED;
                }
                yield info.getState() == org.flywaydb.core.api.MigrationState.OUT_OF_ORDER
                        ? MigrationState.OUT_OF_ORDER
                        : MigrationState.APPLIED;
            }
            case FAILED -> MigrationState.FAILED;
            case PENDING, ABOVE_TARGET, AVAILABLE, OUTDATED -> MigrationState.PENDING;
            case IGNORED, BELOW_BASELINE, BASELINE_IGNORED -> MigrationState.IGNORED;
            case MISSING_SUCCESS, MISSING_FAILED, FUTURE_SUCCESS, FUTURE_FAILED -> MigrationState.UNKNOWN_TO_CODE;
            case UNDONE -> MigrationState.ROLLED_BACK;
            case SUPERSEDED, DELETED -> throw new IllegalStateException("left out above: " + info.getState());
            // A state this Flyway version has and Rehearsal does not know (the states differ between Flyway 8 and 13):
            // Flyway's own word stays in toolState.
            default -> info.getState().isFailed() ? MigrationState.FAILED : MigrationState.UNKNOWN_TO_CODE;
        };
    }
}
