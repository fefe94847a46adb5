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
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/** Liquibase through the JUnit extension, detected from the layout, on a backup Liquibase left at changeset 2. */
class LiquibaseEngineTest {

    @Test
    void detects_liquibase_and_upgrades_the_backup() throws Exception {
        run(UpgradeTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/liquibase/backup_changeset2.sql")
    @MigratesTo(migrations = "migrate/liquibase/sql")
    static class UpgradeTestCase {
        @Test
        void upgraded(RestoredDatabase db) {
            assertThat(db.migrations().tool()).isEqualTo(MigrationTool.LIQUIBASE);
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(
                            "db.changelog-master.sql::1::alice=APPLIED",
                            "db.changelog-master.sql::2::alice=APPLIED",
                            "db.changelog-master.sql::3::bob=APPLIED");
            assertThat(db.query("SELECT display_name FROM customer ORDER BY id").rows())
                    .extracting(row -> row.get(0))
                    .containsExactly("customer 1", "customer 2");
            assertThat(db.query("SELECT count(DISTINCT deployment_id) FROM databasechangelog")
                            .singleValue())
                    .isEqualTo(2L);
        }
    }

    @Test
    void a_failing_changeset_fails_the_test_before_its_body() throws Exception {
        run(FailingTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("upgraded"),
                                finishedWithFailure(
                                        instanceOf(MigrationFailedException.class),
                                        message(m -> m.startsWith("Migration db.changelog-master.sql::3::bob failed"
                                                        + " (Liquibase, 1st of 1 pending)\n  at"
                                                        + " migrate/liquibase/sql-failing/db.changelog-master.sql:13")
                                                && m.contains("ERROR 23502")
                                                && m.contains(
                                                        "Restored from migrate/liquibase/backup_changeset2.sql")))));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/liquibase/backup_changeset2.sql")
    @MigratesTo(migrations = "migrate/liquibase/sql-failing")
    static class FailingTestCase {
        @Test
        void upgraded(RestoredDatabase db) {}
    }
}
