package dev.rehearsal.internal.migrate.prisma;

import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.open;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.resource;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.rows;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.tableExists;
import static dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.internal.migrate.prisma.PrismaTestSupport.Row;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismaResolveTest {
    private static final String INIT = "20240101000000_init";
    private static final String PURGE = "20240102000000_purge_abandoned_drafts";

    @Test
    void resolve_applied_baselines_a_non_empty_schema_without_p3005() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("CREATE TABLE t (id int)"); // what the backup already contains
            PrismaMigrations migrations = open(resource("basic"), db);

            migrations.resolveApplied(INIT);

            List<Row> rows = rows(db);
            assertThat(rows).hasSize(1);
            Row row = rows.get(0);
            assertThat(row.migrationName()).isEqualTo(INIT);
            assertThat(row.checksum()).isEqualTo("12c83f983b0c94b9c7010dcc92149589d5fb01a3d32af8f6d699545d95db9040");
            assertThat(row.finishedAt()).isEqualTo(row.startedAt());
            assertThat(row.logs()).isEmpty();
            assertThat(row.rolledBackAt()).isNull();
            assertThat(row.appliedStepsCount()).isZero();
            assertThat(migrations.status(INIT).state()).isEqualTo(MigrationState.APPLIED);

            migrations.deploy();
            assertThat(rows(db))
                    .extracting(Row::migrationName)
                    .containsExactly(INIT, "20240102000000_add_name", "20240103000000_add_orders");
        }
    }

    @Test
    void resolve_applied_on_a_failed_migration_rolls_its_rows_back_and_records_it_applied() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("failing"), db);
            assertThatThrownBy(migrations::deploy).isInstanceOf(MigrationFailedException.class);
            db.execute("DELETE FROM \"Attachment\"; DELETE FROM \"Draft\" WHERE status = 'ABANDONED'");

            migrations.resolveApplied(PURGE);

            List<Row> rows = rows(db);
            assertThat(rows).extracting(Row::migrationName).containsExactly(INIT, PURGE, PURGE);
            assertThat(rows.get(1).rolledBackAt()).isNotNull();
            assertThat(rows.get(1).finishedAt()).isNull();
            assertThat(rows.get(2).finishedAt()).isNotNull();
            assertThat(rows.get(2).logs()).isEmpty();
            migrations.deploy();
            assertThat(rows(db)).hasSize(4);
            assertThat(tableExists(db, "public.\"PurgeLog\""))
                    .as("resolve --applied never runs the script")
                    .isFalse();
        }
    }

    @Test
    void resolve_applied_refuses_an_applied_migration_with_p3008() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("basic"), db);
            migrations.deploy();

            assertThatThrownBy(() -> migrations.resolveApplied(INIT))
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3008"))
                    .hasMessage("Error: P3008\n\nThe migration `" + INIT
                            + "` is already recorded as applied in the database.");
            assertThat(rows(db)).hasSize(3);
        }
    }

    @Test
    void resolve_applied_needs_the_local_migration_and_its_file(@TempDir Path dir) throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, INIT, "CREATE TABLE t (id int);\n");
            Files.createDirectories(dir.resolve("20240102000000_no_file"));
            PrismaMigrations migrations = open(dir, db);

            assertThatThrownBy(() -> migrations.resolveApplied("20240101000000_int"))
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3017"))
                    .hasMessageStartingWith("Error: P3017\n\nThe migration 20240101000000_int could not be found."
                            + " Please make sure that the migration exists, and that you included the whole name of"
                            + " the directory. (example: \"20201207184859_initial_migration\")\n\n")
                    .hasMessageContaining("the available ids are: " + INIT + ", 20240102000000_no_file");
            assertThatThrownBy(() -> migrations.resolveApplied("20240102000000_no_file"))
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3017"))
                    .hasMessageContaining("cannot be read (the file is missing)");
            assertThat(tableExists(db, "public._prisma_migrations")).isFalse();
        }
    }

    @Test
    void resolve_applied_checks_the_provider_but_resolve_rolled_back_does_not(@TempDir Path dir) throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            write(dir, INIT, "CREATE TABLE t (id int);\n");
            Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"sqlite\"\n");
            PrismaMigrations migrations = open(dir, db);

            assertThatThrownBy(() -> migrations.resolveApplied(INIT))
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3019"));
            assertThatThrownBy(() -> migrations.resolveRolledBack(INIT))
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("none"))
                    .hasMessageContaining("Invariant violation: called markMigrationRolledBack on a database"
                            + " without migrations table.");
        }
    }

    @Test
    void resolve_rolled_back_refuses_unknown_and_finished_migrations() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(resource("basic"), db);
            migrations.migrateTo(INIT);

            assertThatThrownBy(() -> migrations.resolveRolledBack("20240102000000_add_name"))
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3011"))
                    .hasMessageStartingWith("Error: P3011\n\nMigration `20240102000000_add_name` cannot be rolled back"
                            + " because it was never applied to the database. Hint: did you pass in the whole"
                            + " migration name? (example: \"20201207184859_initial_migration\")\n\n");
            assertThatThrownBy(() -> migrations.resolveRolledBack(INIT))
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("P3012"))
                    .hasMessage("Error: P3012\n\nMigration `" + INIT
                            + "` cannot be rolled back because it is not in a failed state.");
            assertThat(rows(db))
                    .singleElement()
                    .satisfies(row -> assertThat(row.rolledBackAt()).isNull());
        }
    }

    @Test
    void resolve_rolled_back_works_for_a_failed_migration_the_code_no_longer_has() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute(PrismaHistoryTable.CREATE_TABLE
                    + "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES"
                    + " ('00000000-0000-4000-8000-000000000001', 'x', '20230101000000_gone', now() - interval '1 day');"
                    + "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at) VALUES"
                    + " ('00000000-0000-4000-8000-000000000002', 'y', '20230101000000_gone', now() - interval '2 day',"
                    + " now() - interval '2 day')");
            PrismaMigrations migrations = open(resource("basic"), db);

            migrations.resolveRolledBack("20230101000000_gone");

            List<Row> rows = rows(db);
            assertThat(rows.get(0).rolledBackAt()).as("the finished row").isNull();
            assertThat(rows.get(1).rolledBackAt()).as("the failed row").isNotNull();
            migrations.deploy();
            assertThat(rows(db)).hasSize(5);
        }
    }
}
