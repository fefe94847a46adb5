package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * {@code @MigratesTo(value = MigratesTo.NONE, …)}: the database as restored, with the history and moves of the named
 * migrations' tool and nothing applied, so a test can fix the data first and then deploy.
 */
class NoneTargetEngineTest {

    @Test
    void none_names_the_migrations_of_any_tool_without_applying_them() throws Exception {
        run(DbmateNoneTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/native/dbmate/backup_at_v2.sql")
    @MigratesTo(value = MigratesTo.NONE, migrations = "migrate/native/dbmate/migrations")
    static class DbmateNoneTestCase {
        @Test
        void nothingIsAppliedUntilTheTestDeploys(RestoredDatabase db) {
            MigrationHistory history = db.migrations();
            assertThat(history.tool()).isEqualTo(MigrationTool.DBMATE);
            assertThat(history.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("20240101000001=APPLIED", "20240101000002=APPLIED", "20240101000003=PENDING");
            assertThat(history.lastFailure()).isEmpty();

            db.execute("UPDATE customers SET name = name");
            history.deploy();

            assertThat(history.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("20240101000001=APPLIED", "20240101000002=APPLIED", "20240101000003=APPLIED");
            assertThat(db.query("SELECT email FROM customers WHERE id = 3").singleValue())
                    .isEqualTo("alan.turing@example.com");
        }

        @Test
        void eachTestStartsFromTheBackupAgain(RestoredDatabase db) {
            assertThat(db.migrations().status("20240101000003").state())
                    .isEqualTo(dev.rehearsal.MigrationState.PENDING);
            assertThat(db.migrations().moves()).containsExactly("deploy()", "migrateTo(version)");
        }
    }
}
