package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigratesTo;
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
                .assertStatistics(s -> s.started(1).succeeded(1));
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
    }
}
