package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class MigratesToEngineTest {

    static final AtomicBoolean BODY_RAN = new AtomicBoolean();

    @Test
    void migrates_the_restored_backup_to_latest() throws Exception {
        run(LatestTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-ok")
    static class LatestTestCase {
        @Test
        void allApplied(RestoredDatabase db) {
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(
                            "20240101000000_init=APPLIED",
                            "20240201000000_add_email=APPLIED",
                            "20240301000000_index_order_customer=APPLIED");
            assertThat(db.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Customer'"
                                    + " AND column_name = 'email'")
                            .singleValue())
                    .isEqualTo(1L);
        }

        @Test
        void beforeMigrationIsTheBackupAsRestored(RestoredDatabase db) {
            RestoredDatabase before = db.beforeMigration();
            assertThat(before.databaseName()).isNotEqualTo(db.databaseName());
            assertThat(before.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Customer'"
                                    + " AND column_name = 'email'")
                            .singleValue())
                    .isEqualTo(0L);
            assertThat(before.query("SELECT current_setting('default_transaction_read_only')")
                            .singleValue())
                    .isEqualTo("on");
        }
    }

    @Test
    void a_method_level_target_wins_over_the_class_level_one() throws Exception {
        run(PartialTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-ok")
    static class PartialTestCase {
        @Test
        @MigratesTo(value = "20240201000000_add_email", migrations = "engine/migrations-ok")
        void stopsAfterTheTarget(RestoredDatabase db) {
            assertThat(db.migrations().status("20240201000000_add_email").state())
                    .isEqualTo(MigrationState.APPLIED);
            assertThat(db.migrations()
                            .status("20240301000000_index_order_customer")
                            .state())
                    .isEqualTo(MigrationState.PENDING);
        }

        @Nested
        class Inner {
            @Test
            void inheritsLatest(RestoredDatabase db) {
                assertThat(db.migrations()
                                .status("20240301000000_index_order_customer")
                                .state())
                        .isEqualTo(MigrationState.APPLIED);
            }
        }
    }

    @Test
    void an_unknown_target_is_a_configuration_error_listing_the_ids() throws Exception {
        var results = run(UnknownTargetTestCase.class);
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("migrated"),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains(
                                                        "@MigratesTo(\"20240201000000_add_emial\") names no migration")
                                                && m.contains("20240101000000_init, 20240201000000_add_email,"
                                                        + " 20240301000000_index_order_customer")))));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(value = "20240201000000_add_emial", migrations = "engine/migrations-ok")
    static class UnknownTargetTestCase {
        @Test
        void migrated(RestoredDatabase db) {}
    }

    @Test
    void a_failing_migration_fails_the_test_before_its_body_with_the_whole_story() throws Exception {
        BODY_RAN.set(false);
        var results = run(FailingMigrationTestCase.class);
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("upgraded"),
                                finishedWithFailure(
                                        instanceOf(MigrationFailedException.class),
                                        message(m -> m.startsWith("Migration 20240301000000_purge_customers failed"
                                                        + " (Prisma Migrate, 2nd of 3 pending)")
                                                && m.contains(
                                                        "engine/migrations-failing/20240301000000_purge_customers/"
                                                                + "migration.sql:4")
                                                && m.contains("DELETE FROM \"Customer\";")
                                                && m.contains("ERROR 23503")
                                                && m.contains("Order_customerId_fkey")
                                                && m.contains("DETAIL: Key (id)=(")
                                                && m.contains("Restored from engine/shop.sql (sha256 ")
                                                && m.contains("1 migration applied before, 1 still pending")
                                                && m.contains("P3009")))));
        assertThat(BODY_RAN).isFalse();
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-failing")
    static class FailingMigrationTestCase {
        @Test
        void upgraded(RestoredDatabase db) {
            BODY_RAN.set(true);
        }
    }

    @Test
    void with_allowFailure_the_body_runs_on_the_half_upgraded_database() throws Exception {
        run(AllowFailureTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-failing", allowFailure = true)
    static class AllowFailureTestCase {
        @Test
        void examinesTheFailure(RestoredDatabase db) {
            MigrationFailedException failure = db.migrations().lastFailure().orElseThrow();
            assertThat(failure.migrationId()).isEqualTo("20240301000000_purge_customers");
            assertThat(failure.sqlState()).hasValue("23503");
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(
                            "20240101000000_init=APPLIED",
                            "20240201000000_add_email=APPLIED",
                            "20240301000000_purge_customers=FAILED",
                            "20240401000000_add_phone=PENDING");
            // the failed script was rolled back as a whole: its UPDATE did not stick
            assertThat(db.query("SELECT count(*) FROM \"Customer\" WHERE email IS NOT NULL")
                            .singleValue())
                    .isEqualTo(0L);
        }
    }

    @Test
    void migratesTo_without_restoredFrom_is_a_configuration_error() throws Exception {
        run(NoFixtureTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("migrated"),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains("needs a database to migrate")))));
    }

    @MigratesTo(migrations = "engine/migrations-ok")
    static class NoFixtureTestCase {
        @Test
        void migrated(RestoredDatabase db) {}
    }
}
