package dev.rehearsal;

/**
 * Flyway's own moves on a migration history, beyond {@link MigrationHistory#deploy()} and {@link
 * MigrationHistory#migrateTo(String)}: {@code flyway repair} and {@code flyway baseline}.
 *
 * <pre><code class='java'>
 * db.migrations().as(FlywayMoves.class).repair();   // removes the failed row, realigns checksums
 * </code></pre>
 *
 * <p>Thread-safety: as the history it is reached from.
 */
public interface FlywayMoves {

    /**
     * Flyway's {@code repair}: removes failed entries from the history and realigns checksums, descriptions and types
     * with the code.
     *
     * @throws MigrationRefusedException with Flyway's error code when Flyway would refuse
     */
    void repair();

    /**
     * Flyway's {@code baseline}: records {@code version} as the baseline of a database that predates the tool.
     *
     * @throws MigrationRefusedException with Flyway's error code when Flyway would refuse
     */
    void baseline(String version);
}
