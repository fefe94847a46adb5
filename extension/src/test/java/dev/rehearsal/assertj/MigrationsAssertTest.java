package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.AssertjTestDatabase.message;
import static dev.rehearsal.assertj.AssertjTestDatabase.origin;
import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.assertj.TableAssertTest.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsAssertTest {
    static final String INIT = "20240101000000_init";
    static final String PURGE = "20240102000000_purge_abandoned_drafts";
    static final String ADD_IP = "20240103000000_add_ip";
    static final String FAILED_STATE = "migrations: 1 applied, 1 failed (" + PURGE + "), 1 pending";

    @TempDir
    static Path directories;

    private static TestDatabase failedRaw;
    private static RestoredDatabase failed;
    private static TestDatabase cleanRaw;
    private static RestoredDatabase clean;

    @BeforeAll
    static void migrate() throws IOException {
        Path failing = migrations(directories.resolve("failing"), true);
        failedRaw = AssertjTestDatabase.empty();
        MigrationHistory history = open(failing, failedRaw);
        try {
            history.deploy();
            throw new IllegalStateException("the purge migration was expected to fail");
        } catch (MigrationFailedException expected) {
            // the history now records PURGE as failed and keeps the failure as lastFailure()
        }
        failed = AssertjTestDatabase.wrap(failedRaw, history, null);

        Path passing = migrations(directories.resolve("passing"), false);
        cleanRaw = AssertjTestDatabase.empty();
        MigrationHistory cleanHistory = open(passing, cleanRaw);
        cleanHistory.deploy();
        clean = AssertjTestDatabase.wrap(cleanRaw, cleanHistory, null);
    }

    @AfterAll
    static void drop() {
        failedRaw.close();
        cleanRaw.close();
    }

    /** Three Prisma migrations; with {@code failing}, the second one hits a foreign key. */
    static Path migrations(Path dir, boolean failing) throws IOException {
        write(dir, INIT, """
                CREATE TABLE "Draft" (id integer PRIMARY KEY, "status" text NOT NULL);
                CREATE TABLE "Attachment" (id integer PRIMARY KEY, "draftId" integer REFERENCES "Draft"(id));
                INSERT INTO "Draft" VALUES (41, 'ABANDONED'), (42, 'SENT');
                INSERT INTO "Attachment" VALUES (1, %s);
                """.formatted(failing ? "41" : "42"));
        write(dir, PURGE, "DELETE FROM \"Draft\" WHERE \"status\" = 'ABANDONED';\n");
        write(dir, ADD_IP, "ALTER TABLE \"Draft\" ADD COLUMN \"ipAddress\" text;\n");
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        return dir;
    }

    static MigrationHistory open(Path dir, TestDatabase raw) {
        return MigrationTools.open(
                MigrationTool.PRISMA, dir, "prisma/migrations", raw::connection, AssertjTestDatabase.FIXTURE);
    }

    private static void write(Path dir, String id, String sql) throws IOException {
        Files.createDirectories(dir.resolve(id));
        Files.writeString(dir.resolve(id).resolve("migration.sql"), sql);
    }

    @Test
    void should_pass_areAllApplied_and_haveNoneFailed_after_a_clean_upgrade() {
        assertThat(clean).migrations().areAllApplied().haveNoneFailed();
        assertThat(clean).table("Draft").hasColumn("ipAddress");
    }

    @Test
    void should_fail_areAllApplied_listing_each_migration_and_the_run_failure() {
        AssertionError error = failure(() -> assertThat(failed).migrations().areAllApplied());

        MigrationHistory history = failed.migrations();
        List<MigrationStatus> notApplied = history.status().stream()
                .filter(s -> s.state() != MigrationState.APPLIED)
                .toList();
        assertThat(error)
                .hasMessage(message(
                        "migrations",
                        ShouldHaveAllMigrationsApplied.shouldHaveAllMigrationsApplied(
                                notApplied, 3, history, origin(failed, FAILED_STATE))));
        assertThat(error.getMessage())
                .startsWith("[migrations] \nExpecting all migrations to be applied\nbut 2 migrations of 3 are not:\n"
                        + "  " + PURGE + ": FAILED (23503: update or delete on table \"Draft\" violates foreign key"
                        + " constraint \"Attachment_draftId_fkey\" on table \"Attachment\")\n")
                .contains("\n  " + ADD_IP + ": PENDING\nThe migration run failed:\n  Migration " + PURGE + " failed")
                .contains("ERROR 23503")
                .endsWith("\n  " + FAILED_STATE);
    }

    @Test
    void should_fail_haveNoneFailed() {
        AssertionError error = failure(() -> assertThat(failed).migrations().haveNoneFailed());

        MigrationHistory history = failed.migrations();
        assertThat(error)
                .hasMessage(message(
                        "migrations",
                        ShouldHaveNoFailedMigrations.shouldHaveNoFailedMigrations(
                                List.of(history.status(PURGE)), history, origin(failed, FAILED_STATE))));
        assertThat(error.getMessage()).contains("but 1 migration is recorded as failed:\n  " + PURGE + ": FAILED");
    }

    @Test
    void should_pass_failedAt_with_sql_state_and_message() {
        assertThat(failed)
                .migrations()
                .failedAt(PURGE)
                .withSqlState("23503")
                .withMessageContaining("Attachment_draftId_fkey")
                .withMessageContaining("Key (id)=(41) is still referenced");
    }

    @Test
    void should_pass_failedAt_from_the_recorded_logs_when_the_run_failure_is_not_at_hand() {
        MigrationHistory reopened = open(directories.resolve("failing"), failedRaw);
        RestoredDatabase later = AssertjTestDatabase.wrap(failedRaw, reopened, null);
        assertThat(reopened.lastFailure()).isEmpty();

        assertThat(later)
                .migrations()
                .failedAt(PURGE)
                .withSqlState("23503")
                .withMessageContaining("Attachment_draftId_fkey");
        // the logs read like the run's own failure: the server's message and DETAIL, without Prisma's debug dump
        RecordedFailure fromLogs = RecordedFailure.of(reopened, PURGE);
        RecordedFailure fromRun = RecordedFailure.of(failed.migrations(), PURGE);
        assertThat(fromLogs.source()).isEqualTo("the logs the history recorded for it");
        assertThat(fromLogs.message()).isEqualTo(fromRun.message());
        assertThat(fromLogs.sqlState()).isEqualTo(fromRun.sqlState());
    }

    @Test
    void should_fail_failedAt_for_an_applied_migration() {
        AssertionError error = failure(() -> assertThat(failed).migrations().failedAt(INIT));

        assertThat(error)
                .hasMessage(message(
                        "migrations",
                        ShouldHaveFailedAt.shouldHaveFailedAt(
                                INIT, MigrationState.APPLIED, origin(failed, FAILED_STATE))));
        assertThat(error.getMessage())
                .contains("Expecting migration:\n  " + INIT + "\nto have failed\nbut it is APPLIED.");
    }

    @Test
    void should_fail_failedAt_for_an_unknown_migration_listing_the_known_ones() {
        AssertionError error = failure(() -> assertThat(failed).migrations().failedAt("20240102000000_purge"));

        assertThat(error)
                .hasMessage(message(
                        "migrations",
                        ShouldHaveFailedAt.unknownMigration(
                                "20240102000000_purge", List.of(INIT, PURGE, ADD_IP), origin(failed, FAILED_STATE))));
    }

    @Test
    void should_fail_withSqlState_showing_the_real_one() {
        AssertionError error =
                failure(() -> assertThat(failed).migrations().failedAt(PURGE).withSqlState("23505"));

        RecordedFailure recorded = RecordedFailure.of(failed.migrations(), PURGE);
        assertThat(recorded.sqlState()).isEqualTo("23503");
        assertThat(error)
                .hasMessage(message(
                        "migration " + PURGE,
                        ShouldHaveSqlState.shouldHaveSqlState(PURGE, "23505", recorded, origin(failed, FAILED_STATE))));
        assertThat(error.getMessage())
                .contains("to have failed with SQLSTATE:\n  23505\nbut it failed with SQLSTATE:\n  23503\n"
                        + "(according to the failure of the migration run)\n  update or delete on table \"Draft\"");
    }

    @Test
    void should_fail_withMessageContaining_showing_the_message() {
        AssertionError error =
                failure(() -> assertThat(failed).migrations().failedAt(PURGE).withMessageContaining("duplicate key"));

        RecordedFailure recorded = RecordedFailure.of(failed.migrations(), PURGE);
        assertThat(error)
                .hasMessage(message(
                        "migration " + PURGE,
                        ShouldHaveMessageContaining.shouldHaveMessageContaining(
                                PURGE, "duplicate key", recorded, origin(failed, FAILED_STATE))));
        assertThat(error.getMessage())
                .contains("its error message (from the failure of the migration run) is:\n  update or delete")
                .contains("\n  DETAIL: Key (id)=(41) is still referenced from table \"Attachment\".");
    }

    @Test
    void should_throw_when_the_test_has_no_migrations() {
        try (AssertjTestDatabase plain = AssertjTestDatabase.create("")) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> assertThat(plain.db()).migrations().areAllApplied());
        }
    }
}
