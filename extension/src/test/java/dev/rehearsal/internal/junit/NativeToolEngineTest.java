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

/** dbmate through the JUnit extension with tool = AUTO: detected from the layout, backup upgraded, history read. */
class NativeToolEngineTest {

    @Test
    void auto_detects_dbmate_and_upgrades_the_backup_it_made() throws Exception {
        run(DbmateAutoTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/native/dbmate/backup_at_v2.sql")
    @MigratesTo(migrations = "migrate/native/dbmate/migrations", tool = MigrationTool.AUTO)
    static class DbmateAutoTestCase {
        @Test
        void allApplied(RestoredDatabase db) {
            assertThat(db.migrations().tool()).isEqualTo(MigrationTool.DBMATE);
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state() + " (" + s.toolState() + ")")
                    .containsExactly(
                            "20240101000001=APPLIED (applied)",
                            "20240101000002=APPLIED (applied)",
                            "20240101000003=APPLIED (applied)");
            assertThat(db.query("SELECT email FROM customers WHERE id = 3").singleValue())
                    .isEqualTo("alan.turing@example.com");
        }

        /** What `dbmate status` says of the backup before the upgrade: two applied, one pending; nothing applied. */
        @Test
        void theBackupsOwnStatusBeforeTheUpgrade(RestoredDatabase db) {
            MigrationHistory before = db.beforeMigration().migrations();
            assertThat(before.tool()).isEqualTo(MigrationTool.DBMATE);
            assertThat(before.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("20240101000001=APPLIED", "20240101000002=APPLIED", "20240101000003=PENDING");
            assertThat(before.status())
                    .extracting(s -> s.id())
                    .containsExactly("20240101000001", "20240101000002", "20240101000003");
            assertThat(db.beforeMigration()
                            .query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers'"
                                    + " AND column_name = 'email'")
                            .singleValue())
                    .as("the before view is the backup as restored")
                    .isEqualTo(0L);
        }
    }
}
