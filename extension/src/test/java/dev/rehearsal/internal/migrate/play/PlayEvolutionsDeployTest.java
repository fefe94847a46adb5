package dev.rehearsal.internal.migrate.play;

import static dev.rehearsal.internal.migrate.play.PlayTestSupport.open;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.resource;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.restoreBackup;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.rows;
import static dev.rehearsal.internal.migrate.play.PlayTestSupport.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.play.PlayTestSupport.Row;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayEvolutionsDeployTest {
    // Hashes computed outside Rehearsal by extension/src/test/fixtures/play/generate.sh's awk reader and sha1sum.
    static final String HASH_1 = "9ddb82e3fb35f16d49ad8072f46b8fdd3446de81";
    static final String HASH_2 = "5ef2f9d30118f01e9ff024bab72820be09182a97";
    static final String HASH_3 = "13c367aa2032535e1a501c6fb94c4ae9d1772f98";
    static final String HASH_4 = "47665b9eecfbdd0cdf52413df917e20601bba606";

    @Test
    void writes_play_evolutions_exactly_as_play_does() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            open(resource(PlayTestSupport.SHOP), db).deploy();

            assertThat(strings(
                            db,
                            "select column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')',"
                                    + " '') || ' ' || is_nullable from information_schema.columns where table_name ="
                                    + " 'play_evolutions' order by ordinal_position"))
                    .containsExactly(
                            "id integer NO",
                            "hash character varying(255) NO",
                            "applied_at timestamp without time zone NO",
                            "apply_script text YES",
                            "revert_script text YES",
                            "state character varying(255) YES",
                            "last_problem text YES");
            assertThat(strings(
                            db,
                            "select pg_get_constraintdef(oid) from pg_constraint where conrelid ="
                                    + " 'play_evolutions'::regclass"))
                    .containsExactly("PRIMARY KEY (id)");
            assertThat(rows(db))
                    .containsExactly(
                            new Row(
                                    1,
                                    HASH_1,
                                    "CREATE TABLE users (\nid bigint PRIMARY KEY,\nemail varchar(255) NOT NULL\n);",
                                    "DROP TABLE users;",
                                    "applied",
                                    ""),
                            new Row(
                                    2,
                                    HASH_2,
                                    "CREATE TABLE orders (\nid bigint PRIMARY KEY,\nuser_id bigint NOT NULL REFERENCES"
                                            + " users (id),\ntotal integer NOT NULL\n);",
                                    "DROP TABLE orders;",
                                    "applied",
                                    ""),
                            new Row(
                                    3,
                                    HASH_3,
                                    "ALTER TABLE users ADD COLUMN display_name text;\nUPDATE users SET display_name ="
                                            + " 'user;; ' || id;\n\nCREATE FUNCTION order_count(uid bigint) RETURNS"
                                            + " bigint LANGUAGE plpgsql AS $$\nBEGIN\nRETURN (SELECT count(*) FROM"
                                            + " orders WHERE user_id = uid);;\nEND\n$$;",
                                    "DROP FUNCTION order_count(bigint);\nALTER TABLE users DROP COLUMN"
                                            + " display_name;",
                                    "applied",
                                    ""),
                            new Row(
                                    4,
                                    HASH_4,
                                    "CREATE INDEX orders_user_idx ON orders (user_id);",
                                    "DROP INDEX orders_user_idx;",
                                    "applied",
                                    ""));
            List<MigrationStatus> status =
                    open(resource(PlayTestSupport.SHOP), db).status();
            assertThat(status)
                    .extracting(s -> s.id() + "=" + s.state() + "/" + s.toolState() + " " + s.description())
                    .containsExactly(
                            "1=APPLIED/applied Users schema",
                            "2=APPLIED/applied Orders",
                            "3=APPLIED/applied Display names, and a function whose body needs ;; (Play splits at"
                                    + " every single ;)",
                            "4=APPLIED/applied Index for the orders of a user");
            assertThat(status.get(0).startedAt().orElseThrow()).isBetween(before, Instant.now());
        }
    }

    @Test
    void runs_each_statement_with_double_semicolons_unescaped() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(resource(PlayTestSupport.SHOP), db).deploy();
            db.execute("INSERT INTO users (id, email) VALUES (7, 'u7@example.com');"
                    + " INSERT INTO orders VALUES (1, 7, 10), (2, 7, 20)");
            assertThat(strings(db, "select order_count(7)")).containsExactly("2");
        }
    }

    @Test
    void upgrades_a_backup_taken_at_evolution_2() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreBackup(db);
            PlayEvolutionsMigrations migrations = open(resource(PlayTestSupport.SHOP), db);
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("1=APPLIED", "2=APPLIED", "3=PENDING", "4=PENDING");

            migrations.deploy();

            assertThat(migrations.status()).extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);
            assertThat(strings(db, "select id || ':' || display_name from users order by id"))
                    .containsExactly("1:user; 1", "2:user; 2", "3:user; 3");
            assertThat(strings(db, "select order_count(1) + order_count(2) + order_count(3)"))
                    .containsExactly("5");
            assertThat(rows(db)).extracting(Row::hash).containsExactly(HASH_1, HASH_2, HASH_3, HASH_4);
            assertThat(strings(
                            db,
                            "select to_char(applied_at, 'YYYY-MM-DD HH24:MI:SS') from play_evolutions"
                                    + " where id <= 2 order by id"))
                    .as("the backup's rows are left alone")
                    .containsExactly("2024-01-11 09:00:00", "2024-01-12 09:00:00");
        }
    }

    @Test
    void migrate_to_stops_after_the_target_revision() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreBackup(db);
            PlayEvolutionsMigrations migrations = open(resource(PlayTestSupport.SHOP), db);
            migrations.migrateTo("3");
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly("1=APPLIED", "2=APPLIED", "3=APPLIED", "4=PENDING");
        }
    }

    @Test
    void a_backup_from_before_evolutions_fails_on_the_first_evolution_as_play_would() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreBackup(db);
            db.execute("DROP TABLE play_evolutions");
            PlayEvolutionsMigrations migrations = open(resource(PlayTestSupport.SHOP), db);
            org.assertj.core.api.Assertions.assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(dev.rehearsal.MigrationFailedException.class)
                    .hasMessageContaining("Migration 1 failed (Play Evolutions, 1st of 4 pending)")
                    .hasMessageContaining("ERROR 42P07: relation \"users\" already exists");
            assertThat(rows(db))
                    .extracting(Row::id, Row::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "applying_up"));
        }
    }

    @Test
    void useLocks_creates_plays_lock_table() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PlaySettings d = PlaySettings.defaults();
            PlaySettings locking = new PlaySettings(
                    d.database(), d.schema(), d.metaTable(), true, true, false, d.substitutions(), false);
            open(resource(PlayTestSupport.SHOP), db, locking, null).deploy();
            assertThat(strings(db, "select lock from play_evolutions_lock")).containsExactly("1");
            assertThat(rows(db)).hasSize(4);
        }
    }

    @Test
    void a_custom_schema_and_meta_table() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("CREATE SCHEMA meta");
            PlaySettings d = PlaySettings.defaults();
            PlaySettings custom = new PlaySettings(
                    d.database(), "meta", "evolutions_history", true, false, false, d.substitutions(), false);
            open(resource(PlayTestSupport.SHOP), db, custom, null).deploy();
            assertThat(strings(db, "select count(*) from meta.evolutions_history where state = 'applied'"))
                    .containsExactly("4");
            assertThat(strings(db, "select to_regclass('public.play_evolutions') is null"))
                    .containsExactly("t");
        }
    }
}
