package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** @MigratesTo(tool = COMMAND) through the JUnit extension: the command runs once into the migrated template. */
class CommandEngineTest {
    static final String PSQL = "/usr/lib/postgresql/15/bin/psql";

    @Test
    void the_command_migrates_the_template_and_the_history_is_read_by_the_layouts_tool() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PSQL)), "psql 15 is not installed at " + PSQL);
        var events = run(CommandTestCase.class).testEvents();
        events.assertThatEvents().doNotHave(event(finishedWithFailure()));
        events.assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    /** The command line as the tool's key, for this class only ({@code @MigratesTo(settings)}). */
    @RestoredFrom("engine/shop.sql")
    @MigratesTo(
            migrations = "engine/migrations-ok",
            tool = MigrationTool.COMMAND,
            settings = "rehearsal.command.line=" + PSQL
                    + " -X -v ON_ERROR_STOP=1 -c \"ALTER TABLE \\\"Customer\\\" ADD COLUMN via_command text\"")
    static class CommandTestCase {
        @Test
        void theCommandRan(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Customer'"
                                    + " AND column_name = 'via_command'")
                            .singleValue())
                    .isEqualTo(1L);
        }

        @Test
        void theHistoryIsPrismasAndUntouched(RestoredDatabase db) {
            assertThat(db.migrations().tool()).isEqualTo(MigrationTool.COMMAND);
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(
                            "20240101000000_init=APPLIED",
                            "20240201000000_add_email=" + MigrationState.PENDING,
                            "20240301000000_index_order_customer=" + MigrationState.PENDING);
        }
    }

    @Test
    void a_command_that_applies_the_one_pending_migration_gives_it_a_profile() throws Throwable {
        assumeTrue(Files.isExecutable(Path.of(PSQL)), "psql 15 is not installed at " + PSQL);
        var events = run(OnePendingTestCase.class).testEvents();
        for (var failed : events.failed().list()) {
            throw failed.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                    .orElseThrow();
        }
        events.assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(
            migrations = "engine/migrations-command-one",
            tool = MigrationTool.COMMAND,
            command = PSQL
                    + " -X -v ON_ERROR_STOP=1 -c \"ALTER TABLE \\\"Order\\\" ALTER COLUMN \\\"total\\\" TYPE BIGINT\""
                    + " -c \"INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at,"
                    + " applied_steps_count) VALUES ('0d7f4a52-1c1e-4f55-9d0e-6a3b8e2f1c44',"
                    + " '7c50a1743c53574e7776d2dd3fe262b56fab359c19668bc80ae4c340daeb8e11',"
                    + " '20240301000000_widen_total', now(), now(), 1)\"")
    static class OnePendingTestCase {
        @Test
        void profiled(RestoredDatabase db) {
            var widen = db.migrations().status("20240301000000_widen_total");
            assertThat(widen.state()).isEqualTo(MigrationState.APPLIED);
            var profile = widen.profile().orElseThrow();
            assertThat(profile.tablesRewritten()).containsExactly("public.Order");
            // (a lone ALTER on 60 rows holds its lock for less than the 5 ms poll interval: not asserted)
            assertThat(profile.rowsChanged())
                    .as("sent by another process: unknown")
                    .isEmpty();
            dev.rehearsal.assertj.RehearsalAssertions.assertThat(db)
                    .migrations()
                    .migration("20240301000000_widen_total")
                    .holdsNoAccessExclusiveLockLongerThan(java.time.Duration.ofMinutes(1));
        }
    }

    @Test
    void settings_that_are_not_a_tools_keys_fail_the_test_before_anything_runs_saying_which() throws Exception {
        var where =
                "@MigratesTo on [" + RunWideKeyTestCase.class.getName() + "#neverRuns]: @MigratesTo(settings) entry";
        run(RunWideKeyTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(message(m -> m.startsWith(where)
                                && m.contains("\"rehearsal.migration.timeout=1s\": rehearsal.migration.timeout is not a"
                                        + " migration tool's key")
                                && m.contains("rehearsal.command.line")
                                && m.contains("Run-wide settings (such as rehearsal.migration.timeout) are set for the"
                                        + " whole run")))));
        run(MalformedTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                message(m -> m.contains("entry \"psql -c 'select 1'\" is not key=value")))));
        run(TwiceTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(message(m -> m.contains(
                                "@MigratesTo(settings) sets rehearsal.command.line twice (\"rehearsal.command.line=true\""
                                        + " and \"rehearsal.command.line = false\"); keep one.")))));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(
            migrations = "engine/migrations-ok",
            tool = MigrationTool.COMMAND,
            settings = {"rehearsal.command.line=true", "rehearsal.migration.timeout=1s"})
    static class RunWideKeyTestCase {
        @Test
        void neverRuns(RestoredDatabase db) {}
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-ok", tool = MigrationTool.COMMAND, settings = "psql -c 'select 1'")
    static class MalformedTestCase {
        @Test
        void neverRuns(RestoredDatabase db) {}
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(
            migrations = "engine/migrations-ok",
            tool = MigrationTool.COMMAND,
            settings = {"rehearsal.command.line=true", "rehearsal.command.line = false"})
    static class TwiceTestCase {
        @Test
        void neverRuns(RestoredDatabase db) {}
    }

    @Test
    void a_failing_command_fails_the_test_with_its_output() throws Exception {
        run(FailingCommandTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("fails"),
                                finishedWithFailure(
                                        instanceOf(MigrationFailedException.class),
                                        message(m -> m.contains("the command exited with code 4")
                                                && m.contains("no database for you")))));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(
            migrations = "engine/migrations-ok",
            tool = MigrationTool.COMMAND,
            command = "sh -c 'echo no database for you >&2; exit 4'")
    static class FailingCommandTestCase {
        @Test
        void fails(RestoredDatabase db) {}
    }
}
