package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.ToolVerdict;

/**
 * Flyway's own verdict on a migration that is neither applied nor pending: {@code migrate} validates first (the
 * configured {@code ignoreMigrationPatterns}, default {@code *:future}, plus {@code *:pending}), so a history row the
 * code does not have, or a migration below the applied version, stops the deploy exactly when that validation reports
 * it. {@link FlywayStatus} keeps each finding in {@code logs}: no finding means Flyway accepts the migration as it is.
 *
 * <p>Rules from Flyway's {@code MigrationInfoImpl.validate()} (shared/specs/migration-tools.md §2.5). Internal, not
 * API.
 */
final class FlywayVerdicts {
    private FlywayVerdicts() {}

    static ToolVerdict of(MigrationStatus migration) {
        if (migration.state() != MigrationState.UNKNOWN_TO_CODE && migration.state() != MigrationState.IGNORED) {
            return ToolVerdict.fromState(migration);
        }
        String word = migration.toolState();
        boolean rejected = migration.logs().filter(l -> !l.isBlank()).isPresent();
        if (word.startsWith("Below Baseline") || word.equals("Ignored (Baseline)")) {
            return ToolVerdict.settled(
                    "Flyway never runs a migration at or below the baseline (flyway info: \"" + word + "\")");
        }
        if (word.contains("Future")) {
            return rejected
                    ? ToolVerdict.unsettled("Flyway's validate rejects history rows newer than the code's latest"
                            + " migration unless ignoreMigrationPatterns allows *:future (its default)")
                    : ToolVerdict.settled("Flyway ignores history rows newer than the code's latest migration"
                            + " (ignoreMigrationPatterns allows *:future, its default)");
        }
        if (word.contains("Missing")) {
            return rejected
                    ? ToolVerdict.unsettled("Flyway's validate rejects history rows that the code no longer has"
                            + " (APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED) unless ignoreMigrationPatterns allows"
                            + " *:missing; `flyway repair` marks them deleted")
                    : ToolVerdict.settled("Flyway's validate accepts history rows that the code no longer has:"
                            + " ignoreMigrationPatterns allows *:missing");
        }
        if (migration.state() == MigrationState.IGNORED) {
            return rejected
                    ? ToolVerdict.unsettled("Flyway's validate rejects a migration below the applied version that"
                            + " was never applied (RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED) unless outOfOrder=true"
                            + " runs it or ignoreMigrationPatterns allows *:ignored")
                    : ToolVerdict.settled("Flyway's validate accepts a migration below the applied version unapplied:"
                            + " ignoreMigrationPatterns allows *:ignored (Flyway never runs it)");
        }
        return rejected
                ? ToolVerdict.unsettled("Flyway's validate rejects it (flyway info: \"" + word + "\")")
                : ToolVerdict.settled("Flyway's validate accepts it (flyway info: \"" + word + "\")");
    }
}
