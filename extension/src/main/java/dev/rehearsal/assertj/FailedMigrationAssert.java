package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldHaveMessageContaining.shouldHaveMessageContaining;
import static dev.rehearsal.assertj.ShouldHaveSqlState.shouldHaveSqlState;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on why a migration failed, reached by {@code assertThat(db).migrations().failedAt(id)}; it describes
 * itself as {@code [migration <id>]}.
 *
 * <p>The failure is read from {@link dev.rehearsal.MigrationHistory#lastFailure()} when that failure is about this
 * migration (SQLSTATE, server message, DETAIL and HINT); otherwise from the logs the history recorded for it (for
 * Prisma, the {@code logs} column of {@code _prisma_migrations}, whose text carries {@code Database error code:}).
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class FailedMigrationAssert extends AbstractAssert<FailedMigrationAssert, DatabaseMigration> {

    /** An assert on {@code migration}; usually reached through {@link MigrationsAssert#failedAt(String)}. */
    public FailedMigrationAssert(DatabaseMigration migration) {
        super(Objects.requireNonNull(migration, "migration"), FailedMigrationAssert.class);
        info.description(new TextDescription("%s", "migration " + migration.id()));
    }

    /**
     * Verifies the SQLSTATE the migration failed with (e.g. {@code "23503"} foreign key violation, {@code "23502"}
     * not-null violation, {@code "23505"} unique violation).
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().failedAt("20240311_purge").withSqlState("23503");   // passes: FK violation
     * assertThat(db).migrations().failedAt("20240311_purge").withSqlState("23505");   // fails: "it failed with 23503"
     * </code></pre>
     */
    public FailedMigrationAssert withSqlState(String sqlState) {
        Objects.requireNonNull(sqlState, "sqlState");
        RecordedFailure failure = failure();
        if (!sqlState.equals(failure.sqlState())) {
            throwAssertionError(shouldHaveSqlState(actual.id(), sqlState, failure, origin()));
        }
        return myself;
    }

    /**
     * Verifies that the migration's error message (the server's message, DETAIL and HINT) contains {@code text}.
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().failedAt("20240311_purge").withMessageContaining("Attachment_draftId_fkey"); // passes
     * assertThat(db).migrations().failedAt("20240311_purge").withMessageContaining("duplicate key");  // fails
     * </code></pre>
     */
    public FailedMigrationAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        RecordedFailure failure = failure();
        if (failure.message() == null || !failure.message().contains(text)) {
            throwAssertionError(shouldHaveMessageContaining(actual.id(), text, failure, origin()));
        }
        return myself;
    }

    private RecordedFailure failure() {
        return RecordedFailure.of(actual.database().migrations(), actual.id());
    }

    private String origin() {
        return Origin.of(actual.database());
    }
}
