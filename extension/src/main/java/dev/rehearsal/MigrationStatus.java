package dev.rehearsal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One migration in {@link MigrationHistory#status()}.
 *
 * @param id the migration id in the tool's vocabulary (Prisma: the folder name)
 * @param state what the tool would consider it
 * @param startedAt when the latest attempt started, if recorded
 * @param finishedAt when the latest attempt finished, if recorded
 * @param logs what the tool recorded about a failure, if anything
 */
public record MigrationStatus(
        String id,
        MigrationState state,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        Optional<String> logs) {

    /** How long the latest attempt took, when both ends are recorded. */
    public Optional<Duration> duration() {
        return startedAt.flatMap(start -> finishedAt.map(end -> Duration.between(start, end)));
    }
}
