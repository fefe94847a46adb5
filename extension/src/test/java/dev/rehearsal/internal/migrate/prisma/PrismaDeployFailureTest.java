package dev.rehearsal.internal.migrate.prisma;

import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.open;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.resource;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.rows;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.strings;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.tableExists;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.Row;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismaDeployFailureTest {
    private static final String PURGE = "20240102000000_purge_abandoned_drafts";
    private static final FixtureInfo FIXTURE = new FixtureInfo(
            "backups/app_2024_01.sql.gz",
            "/tmp/app_2024_01.sql.gz",
            "1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a",
            "gzip-compressed plain SQL",
            Optional.of("15.18"),
            Optional.of("15.18"),
            Duration.ofSeconds(3));

    @Test
    void a_failing_migration_tells_the_whole_story() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = PrismaMigrations.open(
                    resource("failing"), "prisma/migrations", db::connection, FIXTURE, Optional.empty());

            MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, migrations::deploy);

            MigrationFailedException.Details d = e.details();
            assertThat(d.tool()).isEqualTo(MigrationTool.PRISMA);
            assertThat(d.toolErrorCode()).isEqualTo("P3018");
            assertThat(d.migrationId()).isEqualTo(PURGE);
            assertThat(d.position()).isEqualTo(2);
            assertThat(d.pendingCount()).isEqualTo(3);
            assertThat(d.file()).isEqualTo("prisma/migrations/" + PURGE + "/migration.sql");
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.statement()).isEqualTo("DELETE FROM \"Draft\" WHERE \"status\" = 'ABANDONED';");
            assertThat(d.sqlState()).isEqualTo("23503");
            assertThat(d.serverMessage())
                    .isEqualTo("update or delete on table \"Draft\" violates foreign key constraint"
                            + " \"Attachment_draftId_fkey\" on table \"Attachment\"");
            assertThat(d.detail()).isEqualTo("Key (id)=(41) is still referenced from table \"Attachment\".");
            assertThat(d.fixture()).isEqualTo(FIXTURE);
            assertThat(d.appliedBefore()).isEqualTo(1);
            assertThat(d.stillPending()).isEqualTo(1);
            assertThat(e.getMessage())
                    .startsWith("Migration " + PURGE + " failed (Prisma Migrate, 2nd of 3 pending)\n"
                            + "  at prisma/migrations/" + PURGE + "/migration.sql:7\n"
                            + "    DELETE FROM \"Draft\" WHERE \"status\" = 'ABANDONED';\n"
                            + "  ERROR 23503: update or delete on table \"Draft\"")
                    .contains("  DETAIL: Key (id)=(41) is still referenced from table \"Attachment\".\n")
                    .contains("Restored from backups/app_2024_01.sql.gz (sha256 1f3a5b7c9d1e…, pg_dump 15.18);"
                            + " 1 migration applied before, 1 still pending.")
                    .endsWith("The history now records this migration as failed: a real `prisma migrate deploy`"
                            + " would stop with P3009 until it is resolved (see"
                            + " RestoredDatabase.migrations().resolveRolledBack).");
            assertThat(e.getCause()).isInstanceOf(org.postgresql.util.PSQLException.class);
            assertThat(migrations.lastFailure()).containsSame(e);
        }
    }

    @Test
    void the_failure_is_recorded_as_prisma_records_it_and_the_script_is_rolled_back() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("failing"), db);
            assertThatThrownBy(migrations::deploy).isInstanceOf(MigrationFailedException.class);

            List<Row> rows = rows(db);
            assertThat(rows).extracting(Row::migrationName).containsExactly("20240101000000_init", PURGE);
            Row failed = rows.get(1);
            assertThat(failed.finishedAt()).isNull();
            assertThat(failed.rolledBackAt()).isNull();
            assertThat(failed.appliedStepsCount()).isZero();
            assertThat(failed.logs())
                    .startsWith("A migration failed to apply. New migrations cannot be applied before the error is"
                            + " recovered from. Read more about how to resolve migration issues in a production"
                            + " database: https://pris.ly/d/migrate-resolve\n\nMigration name: " + PURGE + "\n\n"
                            + "Database error code: 23503\n\nDatabase error:\nERROR: update or delete on table"
                            + " \"Draft\" violates foreign key constraint \"Attachment_draftId_fkey\" on table"
                            + " \"Attachment\"\nDETAIL: Key (id)=(41) is still referenced from table \"Attachment\".\n\n"
                            + "DbError { severity: \"ERROR\", parsed_severity: Some(Error), code: SqlState(E23503),"
                            + " message: \"update or delete on table \\\"Draft\\\" violates foreign key constraint"
                            + " \\\"Attachment_draftId_fkey\\\" on table \\\"Attachment\\\"\", detail: Some(\"Key"
                            + " (id)=(41) is still referenced from table \\\"Attachment\\\".\"), hint: None,"
                            + " position: None, where_: None, schema: Some(\"public\"), table: Some(\"Attachment\"),"
                            + " column: None, datatype: None, constraint: Some(\"Attachment_draftId_fkey\"), file:"
                            + " Some(\"ri_triggers.c\"), line: Some(")
                    .contains(" }\n\n   0: sql_schema_connector::apply_migration::apply_script\n"
                            + "           with migration_name=\"" + PURGE + "\"\n")
                    .endsWith("             at schema-engine/core/src/state.rs:255");
            assertThat(tableExists(db, "public.\"PurgeLog\""))
                    .as("the script's first statement")
                    .isFalse();
            assertThat(strings(db, "SELECT count(*) FROM \"Draft\"")).containsExactly("2");
            assertThat(migrations.status())
                    .extracting(s -> s.state())
                    .containsExactly(MigrationState.APPLIED, MigrationState.FAILED, MigrationState.PENDING);
            assertThat(migrations.status(PURGE).logs()).contains(failed.logs());
        }
    }

    @Test
    void the_next_deploy_stops_with_p3009_before_applying_anything() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("failing"), db);
            MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class, migrations::deploy);
            List<Row> before = rows(db);

            assertThatThrownBy(migrations::deploy)
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3009"))
                    .hasMessageContaining("\nThe `" + PURGE + "` migration started at "
                            + ChronoFormat.utc(before.get(1).startedAt().toInstant()) + " failed\n")
                    .hasMessageContaining("resolveRolledBack(\"" + PURGE + "\")")
                    .hasMessageContaining("resolveApplied(\"" + PURGE + "\")");
            assertThat(rows(db)).isEqualTo(before);
            assertThat(migrations.lastFailure())
                    .as("a refusal keeps the last failure")
                    .containsSame(failure);
        }
    }

    @Test
    void resolve_rolled_back_then_deploy_runs_the_migration_again() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("failing"), db);
            assertThatThrownBy(migrations::deploy).isInstanceOf(MigrationFailedException.class);
            db.execute("DELETE FROM \"Attachment\" WHERE \"draftId\" = 41");

            migrations.resolveRolledBack(PURGE);
            assertThat(migrations.status(PURGE).state()).isEqualTo(MigrationState.ROLLED_BACK);
            migrations.deploy();

            List<Row> rows = rows(db);
            assertThat(rows)
                    .extracting(Row::migrationName)
                    .containsExactly("20240101000000_init", PURGE, PURGE, "20240103000000_add_archive");
            assertThat(rows.get(1).rolledBackAt()).isNotNull();
            assertThat(rows.get(1).finishedAt()).isNull();
            assertThat(rows.get(2).finishedAt()).isNotNull();
            assertThat(rows.get(2).rolledBackAt()).isNull();
            assertThat(rows.get(2).appliedStepsCount()).isEqualTo(1);
            assertThat(migrations.status()).extracting(s -> s.state()).containsOnly(MigrationState.APPLIED);
            assertThat(migrations.lastFailure()).isEmpty();
            assertThat(strings(db, "SELECT id FROM \"Draft\"")).containsExactly("42");
        }
    }

    @Test
    void the_initial_failure_is_reported_until_the_next_run() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            MigrationFailedException fromTemplate = catchThrowableOfType(
                    MigrationFailedException.class,
                    () -> open(resource("failing"), db).deploy());

            PrismaMigrations clone = PrismaMigrations.open(
                    resource("failing"), "prisma/migrations", db::connection, null, Optional.of(fromTemplate));

            assertThat(clone.lastFailure()).containsSame(fromTemplate);
        }
    }

    @Test
    void create_index_concurrently_alone_runs_in_autocommit(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, "20240101000000_init", "CREATE TABLE t (id int);\n");
            write(dir, "20240102000000_index", "-- CreateIndex\nCREATE INDEX CONCURRENTLY \"t_id_idx\" ON t (id);\n");

            open(dir, db).deploy();

            assertThat(strings(db, "SELECT indexname FROM pg_indexes WHERE tablename = 't'"))
                    .containsExactly("t_id_idx");
        }
    }

    @Test
    void create_index_concurrently_among_other_statements_fails_with_25001(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, "20240101000000_init", "CREATE TABLE t (id int);\n");
            write(dir, "20240102000000_index", "CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY u_id ON u (id);\n");

            MigrationFailedException e = catchThrowableOfType(
                    MigrationFailedException.class, () -> open(dir, db).deploy());

            assertThat(e.sqlState()).contains("25001");
            assertThat(e.serverMessage()).isEqualTo("CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
            assertThat(e.details().line()).isEqualTo(2);
            assertThat(tableExists(db, "public.u")).isFalse();
            assertThat(rows(db).get(1).logs()).contains("Database error code: 25001");
        }
    }

    @Test
    void a_syntax_error_points_at_its_line_and_prisma_logs_show_the_position(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            String script =
                    "CREATE TABLE a (id int);\n\nCREATE TABLE b (\n    id int,\n    name text,,\n    x int\n);\n";
            write(dir, "20240101000000_typo", script);

            MigrationFailedException e = catchThrowableOfType(
                    MigrationFailedException.class, () -> open(dir, db).deploy());

            assertThat(e.sqlState()).contains("42601");
            assertThat(e.details().line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("at prisma/migrations/20240101000000_typo/migration.sql:5\n");
            int position = script.indexOf(",,") + 2;
            String logs = rows(db).get(0).logs();
            assertThat(logs)
                    .contains("Database error:\nERROR: syntax error at or near \",\"\n\nPosition:\n")
                    .contains("\u001b[1m  5\u001b[1;31m     name text,,\u001b[0m\n\nDbError {")
                    .contains("position: Some(Original(" + position + "))");
            assertThat(tableExists(db, "public.a")).isFalse();
        }
    }

    @Test
    void a_deferred_constraint_failing_at_the_end_of_the_script_is_reported_at_commit(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(
                    dir,
                    "20240101000000_deferred",
                    "CREATE TABLE p (id int PRIMARY KEY);\n"
                            + "CREATE TABLE c (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n"
                            + "INSERT INTO c VALUES (1);\n");

            MigrationFailedException e = catchThrowableOfType(
                    MigrationFailedException.class, () -> open(dir, db).deploy());

            assertThat(e.sqlState()).contains("23503");
            assertThat(e.details().line()).isZero();
            assertThat(e.details().statement()).startsWith("COMMIT -- the end of the migration's implicit transaction");
            assertThat(e.getMessage()).contains("  at prisma/migrations/20240101000000_deferred/migration.sql\n");
            assertThat(tableExists(db, "public.p")).isFalse();
            assertThat(rows(db).get(0).logs()).contains("Database error code: 23503");
        }
    }

    @Test
    void a_script_that_commits_itself_keeps_what_it_committed(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(
                    dir,
                    "20240101000000_own_tx",
                    "BEGIN;\nCREATE TABLE kept (id int);\nCOMMIT;\n" + "CREATE TABLE lost (id int);\nSELECT 1 / 0;\n");

            MigrationFailedException e = catchThrowableOfType(
                    MigrationFailedException.class, () -> open(dir, db).deploy());

            assertThat(e.details().line()).isEqualTo(5);
            assertThat(tableExists(db, "public.kept")).isTrue();
            assertThat(tableExists(db, "public.lost"))
                    .as("in the next implicit transaction")
                    .isFalse();
        }
    }

    @Test
    void a_syntax_error_anywhere_fails_the_script_before_anything_runs_as_postgres_parses_it_whole(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(
                    dir,
                    "20240101000000_mixed",
                    "BEGIN;\nCREATE TABLE kept (id int);\nCOMMIT;\n"
                            + "SELECT 1 / 0;\n"
                            + "CREATE TABLE broken (id int,, x int);\n");

            MigrationFailedException e = catchThrowableOfType(
                    MigrationFailedException.class, () -> open(dir, db).deploy());

            assertThat(e.sqlState())
                    .as("the syntax error, not the division by zero before it")
                    .contains("42601");
            assertThat(e.details().line()).isEqualTo(5);
            assertThat(e.details().statement()).isEqualTo("CREATE TABLE broken (id int,, x int);");
            assertThat(tableExists(db, "public.kept")).as("nothing ran").isFalse();
        }
    }

    @Test
    void the_twelfth_of_forty_pending_migrations_fails(@TempDir Path dir) {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            for (int i = 1; i <= 40; i++) {
                String name = String.format("%d_step_%02d", 20240101000000L + i * 100L, i);
                String script = i == 12
                        ? "CREATE TABLE m12 (id int);\nINSERT INTO m12 VALUES (1 / 0);\n"
                        : "CREATE TABLE m" + i + " (id int);\n";
                write(dir, name, script);
            }

            MigrationFailedException e = catchThrowableOfType(
                    MigrationFailedException.class, () -> open(dir, db).deploy());

            assertThat(e.getMessage())
                    .startsWith("Migration 20240101001200_step_12 failed (Prisma Migrate, 12th of 40 pending)\n"
                            + "  at prisma/migrations/20240101001200_step_12/migration.sql:2\n"
                            + "    INSERT INTO m12 VALUES (1 / 0);\n"
                            + "  ERROR 22012: division by zero\n")
                    .contains("  11 migrations applied before, 28 still pending.\n");
            assertThat(rows(db)).hasSize(12);
        }
    }
}
