package dev.rehearsal;

/**
 * golang-migrate's own move on a migration history, beyond {@link MigrationHistory#deploy()} and {@link
 * MigrationHistory#migrateTo(String)}: {@code migrate force}.
 *
 * <pre><code class='java'>
 * db.migrations().as(GolangMigrateMoves.class).force("2");   // clears the dirty flag at version 2
 * </code></pre>
 *
 * <p>Thread-safety: as the history it is reached from.
 */
public interface GolangMigrateMoves {

    /**
     * {@code migrate force}: sets the recorded version without running anything and clears the dirty flag ({@code
     * "-1"}: no version at all).
     */
    void force(String version);
}
