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
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flyway through the JUnit extension: tool = AUTO detects Flyway from the layout, the backup is a real pg_dump of a
 * database Flyway itself left at version 2 (with data), and the application's flyway.conf is mirrored (it sets
 * flyway.postgresql.transactional.lock=false, which V4's CREATE INDEX CONCURRENTLY needs).
 */
class FlywayEngineTest {
    private static final Map<String, String> APPLICATION_CONFIG =
            Map.of("rehearsal.flyway.config-file", "src/test/resources/migrate/flyway/flyway.conf");

    @Test
    void detects_flyway_and_upgrades_the_backup_to_latest() throws Exception {
        run(UpgradeTestCase.class, APPLICATION_CONFIG)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/flyway/shop_v2.sql")
    @MigratesTo(migrations = "migrate/flyway/shop")
    static class UpgradeTestCase {
        @Test
        void upgraded(RestoredDatabase db) {
            assertThat(db.migrations().tool()).isEqualTo(MigrationTool.FLYWAY);
            assertThat(db.migrations().lastFailure()).isEmpty();
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state() + " (" + s.toolState() + ")")
                    .containsExactly(
                            "1=APPLIED (Success)",
                            "2=APPLIED (Success)",
                            "customer totals=APPLIED (Success)",
                            "3=APPLIED (Success)",
                            "4=APPLIED (Success)");
            assertThat(db.query("SELECT name || ':' || status FROM customer ORDER BY id")
                            .rows())
                    .extracting(row -> row.get(0))
                    .containsExactly("Ada:active", "Grace:dormant", "Edsger:active");
            assertThat(db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'orders_customer_idx'::regclass")
                            .singleValue())
                    .isEqualTo(true);
            assertThat(db.query("SELECT total FROM customer_totals WHERE name = 'Ada'")
                            .singleValue()
                            .toString())
                    .isEqualTo("19.75");
            assertThat(db.query("SELECT count(*) FROM flyway_schema_history").singleValue())
                    .isEqualTo(5L);
            if (Integer.parseInt(
                            db.query("SHOW server_version_num").singleValue().toString())
                    >= 150000) {
                // the rows each migration committed, through Flyway's own connections: V3 marks Grace dormant
                assertThat(db.migrations()
                                .status("3")
                                .profile()
                                .orElseThrow()
                                .rowsChanged()
                                .orElseThrow())
                        .filteredOn(r -> !r.table().equals("public.flyway_schema_history"))
                        .containsExactly(new dev.rehearsal.MigrationProfile.RowChanges("public.customer", 0, 1, 0));
                assertThat(db.migrations()
                                .status("4")
                                .profile()
                                .orElseThrow()
                                .rowsChanged()
                                .orElseThrow())
                        .filteredOn(r -> !r.table().equals("public.flyway_schema_history"))
                        .isEmpty();
            }
        }
    }

    @Test
    void a_partial_upgrade_stops_at_the_version() throws Exception {
        run(PartialTestCase.class, APPLICATION_CONFIG)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/flyway/shop_v2.sql")
    @MigratesTo(value = "3", migrations = "migrate/flyway/shop")
    static class PartialTestCase {
        @Test
        @MigratesTo(value = "003", migrations = "migrate/flyway/shop")
        void aTargetInFlywaysOwnSpellingIsAccepted(RestoredDatabase db) {
            assertThat(db.migrations().status("3").state()).isEqualTo(MigrationState.APPLIED);
            assertThat(db.migrations().status("4").state()).isEqualTo(MigrationState.PENDING);
        }

        @Test
        void atVersion3(RestoredDatabase db) {
            assertThat(db.migrations().status("3").state()).isEqualTo(MigrationState.APPLIED);
            assertThat(db.migrations().status("4").state()).isEqualTo(MigrationState.PENDING);
            assertThat(db.query("SELECT to_regclass('orders_customer_idx')").singleValue())
                    .isNull();
            db.migrations().deploy();
            assertThat(db.migrations().status("4").state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void a_migration_failing_on_the_backups_data_fails_the_test_before_its_body() throws Exception {
        run(FailingTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("upgraded"),
                                finishedWithFailure(
                                        instanceOf(MigrationFailedException.class),
                                        message(m -> m.startsWith(
                                                        "Migration 3 failed (Flyway, 1st of 1 pending)\n  at"
                                                                + " migrate/flyway/shop-failing/V3__customer_email_required.sql:2")
                                                && m.contains("ERROR 23502: column \"email\" of relation \"customer\""
                                                        + " contains null values")
                                                && m.contains("Restored from migrate/flyway/shop_v2.sql")
                                                && m.contains(
                                                        "It ran in one transaction, which Flyway rolled back")))));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/flyway/shop_v2.sql")
    @MigratesTo(migrations = "migrate/flyway/shop-failing", tool = MigrationTool.FLYWAY)
    static class FailingTestCase {
        @Test
        void upgraded(RestoredDatabase db) {}
    }
}
