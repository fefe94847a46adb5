package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldHaveAllMigrationsApplied.shouldHaveAllMigrationsApplied;
import static dev.rehearsal.assertj.ShouldHaveFailedAt.shouldHaveFailedAt;
import static dev.rehearsal.assertj.ShouldHaveFailedAt.unknownMigration;
import static dev.rehearsal.assertj.ShouldHaveNoFailedMigrations.shouldHaveNoFailedMigrations;

import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.RestoredDatabase;
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
     * Verifies that every migration known to the code or to the database is applied as the tool counts it ({@link
     * MigrationState#isApplied()}: {@link MigrationState#APPLIED}, or {@link MigrationState#OUT_OF_ORDER} where the
     * tool accepted it late): none pending, failed, rolled back, edited since it was applied, or unknown to the code.
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
                status.stream().filter(s -> !s.state().isApplied()).toList();
        if (!notApplied.isEmpty()) {
            throwAssertionError(
                    shouldHaveAllMigrationsApplied(notApplied, status.size(), history.lastFailure(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the history records no {@link MigrationState#FAILED} migration (pending ones are fine).
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().haveNoneFailed();   // passes when the run stopped at a target without failure
     * // fails when a migration failed: "1 migration is recorded as failed: 20240311_purge: FAILED …"
     * </code></pre>
     */
    public MigrationsAssert haveNoneFailed() {
        MigrationHistory history = actual.migrations();
        List<MigrationStatus> failed = history.status().stream()
                .filter(s -> s.state() == MigrationState.FAILED)
                .toList();
        if (!failed.isEmpty()) {
            throwAssertionError(shouldHaveNoFailedMigrations(failed, history.lastFailure(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the migration {@code id} is recorded as {@link MigrationState#FAILED}, and navigates to
     * assertions on why it failed. In soft mode a failure is collected and the returned assert still works.
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().failedAt("20240311120000_purge_abandoned_drafts").withSqlState("23503"); // passes
     * assertThat(db).migrations().failedAt("20240101000000_init");   // fails: "but it is APPLIED."
     * </code></pre>
     */
    @CheckReturnValue
    public FailedMigrationAssert failedAt(String id) {
        Objects.requireNonNull(id, "migration id");
        navigation.check(() -> {
            List<MigrationStatus> status = actual.migrations().status();
            Optional<MigrationStatus> migration =
                    status.stream().filter(s -> s.id().equals(id)).findFirst();
            if (migration.isEmpty()) {
                throwAssertionError(unknownMigration(
                        id, status.stream().map(MigrationStatus::id).toList(), origin()));
            } else if (migration.get().state() != MigrationState.FAILED) {
                throwAssertionError(shouldHaveFailedAt(id, migration.get().state(), origin()));
            }
        });
        return navigation.failedMigration(new DatabaseMigration(actual, id));
    }

    private String origin() {
        return Origin.of(actual);
    }
}
