package dev.rehearsal.internal.migrate.prisma;

import java.time.Instant;
import java.util.Optional;

/** One row of {@code _prisma_migrations}. */
record HistoryRow(
        String id,
        String checksum,
        Optional<Instant> finishedAt,
        String migrationName,
        Optional<String> logs,
        Optional<Instant> rolledBackAt,
        Instant startedAt,
        int appliedStepsCount) {

    /** Started, neither finished nor rolled back: what makes deploy stop with P3009. */
    boolean isFailed() {
        return finishedAt.isEmpty() && rolledBackAt.isEmpty();
    }

    /** Counts as applied for deploy's pending rule (any row not rolled back). */
    boolean isNotRolledBack() {
        return rolledBackAt.isEmpty();
    }
}
