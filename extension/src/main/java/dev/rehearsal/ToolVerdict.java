package dev.rehearsal;

import java.util.Objects;

/**
 * What a migration tool itself concludes about one migration of {@link MigrationHistory#status()}: whether it counts
 * the migration as settled (its deploy would neither run it nor refuse to start because of it), and the rule it
 * follows, in words, when the state alone does not say so. {@code assertThat(db).migrations().areAllApplied()} follows
 * this verdict and names the rule in its message.
 *
 * <p>Examples: a {@code DATABASECHANGELOG} row the changelog no longer lists is {@link MigrationState#UNKNOWN_TO_CODE}
 * and settled ("Liquibase ignores history rows that its changelog does not list"); the same for Flyway is unsettled
 * unless {@code ignoreMigrationPatterns} allows {@code *:missing}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param settled whether the tool counts the migration as done
 * @param rule the tool's rule behind the verdict, for messages ({@code ""} when the state says it all)
 */
public record ToolVerdict(boolean settled, String rule) {

    public ToolVerdict {
        Objects.requireNonNull(rule, "rule");
    }

    /** The tool counts the migration as done, by {@code rule}. */
    public static ToolVerdict settled(String rule) {
        return new ToolVerdict(true, rule);
    }

    /** The tool does not count the migration as done (it would run it, or refuse to start), by {@code rule}. */
    public static ToolVerdict unsettled(String rule) {
        return new ToolVerdict(false, rule);
    }

    /**
     * The verdict the state alone gives: settled when {@link MigrationState#isApplied()} (applied, or applied out of
     * order where the tool accepted it late), with no rule to name.
     */
    public static ToolVerdict fromState(MigrationStatus migration) {
        return new ToolVerdict(migration.state().isApplied(), "");
    }
}
