package dev.rehearsal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration in {@link MigrationHistory#status()}.
 *
 * @param id the migration id in the tool's vocabulary (Prisma: the folder name; Flyway, golang-migrate, …: the
 *     version)
 * @param state what the tool would consider it, in Rehearsal's common vocabulary
 * @param startedAt when the latest attempt started (or was recorded), if known
 * @param finishedAt when the latest attempt finished, if recorded
 * @param logs what the tool recorded about a failure, if anything
 * @param recordedDuration the execution time the tool recorded, if it records one (Flyway, sqlx)
 * @param description the migration's name or description ({@code ""} when it has none)
 * @param toolState the tool's own word for the state, e.g. {@code "Success"}, {@code "Out of Order"},
 *     {@code "dirty"} ({@code ""} when the tool has none)
 * @param profile what the migration did to the restored backup when Rehearsal applied it (see {@link
 *     MigrationProfile}); empty for migrations the backup already had, pending ones, ones applied by a test's own
 *     moves, the {@code COMMAND} tool, and when profiling is off ({@value ConfigurationKeys#PROFILE_ENABLED})
 */
public record MigrationStatus(
        String id,
        MigrationState state,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        Optional<String> logs,
        Optional<Duration> recordedDuration,
        String description,
        String toolState,
        Optional<MigrationProfile> profile) {

    public MigrationStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(recordedDuration, "recordedDuration");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(toolState, "toolState");
        Objects.requireNonNull(profile, "profile");
    }

    /** A status without a profile. */
    public MigrationStatus(
            String id,
            MigrationState state,
            Optional<Instant> startedAt,
            Optional<Instant> finishedAt,
            Optional<String> logs,
            Optional<Duration> recordedDuration,
            String description,
            String toolState) {
        this(id, state, startedAt, finishedAt, logs, recordedDuration, description, toolState, Optional.empty());
    }

    /** This status with {@code profile}. */
    public MigrationStatus withProfile(MigrationProfile profile) {
        return new MigrationStatus(
                id, state, startedAt, finishedAt, logs, recordedDuration, description, toolState, Optional.of(profile));
    }

    /** A status without recorded duration, description or tool-specific state word. */
    public MigrationStatus(
            String id,
            MigrationState state,
            Optional<Instant> startedAt,
            Optional<Instant> finishedAt,
            Optional<String> logs) {
        this(id, state, startedAt, finishedAt, logs, Optional.empty(), "", "");
    }

    /**
     * How long the latest attempt took: the profiled duration, else the recorded duration, else the time between both
     * recorded ends.
     */
    public Optional<Duration> duration() {
        if (profile.isPresent()) {
            return Optional.of(profile.get().duration());
        }
        if (recordedDuration.isPresent()) {
            return recordedDuration;
        }
        return startedAt.flatMap(start -> finishedAt.map(end -> Duration.between(start, end)));
    }
}
