package dev.rehearsal;

import java.util.List;
import java.util.Optional;

/**
 * The migration history of a {@link RestoredDatabase} as its tool sees it, and the operator's moves on it.
 *
 * <p>The moves behave like the real tool's commands (for Prisma: {@code prisma migrate deploy} and {@code
 * prisma migrate resolve}), including their refusals, which are thrown as {@link MigrationRefusedException}
 * with the tool's error code.
 */
public interface MigrationHistory {

    /** The tool this history belongs to. */
    MigrationTool tool();

    /** Every migration known to the code or to the database, in the tool's order. */
    List<MigrationStatus> status();

    /** The status of one migration. */
    MigrationStatus status(String id);

    /**
     * The failure of the migration run that prepared this database (by {@link MigratesTo}) or of the last
     * {@link #deploy()} / {@link #migrateTo(String)} on this object, if it failed.
     */
    Optional<MigrationFailedException> lastFailure();

    /**
     * The failure of the last migration run when it failed at migration {@code id} (the id as {@link #status()}
     * reports it), whether or not the tool left a history row for it: a Liquibase changeset or a transactional
     * Flyway migration that fails on PostgreSQL rolls back together with its row, so its state stays what the tool
     * says ({@link MigrationState#PENDING}) while the failure, with its statement, SQLSTATE and DETAIL, is here.
     */
    default Optional<MigrationFailedException> lastFailureAt(String id) {
        return lastFailure().filter(f -> f.migrationId().equals(id));
    }

    /**
     * What the tool itself concludes about {@code migration}, one of {@link #status()}: whether it counts it as done
     * and by which of its rules. By default what {@link MigrationState#isApplied()} is settled; a tool whose own rule
     * differs says so (Liquibase ignores history rows its changelog does not list, Flyway's validate ignores what
     * {@code ignoreMigrationPatterns} allows, dbmate ignores versions without a file).
     */
    default ToolVerdict verdict(MigrationStatus migration) {
        return ToolVerdict.fromState(migration);
    }

    /**
     * Applies every pending migration, as the tool's deploy command would.
     *
     * @throws MigrationFailedException when a migration fails (the history then records it as the tool would)
     * @throws MigrationRefusedException when the tool would refuse to start (e.g. Prisma P3005, P3009)
     */
    void deploy();

    /** Applies pending migrations up to and including {@code id}; see {@link #deploy()}. */
    void migrateTo(String id);

    /**
     * Records a migration as applied without running it ({@code prisma migrate resolve --applied}).
     *
     * @throws MigrationRefusedException with the tool's error code when the tool would refuse
     */
    void resolveApplied(String id);

    /**
     * Marks a failed migration as rolled back so the next deploy runs it again ({@code prisma migrate resolve
     * --rolled-back}).
     *
     * @throws MigrationRefusedException with the tool's error code when the tool would refuse
     */
    void resolveRolledBack(String id);

    /**
     * This history's tool-specific moves, e.g. {@code as(FlywayMoves.class).repair()} or {@code
     * as(GolangMigrateMoves.class).force("2")}: a tool's own moves live with the tool ({@link FlywayMoves}, {@link
     * GolangMigrateMoves}), not on this interface.
     *
     * @throws UnsupportedOperationException when the tool has no such moves (the message names the moves it has)
     */
    default <T> T as(Class<T> moves) {
        if (moves.isInstance(this)) {
            return moves.cast(this);
        }
        throw new UnsupportedOperationException(tool().displayName() + " has no " + moves.getSimpleName()
                + ". Its moves: " + String.join(", ", moves()) + ".");
    }

    /**
     * Flyway's {@code repair}.
     *
     * @deprecated a Flyway move: use {@code as(FlywayMoves.class).repair()}.
     * @throws UnsupportedOperationException when the tool has no such move (the message names the moves it has)
     */
    @Deprecated(since = "0.1.0")
    default void repair() {
        throw unsupported("repair()");
    }

    /**
     * Flyway's {@code baseline}.
     *
     * @deprecated a Flyway move: use {@code as(FlywayMoves.class).baseline(version)}.
     * @throws UnsupportedOperationException when the tool has no such move (the message names the moves it has)
     */
    @Deprecated(since = "0.1.0")
    default void baseline(String version) {
        throw unsupported("baseline(\"" + version + "\")");
    }

    /**
     * golang-migrate's {@code force}.
     *
     * @deprecated a golang-migrate move: use {@code as(GolangMigrateMoves.class).force(version)}.
     * @throws UnsupportedOperationException when the tool has no such move (the message names the moves it has)
     */
    @Deprecated(since = "0.1.0")
    default void force(String version) {
        throw unsupported("force(\"" + version + "\")");
    }

    private UnsupportedOperationException unsupported(String move) {
        return new UnsupportedOperationException(
                tool() + " has no " + move + " move. Its moves: " + String.join(", ", moves()) + ".");
    }

    /**
     * The operator's moves this tool has, as method names (e.g. {@code deploy()}, {@code resolveRolledBack(id)}),
     * for messages.
     */
    List<String> moves();
}
