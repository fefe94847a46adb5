package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.BackupMatrix;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * {@code @BackupMatrix @RestoredFrom({…})}: the whole class once per backup (JUnit class templates, Jupiter 5.13+),
 * each invocation named after its backup; {@code fixture()} names the backup's release; several backups without the
 * matrix, or on an older Jupiter, fail saying what to do. CI runs this class on Jupiter 5.10, 5.12, the default and 6.
 */
class BackupMatrixEngineTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    static boolean classTemplates() {
        return JupiterVersion.found().map(v -> JupiterVersion.atLeast(v, 5, 13)).orElse(true);
    }

    @Test
    void the_class_runs_once_per_backup_each_invocation_named_after_it() throws Exception {
        SEEN.clear();
        var results = run(MatrixTestCase.class);
        if (!classTemplates()) {
            // JUnit 5.10-5.12 have no class templates: the class fails before anything runs, saying so
            Throwable failure = results.containerEvents().failed().stream()
                    .map(e -> e.getRequiredPayload(TestExecutionResult.class))
                    .flatMap(r -> r.getThrowable().stream())
                    .findFirst()
                    .orElseThrow();
            assertThat(failure)
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage(
                            ClassTemplateCheck.message(JupiterVersion.found().orElseThrow()))
                    .hasMessageContaining("needs JUnit Jupiter 5.13 or newer; found junit-jupiter-api 5.1");
            assertThat(SEEN).isEmpty();
            assertNothingLeftBehind();
            return;
        }
        results.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
        assertThat(results.containerEvents().started().stream()
                        .map(e -> e.getTestDescriptor().getDisplayName())
                        .filter(n -> n.startsWith("["))
                        .collect(Collectors.toList()))
                .containsExactly("[1] engine/shop.sql", "[2] restore/archive/rich.custom");
        assertThat(SEEN)
                .containsExactly(
                        "beforeEach engine/shop.sql plain SQL",
                        "first engine/shop.sql plain SQL",
                        "beforeEach engine/shop.sql plain SQL",
                        "second engine/shop.sql plain SQL",
                        "beforeEach restore/archive/rich.custom pg_dump custom-format archive",
                        "first restore/archive/rich.custom pg_dump custom-format archive",
                        "beforeEach restore/archive/rich.custom pg_dump custom-format archive",
                        "second restore/archive/rich.custom pg_dump custom-format archive");
        assertNothingLeftBehind();
    }

    @Test
    void fixture_names_the_release_the_backup_is_at_not_the_one_it_was_migrated_to() throws Exception {
        run(ReleaseTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        run(DbmateReleaseTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @Test
    void several_backups_without_the_matrix_fail_saying_what_to_add() throws Exception {
        String expected = classTemplates()
                ? "expected one, or @BackupMatrix on the test class to run the class once per backup"
                : "needs JUnit Jupiter 5.13 or newer; found junit-jupiter-api";
        run(WithoutMatrixTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(message(m -> m.contains("@RestoredFrom on ["
                                        + WithoutMatrixTestCase.class.getName() + "#upgrades] lists 2 backups"
                                        + " [engine/shop.sql, restore/archive/rich.custom]")
                                && m.contains(expected)))));
        assertNothingLeftBehind();
    }

    @Test
    void a_before_all_method_of_a_matrix_gets_no_database_and_is_told_why() throws Exception {
        if (!classTemplates()) {
            return; // the class cannot load there (see the first test)
        }
        assertThat(run(BeforeAllInMatrixTestCase.class)
                        .containerEvents()
                        .failed()
                        .list())
                .extracting(e -> e.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow()
                        .getMessage())
                .singleElement()
                .asString()
                .contains("@BeforeAll and @AfterAll methods of a @BackupMatrix class run once around the runs of all"
                        + " of them (JUnit class templates), so they get no RestoredDatabase.");
        assertNothingLeftBehind();
    }

    @Test
    void a_backup_listed_twice_is_refused_before_anything_runs() throws Exception {
        if (!classTemplates()) {
            return; // the class cannot load there (see the first test)
        }
        List<Event> failed =
                run(RepeatedBackupTestCase.class).containerEvents().failed().list();
        assertThat(failed)
                .extracting(e -> e.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow()
                        .getMessage())
                .containsExactly("@RestoredFrom on [" + RepeatedBackupTestCase.class.getName() + "] lists"
                        + " [engine/shop.sql] twice among [engine/shop.sql, engine/shop.sql]: the class would run"
                        + " twice on the same backup. Remove the repetition.");
        assertThat(failed).allMatch(e -> e.getType() == EventType.FINISHED);
        assertNothingLeftBehind();
    }

    @BackupMatrix
    @RestoredFrom({"engine/shop.sql", "restore/archive/rich.custom"})
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class MatrixTestCase {
        @BeforeEach
        void beforeEach(RestoredDatabase db) {
            SEEN.add(
                    "beforeEach " + db.fixture().location() + " " + db.fixture().format());
        }

        @Test
        void first(RestoredDatabase db) {
            SEEN.add("first " + db.fixture().location() + " " + db.fixture().format());
        }

        @Test
        void second(RestoredDatabase db) {
            SEEN.add("second " + db.fixture().location() + " " + db.fixture().format());
        }
    }

    @BackupMatrix
    @RestoredFrom({"engine/shop.sql", "restore/archive/rich.custom"})
    static class BeforeAllInMatrixTestCase {
        @BeforeAll
        static void beforeAll(RestoredDatabase db) {
            throw new AssertionError("must not run");
        }

        @Test
        void upgrades(RestoredDatabase db) {
            throw new AssertionError("must not run");
        }
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-ok")
    static class ReleaseTestCase {
        @Test
        void release(RestoredDatabase db) {
            assertThat(db.fixture().release()).contains("20240101000000_init");
            assertThat(db.fixture().dumpedByVersion())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("15.18"));
            assertThat(db.fixture().dumpedFromVersion())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("15.18"));
            assertThat(db.migrations().status()).allMatch(s -> s.state() == dev.rehearsal.MigrationState.APPLIED);
        }
    }

    @RestoredFrom("migrate/native/dbmate/backup_at_v2.sql")
    @MigratesTo(migrations = "migrate/native/dbmate/migrations", tool = MigrationTool.DBMATE)
    static class DbmateReleaseTestCase {
        @Test
        void release(RestoredDatabase db) {
            assertThat(db.fixture().release()).contains("20240101000002");
        }
    }

    @RestoredFrom({"engine/shop.sql", "restore/archive/rich.custom"})
    static class WithoutMatrixTestCase {
        @Test
        void upgrades(RestoredDatabase db) {
            throw new AssertionError("must not run");
        }
    }

    @BackupMatrix
    @RestoredFrom({"engine/shop.sql", "engine/shop.sql"})
    static class RepeatedBackupTestCase {
        @Test
        void upgrades(RestoredDatabase db) {
            throw new AssertionError("must not run");
        }
    }
}
