package dev.rehearsal.internal.migrate.prisma;

import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.copy;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.open;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.resource;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.rows;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.strings;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.tableExists;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.Row;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismaDeployTest {
    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void creates_the_history_table_with_prismas_exact_ddl() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(resource("basic"), db).deploy();

            assertThat(strings(
                            db,
                            "SELECT column_name || ' ' || data_type || ' ' || coalesce("
                                    + "character_maximum_length::text, '-') || ' ' || is_nullable || ' ' || coalesce("
                                    + "column_default, '-') FROM information_schema.columns WHERE table_schema = 'public'"
                                    + " AND table_name = '_prisma_migrations' ORDER BY ordinal_position"))
                    .containsExactly(
                            "id character varying 36 NO -",
                            "checksum character varying 64 NO -",
                            "finished_at timestamp with time zone - YES -",
                            "migration_name character varying 255 NO -",
                            "logs text - YES -",
                            "rolled_back_at timestamp with time zone - YES -",
                            "started_at timestamp with time zone - NO now()",
                            "applied_steps_count integer - NO 0");
            assertThat(strings(
                            db,
                            "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                                    + " WHERE conrelid = 'public._prisma_migrations'::regclass"))
                    .containsExactly("_prisma_migrations_pkey PRIMARY KEY (id)");
        }
    }

    @Test
    void records_each_applied_migration_like_prisma() throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
            open(resource("basic"), db).deploy();
            Instant after = Instant.now();

            List<Row> rows = rows(db);
            assertThat(rows)
                    .extracting(Row::migrationName)
                    .containsExactly("20240101000000_init", "20240102000000_add_name", "20240103000000_add_orders");
            assertThat(rows.get(0).checksum())
                    .isEqualTo("12c83f983b0c94b9c7010dcc92149589d5fb01a3d32af8f6d699545d95db9040");
            for (Row row : rows) {
                assertThat(row.id()).matches(UUID_V4);
                assertThat(row.checksum())
                        .isEqualTo(sha256(
                                resource("basic").resolve(row.migrationName()).resolve("migration.sql")));
                assertThat(row.appliedStepsCount()).isEqualTo(1);
                assertThat(row.logs()).isNull();
                assertThat(row.rolledBackAt()).isNull();
                assertThat(row.startedAt().toInstant()).isBetween(before, after);
                assertThat(row.finishedAt().toInstant())
                        .isBetween(row.startedAt().toInstant(), after);
            }
            assertThat(strings(db, "SELECT id || ':' || name FROM t")).containsExactly("1:one");
            assertThat(tableExists(db, "public.\"Order\"")).isTrue();
        }
    }

    @Test
    void a_second_deploy_applies_nothing() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("basic"), db);
            migrations.deploy();
            List<Row> first = rows(db);

            migrations.deploy();

            assertThat(rows(db)).isEqualTo(first);
            assertThat(migrations.lastFailure()).isEmpty();
        }
    }

    @Test
    void migrate_to_applies_pending_migrations_up_to_the_target() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("basic"), db);

            migrations.migrateTo("20240102000000_add_name");
            assertThat(rows(db))
                    .extracting(Row::migrationName)
                    .containsExactly("20240101000000_init", "20240102000000_add_name");
            assertThat(migrations.status("20240103000000_add_orders").state()).isEqualTo(MigrationState.PENDING);

            migrations.migrateTo("20240101000000_init"); // already applied: nothing to do
            assertThat(rows(db)).hasSize(2);

            migrations.migrateToTarget("latest");
            assertThat(rows(db)).hasSize(3);
        }
    }

    @Test
    void migrate_to_an_unknown_id_names_the_available_ones_and_touches_nothing() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("basic"), db);

            assertThatThrownBy(() -> migrations.migrateTo("20240102000000_add_nam"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"20240102000000_add_nam\" is not a migration of prisma/migrations")
                    .hasMessageContaining("20240102000000_add_name");
            assertThat(tableExists(db, "public._prisma_migrations")).isFalse();
        }
    }

    @Test
    void a_local_migration_sorting_before_applied_ones_is_applied(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, "20240101000000_init", "CREATE TABLE t (id int);\n");
            write(dir, "20240103000000_third", "CREATE TABLE third (id int);\n");
            open(dir, db).deploy();
            write(dir, "20240102000000_merged_from_a_branch", "CREATE TABLE second (id int);\n");

            PrismaMigrations migrations = open(dir, db);
            migrations.deploy();

            assertThat(rows(db))
                    .extracting(Row::migrationName)
                    .containsExactly(
                            "20240101000000_init", "20240103000000_third", "20240102000000_merged_from_a_branch");
            assertThat(tableExists(db, "public.second")).isTrue();
            assertThat(migrations.status()).extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);
        }
    }

    @Test
    void rows_of_migrations_deleted_from_the_code_are_ignored_by_deploy(@TempDir Path dir) throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            copy("basic", dir);
            open(dir, db).deploy();
            Files.delete(dir.resolve("20240101000000_init/migration.sql"));
            Files.delete(dir.resolve("20240101000000_init"));
            write(dir, "20240104000000_more", "CREATE TABLE more (id int);\n");

            PrismaMigrations migrations = open(dir, db);
            migrations.deploy();

            assertThat(rows(db)).hasSize(4);
            assertThat(migrations.status())
                    .extracting(MigrationStatus::id, MigrationStatus::state)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("20240102000000_add_name", MigrationState.APPLIED),
                            org.assertj.core.groups.Tuple.tuple("20240103000000_add_orders", MigrationState.APPLIED),
                            org.assertj.core.groups.Tuple.tuple("20240104000000_more", MigrationState.APPLIED),
                            org.assertj.core.groups.Tuple.tuple("20240101000000_init", MigrationState.UNKNOWN_TO_CODE));
        }
    }

    @Test
    void a_non_empty_schema_without_history_is_refused_with_p3005() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("CREATE TABLE legacy (id int); CREATE TABLE \"User\" (id int)");

            assertThatThrownBy(() -> open(resource("basic"), db).deploy())
                    .isInstanceOfSatisfying(MigrationRefusedException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("P3005");
                        assertThat(e.tool()).isEqualTo(dev.rehearsal.MigrationTool.PRISMA);
                    })
                    .hasMessageStartingWith("Error: P3005\n\nThe database schema is not empty. Read more about how to"
                            + " baseline an existing production database: https://pris.ly/d/migrate-baseline\n\n")
                    .hasMessageContaining("2 table(s) (User, legacy)")
                    .hasMessageContaining("resolveApplied(id)")
                    .hasMessageContaining("the first local one is 20240101000000_init");
            assertThat(tableExists(db, "public._prisma_migrations")).isFalse();
            assertThat(tableExists(db, "public.t")).isFalse();
        }
    }

    @Test
    void postgis_tables_views_types_functions_partitioned_and_other_schemas_do_not_count() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("CREATE TABLE spatial_ref_sys (srid int); CREATE TABLE \"Geometry_Columns\" (x int);"
                    + " CREATE VIEW v AS SELECT 1 AS one; CREATE TYPE mood AS ENUM ('ok');"
                    + " CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE SEQUENCE s;"
                    + " CREATE TABLE parted (id int) PARTITION BY RANGE (id);"
                    + " CREATE SCHEMA other; CREATE TABLE other.elsewhere (id int)");

            open(resource("basic"), db).deploy();

            assertThat(rows(db)).hasSize(3);
        }
    }

    @Test
    void a_failed_row_blocks_deploy_with_p3009_even_when_the_code_no_longer_has_it() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute(PrismaHistoryTable.CREATE_TABLE
                    + "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES"
                    + " ('00000000-0000-4000-8000-000000000001', 'x', '20230101000000_gone', '2023-05-06"
                    + " 07:08:09.123456+00')");

            assertThatThrownBy(() -> open(resource("basic"), db).deploy())
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3009"))
                    .hasMessageStartingWith("Error: P3009\n\nmigrate found failed migrations in the target database,"
                            + " new migrations will not be applied. Read more about how to resolve migration issues"
                            + " in a production database: https://pris.ly/d/migrate-resolve\nThe"
                            + " `20230101000000_gone` migration started at 2023-05-06 07:08:09.123456 UTC failed\n\n")
                    .hasMessageContaining("resolveRolledBack(\"20230101000000_gone\")")
                    .hasMessageContaining("Not in the code any more");
            assertThat(tableExists(db, "public.t")).isFalse();
        }
    }

    @Test
    void provider_mismatch_in_the_lock_file_is_refused_with_p3019(@TempDir Path dir) throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, "20240101000000_init", "CREATE TABLE t (id int);\n");
            Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"mysql\"\n");

            assertThatThrownBy(() -> open(dir, db).deploy())
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3019"))
                    .hasMessageStartingWith("Error: P3019\n\nThe datasource provider `postgresql` specified in your"
                            + " schema does not match the one specified in the migration_lock.toml, `mysql`. Please"
                            + " remove your current migration directory and start a new migration history with prisma"
                            + " migrate dev. Read more: https://pris.ly/d/migrate-provider-switch");
            Files.writeString(dir.resolve("migration_lock.toml"), "# no provider line\n");
            assertThatThrownBy(() -> open(dir, db).deploy()).hasMessageContaining("`<PROVIDER NOT FOUND>`");
            assertThat(tableExists(db, "public._prisma_migrations")).isFalse();
        }
    }

    @Test
    void a_missing_migration_sql_stops_deploy_with_p3015_when_it_is_needed(@TempDir Path dir) throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, "20240101000000_init", "CREATE TABLE t (id int);\n");
            Files.createDirectories(dir.resolve("20240102000000_empty_dir"));

            assertThatThrownBy(() -> open(dir, db).deploy())
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3015"))
                    .hasMessageStartingWith("Error: P3015\n\nCould not find the migration file at"
                            + " prisma/migrations/20240102000000_empty_dir/migration.sql. Please delete the directory"
                            + " or restore the migration file.")
                    .hasMessageContaining("after applying the 1 pending migration(s) before it");
            assertThat(rows(db)).extracting(Row::migrationName).containsExactly("20240101000000_init");
        }
    }

    @Test
    void holds_prismas_advisory_lock_while_deploying_and_releases_it(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(
                    dir,
                    "20240101000000_look",
                    "CREATE TABLE seen AS SELECT count(*) AS n FROM pg_locks"
                            + " WHERE locktype = 'advisory' AND objid = 72707369 AND granted;\n");

            open(dir, db).deploy();

            assertThat(strings(db, "SELECT n FROM seen")).containsExactly("1");
            assertThat(strings(
                            db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'" + " AND objid = 72707369"))
                    .containsExactly("0");
        }
    }

    @Test
    void waits_ten_seconds_for_a_held_lock_then_refuses_with_p1002() throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase();
                Connection holder = db.connection();
                Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(72707369)");
            long start = System.nanoTime();

            assertThatThrownBy(() -> open(resource("basic"), db).deploy())
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P1002"))
                    .hasMessageContaining("Timed out trying to acquire a postgres advisory lock (SELECT"
                            + " pg_advisory_lock(72707369)). Timeout: 10000ms.");
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(9_000_000_000L);
            assertThat(tableExists(db, "public._prisma_migrations")).isFalse();
        }
    }

    @Test
    void scripts_run_with_prismas_search_path(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, "20240101000000_look", "CREATE TABLE sp AS SELECT current_setting('search_path') AS v;\n");

            open(dir, db).deploy();

            assertThat(strings(db, "SELECT v FROM sp")).containsExactly("public");
        }
    }

    @Test
    void crlf_scripts_run_and_are_checksummed_over_their_raw_bytes(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(
                    dir,
                    "20240101000000_windows",
                    "-- from Windows\r\nCREATE TABLE w (id int);\r\nINSERT INTO w VALUES (1);\r\n");

            open(dir, db).deploy();

            assertThat(rows(db).get(0).checksum())
                    .isEqualTo(sha256(dir.resolve("20240101000000_windows/migration.sql")));
            assertThat(strings(db, "SELECT id FROM w")).containsExactly("1");
        }
    }

    @Test
    void a_byte_order_mark_is_sent_like_prisma_sends_it_and_postgres_rejects_it(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, "20240101000000_bom", "\uFEFFCREATE TABLE b (id int);\nCREATE TABLE c (id int);\n");

            assertThatThrownBy(() -> open(dir, db).deploy())
                    .isInstanceOfSatisfying(dev.rehearsal.MigrationFailedException.class, e -> {
                        assertThat(e.sqlState()).contains("42601");
                        assertThat(e.details().line()).isEqualTo(1);
                    });
            assertThat(rows(db).get(0).checksum()).isEqualTo(sha256(dir.resolve("20240101000000_bom/migration.sql")));
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
