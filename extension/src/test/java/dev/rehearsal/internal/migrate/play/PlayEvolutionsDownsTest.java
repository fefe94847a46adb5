package dev.rehearsal.internal.migrate.play;

import static dev.rehearsal.internal.migrate.play.PlayTestSupport.allowingDowns;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.copyShop;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.delete;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.open;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.restoreBackup;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.rows;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.strings;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.play.PlayTestSupport.Row;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evolutions Play would unapply: edited ones and ones the code no longer has. */
class PlayEvolutionsDownsTest {
    static final String EDITED_2 = "-- Orders, now with a currency\n\n-- !Ups\nCREATE TABLE orders (\n"
            + "    id bigint PRIMARY KEY,\n    user_id bigint NOT NULL REFERENCES users (id),\n"
            + "    total integer NOT NULL,\n    currency char(3) NOT NULL DEFAULT 'EUR'\n);\n\n-- !Downs\n"
            + "DROP TABLE orders;\n";

    @TempDir
    Path temp;

    @Test
    void an_edited_evolution_is_reported_and_its_downs_refused() {
        Path folder = copyShop(temp);
        write(folder, "2.sql", EDITED_2);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FixtureInfo fixture = restoreBackup(db);
            PlayEvolutionsMigrations migrations = open(folder, db, PlaySettings.defaults(), fixture);
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state() + "/" + s.toolState())
                    .containsExactly("1=APPLIED/applied", "2=EDITED/applied", "3=PENDING/pending", "4=PENDING/pending");

            MigrationRefusedException refusal =
                    catchThrowableOfType(migrations::deploy, MigrationRefusedException.class);

            assertThat(refusal.tool()).isEqualTo(MigrationTool.PLAY_EVOLUTIONS);
            assertThat(refusal.errorCode()).isEqualTo("InvalidDatabaseRevision");
            assertThat(refusal.getMessage())
                    .startsWith("Play Evolutions refuses: Database 'default' needs evolution! [An SQL script need to be"
                            + " run on your database.] Its script first reverts 1 evolution by running Downs (data"
                            + " loss):\n  - revert evolution 2 (its scripts changed in conf/evolutions/default/2.sql"
                            + " (hash 5ef2f9d in play_evolutions, ")
                    .contains(" by running its Downs from play_evolutions.revert_script:\n        DROP TABLE orders;\n"
                            + "  then apply the Ups of evolutions 2, 3, 4.")
                    .contains("The database restored from migrate/play/backup_rev2.sql (sha256 ")
                    .contains("needs evolutions, including downs!")
                    .contains("play.evolutions.db.default.autoApply=true and autoApplyDowns=true")
                    .contains("@MigratesTo(allowDowns = true)");
            assertThat(strings(db, "select count(*) from orders"))
                    .as("nothing ran")
                    .containsExactly("5");
            assertThat(rows(db)).extracting(Row::id).containsExactly(1, 2);
            assertThat(migrations.lastFailure()).isEmpty();
        }
    }

    @Test
    void with_downs_allowed_play_reverts_the_edited_evolution_and_the_data_is_gone() {
        Path folder = copyShop(temp);
        write(folder, "2.sql", EDITED_2);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreBackup(db);
            PlayEvolutionsMigrations migrations = open(folder, db, allowingDowns(), null);

            migrations.deploy();

            assertThat(strings(db, "select count(*) from orders"))
                    .as("DROP TABLE orders ran")
                    .containsExactly("0");
            assertThat(strings(
                            db,
                            "select column_name from information_schema.columns where table_name = 'orders'"
                                    + " order by ordinal_position"))
                    .containsExactly("id", "user_id", "total", "currency");
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("1=APPLIED", "2=APPLIED", "3=APPLIED", "4=APPLIED");
            assertThat(rows(db).get(1).hash())
                    .isEqualTo(Evolution.hash(
                            "DROP TABLE orders;",
                            "CREATE TABLE orders (\n"
                                    + "id bigint PRIMARY KEY,\nuser_id bigint NOT NULL REFERENCES users (id),\ntotal integer NOT"
                                    + " NULL,\ncurrency char(3) NOT NULL DEFAULT 'EUR'\n);"));
        }
    }

    @Test
    void an_evolution_the_code_no_longer_has_is_unknown_and_play_would_revert_it() {
        Path folder = copyShop(temp);
        delete(folder, "2.sql", "3.sql", "4.sql");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreBackup(db);
            PlayEvolutionsMigrations migrations = open(folder, db);
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("1=APPLIED", "2=UNKNOWN_TO_CODE");

            MigrationRefusedException refusal =
                    catchThrowableOfType(migrations::deploy, MigrationRefusedException.class);

            assertThat(refusal.getMessage())
                    .contains("- revert evolution 2 (the code has no evolution 2 any more) by running its Downs from"
                            + " play_evolutions.revert_script:\n        DROP TABLE orders;")
                    .contains("then apply the Ups of no evolution.");
        }
    }

    @Test
    void skipApplyDownsOnly_leaves_a_downs_only_evolve_alone() {
        Path folder = copyShop(temp);
        delete(folder, "2.sql", "3.sql", "4.sql");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreBackup(db);
            PlaySettings d = PlaySettings.defaults();
            PlaySettings skip = new PlaySettings(
                    d.database(), d.schema(), d.metaTable(), true, false, true, d.substitutions(), false);
            open(folder, db, skip, null).deploy();
            assertThat(rows(db)).extracting(Row::id).containsExactly(1, 2);
        }
    }

    @Test
    void a_file_after_a_gap_is_never_read_and_a_padded_duplicate_is_ignored() {
        Path folder = copyShop(temp);
        delete(folder, "3.sql");
        write(folder, "01.sql", "-- !Ups\nselect 1;\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PlayEvolutionsMigrations migrations = open(folder, db);
            assertThat(migrations.localIds()).containsExactly("1", "2");
            assertThat(migrations.warnings())
                    .containsExactly(
                            "conf/evolutions/default/01.sql is ignored: Play reads 1.sql for revision 1 (the first of"
                                    + " 1.sql, 01.sql, … that exists).",
                            "Play never reads 4.sql in conf/evolutions/default: it reads 1.sql, 2.sql, … and stops at"
                                    + " the first missing revision (3.sql). Rename the files so the revisions have no"
                                    + " gap.");
        }
    }
}
