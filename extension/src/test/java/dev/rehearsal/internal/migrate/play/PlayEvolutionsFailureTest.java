package dev.rehearsal.internal.migrate.play;

import static dev.rehearsal.internal.migrate.play.PlayTestSupport.copyShop;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.open;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.restoreBackup;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.rows;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.strings;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.withAutocommit;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.play.PlayTestSupport.Row;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing evolution, Play's inconsistent state, and its resolution. */
class PlayEvolutionsFailureTest {
    static final String FAILING_3 = "-- Display names\n\n-- !Ups\nALTER TABLE users ADD COLUMN display_name text;\n"
            + "UPDATE users SET email = NULL WHERE id = 2;\n\n-- !Downs\nALTER TABLE users DROP COLUMN display_name;\n";
    static final String PROBLEM_START = "ERROR: null value in column \"email\" of relation \"users\" violates not-null"
            + " constraint\n  Detail: Failing row contains (2, null, null).";
    static final String PROBLEM_END = " [ERROR:0, SQLSTATE:23502]";

    @TempDir
    Path temp;

    @Test
    void a_failing_statement_leaves_the_row_applying_up_and_the_statements_before_it_applied() {
        Path folder = copyShop(temp);
        write(folder, "3.sql", FAILING_3);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FixtureInfo fixture = restoreBackup(db);
            PlayEvolutionsMigrations migrations = open(folder, db, PlaySettings.defaults(), fixture);

            MigrationFailedException failure = catchThrowableOfType(migrations::deploy, MigrationFailedException.class);

            assertThat(failure.getMessage())
                    .startsWith("Migration 3 failed (Play Evolutions, 1st of 2 pending)\n"
                            + "  at conf/evolutions/default/3.sql:5\n"
                            + "    UPDATE users SET email = NULL WHERE id = 2\n"
                            + "  ERROR 23502: null value in column \"email\" of relation \"users\" violates not-null"
                            + " constraint\n  DETAIL: Failing row contains (2, null, null).\n"
                            + "  Restored from migrate/play/backup_rev2.sql (sha256 ")
                    .contains("0 migrations applied before, 1 still pending.\n  play_evolutions now records evolution"
                            + " 3 as applying_up with last_problem set; the statements of its Ups before the failing"
                            + " one stayed applied (autocommit=true commits each statement).")
                    .contains("resolveApplied(\"3\")")
                    .contains("Play reports: Database 'default' is in an inconsistent state! [An evolution has not been"
                            + " applied properly. Please check the problem and resolve it manually before marking it"
                            + " as resolved.]\n  We got the following error: " + PROBLEM_START)
                    .contains(PROBLEM_END + ", while trying to run this SQL script:\n    -- Rev:3,Ups - ");
            assertThat(failure.details().toolErrorCode()).isEqualTo("InconsistentDatabase");
            assertThat(migrations.lastFailure()).containsSame(failure);
            assertThat(rows(db).get(2).state()).isEqualTo("applying_up");
            assertThat(rows(db).get(2).lastProblem()).startsWith(PROBLEM_START).endsWith(PROBLEM_END);
            assertThat(strings(
                            db,
                            "select count(*) from information_schema.columns where column_name =" + " 'display_name'"))
                    .as("the ALTER before the failing UPDATE stayed")
                    .containsExactly("1");
            MigrationStatus third = migrations.status("3");
            assertThat(third.state()).isEqualTo(MigrationState.FAILED);
            assertThat(third.toolState()).isEqualTo("applying_up");
            assertThat(third.logs()).hasValueSatisfying(logs -> assertThat(logs).startsWith(PROBLEM_START));
            assertThat(migrations.status("4").state()).isEqualTo(MigrationState.PENDING);
        }
    }

    @Test
    void play_refuses_an_inconsistent_database_until_it_is_marked_resolved() {
        Path folder = copyShop(temp);
        write(folder, "3.sql", FAILING_3);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FixtureInfo fixture = restoreBackup(db);
            PlayEvolutionsMigrations migrations = open(folder, db, PlaySettings.defaults(), fixture);
            assertThatThrownBy(migrations::deploy).isInstanceOf(MigrationFailedException.class);

            MigrationRefusedException refusal =
                    catchThrowableOfType(migrations::deploy, MigrationRefusedException.class);

            assertThat(refusal.errorCode()).isEqualTo("InconsistentDatabase");
            assertThat(refusal.getMessage())
                    .startsWith("Play Evolutions refuses: Database 'default' is in an inconsistent state! [An"
                            + " evolution has not been applied properly. Please check the problem and resolve it"
                            + " manually before marking it as resolved.]\n  We got the following error: "
                            + PROBLEM_START)
                    .contains("    -- Rev:3,Ups - ")
                    .contains("    ALTER TABLE users ADD COLUMN display_name text;\n"
                            + "    UPDATE users SET email = NULL WHERE id = 2;\n")
                    .contains("play_evolutions (restored from migrate/play/backup_rev2.sql (sha256 ")
                    .contains("records evolution 3 as applying_up")
                    .contains("resolveApplied(\"3\") (Play's \"Mark it resolved\": the row becomes applied)");
            assertThat(migrations.lastFailure()).isPresent();

            db.execute("UPDATE users SET email = 'fixed@example.com' WHERE id = 2");
            migrations.resolveApplied("3");
            migrations.deploy();

            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("1=APPLIED", "2=APPLIED", "3=APPLIED", "4=APPLIED");
            assertThat(migrations.lastFailure()).isEmpty();
        }
    }

    @Test
    void a_backup_taken_after_a_failed_evolution_restores_the_inconsistent_state() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreBackup(db);
            db.execute(
                    "insert into play_evolutions values (3, 'abcdef0123', '2024-01-13 09:00:00',"
                            + " 'ALTER TABLE users ADD COLUMN x int;', '', 'applying_up', 'ERROR: boom [ERROR:0, SQLSTATE:XX000]')");
            PlayEvolutionsMigrations migrations = open(copyShop(temp), db);
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.FAILED);
            assertThat(migrations.status("3").logs()).hasValue("ERROR: boom [ERROR:0, SQLSTATE:XX000]");
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(MigrationRefusedException.class)
                    .hasMessageContaining("We got the following error: ERROR: boom [ERROR:0, SQLSTATE:XX000], while"
                            + " trying to run this SQL script:\n    -- Rev:3,Ups - abcdef0\n");
            assertThatThrownBy(() -> migrations.resolveApplied("2"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(
                            "Evolution 2 is recorded as applied: Play's \"Mark it resolved\" changes only a"
                                    + " row in applying_up or applying_down")
                    .hasMessageContaining("Rows in an applying state: [3 (applying_up)]");
            assertThatThrownBy(() -> migrations.resolveRolledBack("3"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("Play Evolutions has no resolveRolledBack(id) move")
                    .hasMessageContaining("deploy(), migrateTo(id), resolveApplied(id)");
        }
    }

    @Test
    void with_autocommit_off_the_whole_evolve_is_rolled_back_and_nothing_recorded() {
        Path folder = copyShop(temp);
        write(folder, "3.sql", FAILING_3);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreBackup(db);
            PlayEvolutionsMigrations migrations = open(folder, db, withAutocommit(false), null);

            MigrationFailedException failure = catchThrowableOfType(migrations::deploy, MigrationFailedException.class);

            assertThat(failure.getMessage())
                    .contains("0 migrations applied before, 2 still pending.")
                    .contains("With autocommit=false the whole evolve ran in one transaction and was rolled back")
                    .contains("Please check the problem and resolve it manually.]");
            assertThat(rows(db)).extracting(Row::id).containsExactly(1, 2);
            assertThat(strings(
                            db,
                            "select count(*) from information_schema.columns where column_name =" + " 'display_name'"))
                    .containsExactly("0");
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.PENDING);
        }
    }
}
