package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.ToolVerdict;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.migrate.MigrationIds;
import dev.rehearsal.internal.migrate.scripts.Sql;
import dev.rehearsal.internal.spi.MigrationContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Liquibase driven through its own API ({@code update}, {@code update-count}) on one database; see {@link
 * LiquibaseBridge}. Migration ids are Liquibase's changeset identifiers {@code <file>::<id>::<author>} (as in its
 * messages and {@code DATABASECHANGELOG}); {@link #migrateTo(String)} also accepts a bare changeset id when only one
 * changeset has it, and runs the pending changesets up to and including it in changelog order ({@code update-count}).
 * Liquibase has no equivalent of {@code resolveApplied}/{@code resolveRolledBack} here ({@code changelog-sync} and
 * {@code rollback} are not reproduced).
 *
 * <p>Thread-safety: operations are serialised on this object. Internal, not API.
 */
final class LiquibaseMigrations extends AbstractToolMigrations {
    private final LiquibaseBridge bridge;
    private final List<ChangeSetRef> changeSets;
    private final String fingerprint;
    private final List<String> warnings;

    LiquibaseMigrations(
            MigrationContext context,
            LiquibaseBridge bridge,
            List<ChangeSetRef> changeSets,
            String fingerprint,
            List<String> warnings) {
        super(context, MigrationTool.LIQUIBASE, "<file>::<id>::<author>, or a changeset id used once");
        this.bridge = bridge;
        this.changeSets = List.copyOf(changeSets);
        this.fingerprint = fingerprint;
        this.warnings = List.copyOf(warnings);
    }

    @Override
    protected String oneMigration() {
        return "a changeset";
    }

    @Override
    protected String historyName() {
        return "DATABASECHANGELOG";
    }

    @Override
    public List<String> localIds() {
        return changeSets.stream().map(ChangeSetRef::id).toList();
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Liquibase's own verdict: it compares the changelog with DATABASECHANGELOG changeset by changeset, so a row the
     * changelog no longer lists is passed over ({@code liquibase status} and {@code update} ignore it; {@code
     * StandardChangeLogHistoryService} only reads rows to match them), and a changeset the run's contexts, labels or
     * dbms filter out is never run.
     */
    @Override
    public ToolVerdict verdict(MigrationStatus migration) {
        return switch (migration.state()) {
            case UNKNOWN_TO_CODE ->
                ToolVerdict.settled("Liquibase ignores history rows that its changelog does not"
                        + " list (liquibase status and update pass over them)");
            case IGNORED ->
                ToolVerdict.settled("Liquibase skips changesets that the run's contexts, labels or dbms filter out");
            default -> ToolVerdict.fromState(migration);
        };
    }

    @Override
    public List<String> moves() {
        return List.of("deploy()", "migrateTo(id)");
    }

    /** Liquibase's own notion of a target: a full id, or a changeset id used once in the changelog. */
    @Override
    public void checkTarget(String target) {
        Objects.requireNonNull(target, "target");
        if (!MigratesTo.LATEST.equals(target)) {
            resolve(target);
        }
    }

    @Override
    protected String targetId(String target) {
        return resolve(target).id();
    }

    @Override
    protected String statusId(String id) {
        return changeSets.stream()
                .filter(c -> c.id().equals(id) || c.changeSetId().equals(id))
                .map(ChangeSetRef::id)
                .findFirst()
                .orElse(id);
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        try (Connection connection = context.connect()) {
            return bridge.status(connection, historyExists(connection));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RehearsalException(
                    "Liquibase could not read the history (DATABASECHANGELOG) of " + location() + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    protected String resolveAdvice(boolean applied) {
        return applied
                ? "Liquibase's changelog-sync is not reproduced by Rehearsal: mark it by running its SQL by hand, or"
                        + " leave it to deploy()."
                : "a failed changeset leaves no DATABASECHANGELOG row on PostgreSQL, so the next deploy() runs it"
                        + " again.";
    }

    @Override
    protected void apply(Optional<String> target) {
        run(target.map(this::resolve));
    }

    private void run(Optional<ChangeSetRef> target) {
        try (Connection connection = context.connect()) {
            refuseLocked(connection);
            List<String> pending = bridge.pending(connection, historyExists(connection));
            Optional<Integer> count = target.map(t -> countUpTo(t, pending));
            if (count.isPresent() && count.get() == 0) {
                return;
            }
            UpdateOutcome outcome = bridge.update(connection, count);
            if (outcome.failure().isEmpty()) {
                return;
            }
            Exception failure = outcome.failure().get();
            if (outcome.validation()) {
                throw LiquibaseFailures.validation(failure, fixture());
            }
            if (outcome.failed().isPresent()) {
                throw LiquibaseFailures.failed(
                        outcome.failed().get(),
                        failure,
                        pending,
                        outcome.ran().size(),
                        context.directory(),
                        location(),
                        fixture());
            }
            throw new RehearsalException(
                    "Liquibase update of " + location() + " failed: " + failure.getMessage(), failure);
        } catch (RehearsalException e) {
            throw e;
        } catch (Exception e) {
            throw new RehearsalException("Liquibase update of " + location() + " failed: " + e.getMessage(), e);
        }
    }

    private int countUpTo(ChangeSetRef target, List<String> pending) {
        int count = 0;
        for (ChangeSetRef changeSet : changeSets) {
            if (pending.contains(changeSet.id())) {
                count++;
            }
            if (changeSet.id().equals(target.id())) {
                break;
            }
        }
        return count;
    }

    private ChangeSetRef resolve(String id) {
        List<ChangeSetRef> matches =
                changeSets.stream().filter(c -> c.id().equals(id)).toList();
        if (matches.isEmpty()) {
            matches =
                    changeSets.stream().filter(c -> c.changeSetId().equals(id)).toList();
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("The changeset id \"" + id + "\" is used by " + matches.size()
                    + " changesets of " + location() + " ("
                    + String.join(", ", matches.stream().map(ChangeSetRef::id).toList())
                    + "); name one as <file>::<id>::<author>.");
        }
        throw new IllegalArgumentException("The migration target \"" + id + "\" is not a changeset of " + location()
                + " (Liquibase: <file>::<id>::<author>, or a changeset id used once); "
                + MigrationIds.describeAvailable(id, localIds()) + ". Use \"" + MigratesTo.LATEST + "\" to run every"
                + " changeset.");
    }

    private void refuseLocked(Connection connection) throws SQLException {
        if (!exists(connection, "databasechangeloglock")) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select lockedby, lockgranted from databasechangeloglock where id = 1 and locked")) {
            if (rs.next()) {
                throw new MigrationRefusedException(
                        MigrationTool.LIQUIBASE,
                        "LockException",
                        "Liquibase refuses: Could not acquire change log lock.  Currently locked by "
                                + rs.getString(1) + " since " + rs.getTimestamp(2) + "\n  DATABASECHANGELOGLOCK"
                                + context.fixture()
                                        .map(f -> " (restored from " + f.describe() + ")")
                                        .orElse("")
                                + " says a Liquibase run held the lock when the backup was taken; a real `liquibase"
                                + " update` waits (5 minutes by default) and then fails like this. Rehearse the"
                                + " recovery: `liquibase release-locks`, i.e. RestoredDatabase.execute(\"UPDATE"
                                + " databasechangeloglock SET locked = false, lockgranted = null, lockedby = null"
                                + " WHERE id = 1\"), then deploy().");
            }
        }
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        return exists(connection, "databasechangelog");
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        return Sql.exists(connection, table);
    }
}
