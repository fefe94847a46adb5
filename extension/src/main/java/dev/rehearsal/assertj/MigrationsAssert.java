package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldHaveAllMigrationsApplied.shouldHaveAllMigrationsApplied;
import static dev.rehearsal.assertj.ShouldHaveFailedAt.shouldHaveFailedAt;
import static dev.rehearsal.assertj.ShouldHaveFailedAt.unknownMigration;
import static dev.rehearsal.assertj.ShouldHaveNoFailedMigrations.shouldHaveNoFailedMigrations;

import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.RestoredDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on the migration history of a database as its tool sees it ({@link RestoredDatabase#migrations()}),
 * reached by {@code assertThat(db).migrations()}; it describes itself as {@code [migrations]}.
 *
 * <p>Failures list the migrations concerned with their state and, when the migration run failed, its whole story
 * ({@link dev.rehearsal.MigrationFailedException}'s message). On a database whose test configured no migrations,
 * every assertion throws the {@link IllegalStateException} of {@link RestoredDatabase#migrations()}.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class MigrationsAssert extends AbstractAssert<MigrationsAssert, RestoredDatabase> {
    private Navigation navigation = Navigation.DIRECT;

    /** An assert on the history of {@code database}; usually reached through {@link RestoredDatabaseAssert}. */
    public MigrationsAssert(RestoredDatabase database) {
        super(Objects.requireNonNull(database, "database"), MigrationsAssert.class);
        info.description(new TextDescription("%s", "migrations"));
    }

    final MigrationsAssert navigation(Navigation navigation) {
        this.navigation = navigation;
        return this;
    }

    /**
     * Verifies that the tool counts every migration known to the code or to the database as done: each is applied
     * ({@link MigrationState#isApplied()}: {@link MigrationState#APPLIED}, or {@link MigrationState#OUT_OF_ORDER} where
     * the tool accepted it late), or in a state the tool's own rule settles ({@link MigrationHistory#verdict}: e.g.
     * Liquibase ignores history rows its changelog no longer lists). None pending, failed, rolled back or edited since
     * it was applied; the message names the tool's rule for each migration it lists.
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().areAllApplied();   // passes after a clean upgrade
     * // fails after a failed upgrade: "2 migrations of 40 are not: 20240311_purge: FAILED …, 20240401_ip: PENDING"
     * </code></pre>
     */
    public MigrationsAssert areAllApplied() {
        MigrationHistory history = actual.migrations();
        List<MigrationStatus> status = history.status();
        List<MigrationStatus> notApplied =
                status.stream().filter(s -> !history.verdict(s).settled()).toList();
        if (!notApplied.isEmpty()) {
            throwAssertionError(shouldHaveAllMigrationsApplied(notApplied, status.size(), history, origin()));
        }
        return myself;
    }

    /**
     * Verifies that no migration failed: the history records none as {@link MigrationState#FAILED}, and the last
     * migration run did not fail at a migration the tool left no history row for (a Liquibase changeset or a
     * transactional Flyway migration rolls back with its row on PostgreSQL). Pending ones are fine.
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().haveNoneFailed();   // passes when the run stopped at a target without failure
     * // fails when a migration failed: "1 migration is recorded as failed: 20240311_purge: FAILED …"
     * </code></pre>
     */
    public MigrationsAssert haveNoneFailed() {
        MigrationHistory history = actual.migrations();
        List<MigrationStatus> failed = history.status().stream()
                .filter(s -> s.state() == MigrationState.FAILED
                        || (s.state() == MigrationState.PENDING
                                && history.lastFailureAt(s.id()).isPresent()))
                .toList();
        if (!failed.isEmpty()) {
            throwAssertionError(shouldHaveNoFailedMigrations(failed, history, origin()));
        }
        return myself;
    }

    /**
     * Verifies that the migration run failed at migration {@code id}: the history records it as {@link
     * MigrationState#FAILED}, or the last run failed at it and the tool left no history row (its state then stays
     * what the tool says, e.g. {@link MigrationState#PENDING} for a Liquibase changeset that rolled back), and
     * navigates to assertions on why it failed. In soft mode a failure is collected and the returned assert still
     * works.
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().failedAt("20240311120000_purge_abandoned_drafts").withSqlState("23503"); // passes
     * assertThat(db).migrations().failedAt("20240101000000_init");   // fails: "but it is APPLIED."
     * </code></pre>
     */
    @CheckReturnValue
    public FailedMigrationAssert failedAt(String id) {
        Objects.requireNonNull(id, "migration id");
        MigrationHistory history = actual.migrations();
        List<MigrationStatus> status = history.status();
        Optional<MigrationStatus> migration = find(history, status, id);
        navigation.check(() -> {
            if (migration.isEmpty()) {
                throwAssertionError(unknownMigration(
                        id, status.stream().map(MigrationStatus::id).toList(), origin()));
            } else if (migration.get().state() != MigrationState.FAILED
                    && history.lastFailureAt(migration.get().id()).isEmpty()) {
                throwAssertionError(shouldHaveFailedAt(id, migration.get().state(), origin()));
            }
        });
        return navigation.failedMigration(
                new DatabaseMigration(actual, migration.map(MigrationStatus::id).orElse(id)));
    }

    /** The migration {@code id} names: an id of {@code status}, else the tool's own reading of it (Liquibase's bare ids). */
    private static Optional<MigrationStatus> find(MigrationHistory history, List<MigrationStatus> status, String id) {
        Optional<MigrationStatus> exact =
                status.stream().filter(s -> s.id().equals(id)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        try {
            return Optional.of(history.status(id));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /**
     * Verifies that each of {@code ids} is {@link MigrationState#PENDING}: known to the code and not applied (what a
     * test that stops at a target, or examines a failed upgrade, expects of the migrations after it).
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().havePending("20240401000000_add_phone");   // passes after a failure before it
     * assertThat(db).migrations().havePending("20240101000000_init");   // fails: "20240101000000_init: APPLIED"
     * </code></pre>
     */
    public MigrationsAssert havePending(String... ids) {
        Objects.requireNonNull(ids, "migration ids");
        if (ids.length == 0) {
            throw new IllegalArgumentException("havePending() needs at least one migration id");
        }
        List<MigrationStatus> status = actual.migrations().status();
        List<String> found = new java.util.ArrayList<>();
        for (String id : ids) {
            Optional<MigrationStatus> migration =
                    status.stream().filter(s -> s.id().equals(id)).findFirst();
            if (migration.isEmpty()) {
                found.add(id + ": neither the code nor the database has such a migration (known: "
                        + String.join(
                                ", ", status.stream().map(MigrationStatus::id).toList()) + ")");
            } else if (migration.get().state() != MigrationState.PENDING) {
                found.add(id + ": " + migration.get().state());
            }
        }
        if (!found.isEmpty()) {
            throwAssertionError(ShouldHavePending.shouldHavePending(List.of(ids), found, origin()));
        }
        return myself;
    }

    /**
     * Verifies that each migration applied while Rehearsal migrated the restored backup (the ones with a {@link
     * dev.rehearsal.MigrationProfile}) took less than {@code budget} on it: a budget for the deploy's downtime. Fails
     * when no migration ran during the rehearsal.
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().eachTookLessThan(Duration.ofMinutes(1));   // passes on a small backup
     * assertThat(db).migrations().eachTookLessThan(Duration.ofMillis(1));   // fails: "… took longer: 20240301_x: 14 ms"
     * </code></pre>
     */
    public MigrationsAssert eachTookLessThan(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        List<MigrationStatus> measured = actual.migrations().status().stream()
                .filter(s -> s.profile().isPresent())
                .toList();
        if (measured.isEmpty()) {
            throwAssertionError(ShouldEachTakeLessThan.noneMeasured(MigrationAssert.duration(budget), origin()));
        }
        List<String> slow = measured.stream()
                .filter(s -> s.profile().get().duration().compareTo(budget) >= 0)
                .map(s -> s.id() + ": "
                        + MigrationAssert.duration(s.profile().get().duration()))
                .toList();
        if (!slow.isEmpty()) {
            throwAssertionError(ShouldEachTakeLessThan.shouldEachTakeLessThan(
                    MigrationAssert.duration(budget), slow, measured.size(), origin()));
        }
        return myself;
    }

    /**
     * Navigates to budgets on one migration's profile ({@link MigrationAssert}); fails at once when the history has
     * no such migration (in soft mode the failure is collected and the returned assert still works).
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().migration("20240201_add_note").rewritesNoTable();   // passes
     * assertThat(db).migrations().migration("20240201_add_nte");   // fails: "neither the code nor the database has …"
     * </code></pre>
     */
    @CheckReturnValue
    public MigrationAssert migration(String id) {
        Objects.requireNonNull(id, "migration id");
        navigation.check(() -> {
            List<MigrationStatus> status = actual.migrations().status();
            if (status.stream().noneMatch(s -> s.id().equals(id))) {
                throwAssertionError(ShouldHaveProfile.unknownMigration(
                        id, status.stream().map(MigrationStatus::id).toList(), origin()));
            }
        });
        return navigation.migration(new DatabaseMigration(actual, id));
    }

    private String origin() {
        return Origin.of(actual);
    }
}
