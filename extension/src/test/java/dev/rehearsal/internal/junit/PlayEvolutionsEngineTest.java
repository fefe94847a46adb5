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
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Play Evolutions through the JUnit extension, the tool detected from the layout. */
class PlayEvolutionsEngineTest {

    @Test
    void detects_play_evolutions_in_conf_evolutions_and_upgrades_the_backup() throws Exception {
        run(UpgradeTestCase.class, Map.of("rehearsal.play.useLocks", "true"))
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/play/backup_rev2.sql")
    @MigratesTo(migrations = "migrate/play/shop/conf/evolutions")
    static class UpgradeTestCase {
        @Test
        void upgraded(RestoredDatabase db) {
            assertThat(db.migrations().tool()).isEqualTo(MigrationTool.PLAY_EVOLUTIONS);
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("1=APPLIED", "2=APPLIED", "3=APPLIED", "4=APPLIED");
            assertThat(db.query("SELECT display_name FROM users ORDER BY id").rows())
                    .extracting(row -> row.get(0))
                    .containsExactly("user; 1", "user; 2", "user; 3");
            assertThat(db.query("SELECT lock FROM play_evolutions_lock").singleValue())
                    .as("rehearsal.play.useLocks from the JUnit configuration")
                    .isEqualTo(1);
        }
    }

    @Test
    void an_edited_evolution_fails_the_test_before_its_body_unless_downs_are_allowed() throws Exception {
        run(EditedTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("upgraded"),
                                finishedWithFailure(
                                        instanceOf(MigrationRefusedException.class),
                                        message(m -> m.startsWith("Play Evolutions refuses: Database 'default' needs"
                                                        + " evolution!")
                                                && m.contains("revert evolution 2 (its scripts changed in"
                                                        + " migrate/play/edited/conf/evolutions/default/2.sql")
                                                && m.contains("DROP TABLE orders;")
                                                && m.contains("@MigratesTo(allowDowns = true)")))));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/play/backup_rev2.sql")
    @MigratesTo(migrations = "migrate/play/edited/conf/evolutions/default")
    static class EditedTestCase {
        @Test
        void upgraded(RestoredDatabase db) {}
    }

    @Test
    void with_allowDowns_the_downs_run_and_the_test_sees_the_data_loss() throws Exception {
        run(AllowDownsTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/play/backup_rev2.sql")
    @MigratesTo(migrations = "migrate/play/edited/conf/evolutions/default", allowDowns = true)
    static class AllowDownsTestCase {
        @Test
        void ordersAreGone(RestoredDatabase db) {
            assertThat(db.beforeMigration().query("SELECT count(*) FROM orders").singleValue())
                    .isEqualTo(5L);
            assertThat(db.query("SELECT count(*) FROM orders").singleValue()).isEqualTo(0L);
            assertThat(db.query("SELECT count(*) FROM users").singleValue()).isEqualTo(3L);
        }
    }
}
