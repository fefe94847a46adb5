package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.RoleHandling;
import org.junit.jupiter.api.Test;

/** {@code @RestoredFrom(roles = …, database = …)} through the real engine: options are part of the restore key. */
class RestoreOptionsEngineTest {

    private static final String CLUSTER = "restore/dumpall/cluster.sql";

    @Test
    void the_same_file_with_other_options_is_another_template() throws Exception {
        run(OptionsTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(4).succeeded(4));
        assertNothingLeftBehind();
    }

    static class OptionsTestCase {
        @Test
        @RestoredFrom(value = CLUSTER, database = "app")
        void app(RestoredDatabase db) {
            assertThat(db.query("SELECT tableowner FROM pg_tables WHERE tablename = 'customer'")
                            .singleValue())
                    .isEqualTo("cluster_owner");
            assertThat(db.fixture().format()).endsWith("pg_dumpall cluster script: database app");
        }

        @Test
        @RestoredFrom(value = CLUSTER, database = "app")
        void appAgain(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM app.customer").singleValue())
                    .isEqualTo(3L);
        }

        @Test
        @RestoredFrom(value = CLUSTER, database = "app", roles = RoleHandling.SKIP)
        void appWithoutRoles(RestoredDatabase db) {
            assertThat(db.query("SELECT tableowner FROM pg_tables WHERE tablename = 'customer'")
                            .singleValue())
                    .isEqualTo(db.username());
            assertThat(db.query("SELECT count(*) FROM pg_default_acl").singleValue())
                    .isEqualTo(0L);
        }

        @Test
        @RestoredFrom(value = CLUSTER, database = "reporting")
        void reporting(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM public.report").singleValue())
                    .isEqualTo(2L);
            assertThat(db.query("SELECT to_regclass('app.customer') IS NULL").singleValue())
                    .isEqualTo(true);
        }
    }

    @Test
    void database_on_a_pg_dump_script_fails_the_test_saying_what_to_change() throws Exception {
        var results = run(DatabaseOnPlainDumpTestCase.class);
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("restored"),
                                finishedWithFailure(
                                        instanceOf(FixtureRestoreException.class),
                                        message(m -> m.startsWith(
                                                        "@RestoredFrom(value = \"engine/shop.sql\", database = \"shop\"):")
                                                && m.contains("Remove database = \"…\"")))));
        assertNothingLeftBehind();
    }

    static class DatabaseOnPlainDumpTestCase {
        @Test
        @RestoredFrom(value = "engine/shop.sql", database = "shop")
        void restored(RestoredDatabase db) {
            throw new AssertionError("must not run");
        }
    }
}
