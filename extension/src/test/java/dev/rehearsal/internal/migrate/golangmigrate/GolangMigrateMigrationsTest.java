package dev.rehearsal.internal.migrate.golangmigrate;

import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.rows;
import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.shape;
import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting.TestContext;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GolangMigrateMigrationsTest {
    @TempDir
    Path dir;

    private void threeMigrations() {
        write(dir, "1_create_customers.up.sql", "CREATE TABLE customers (id int PRIMARY KEY, name text);\n");
        write(dir, "1_create_customers.down.sql", "DROP TABLE customers;\n");
        write(dir, "2_seed.up.sql", "INSERT INTO customers VALUES (1, 'Ada Lovelace');\n");
        write(
                dir,
                "3_orders.up.sql",
                "CREATE TABLE orders (id int PRIMARY KEY,\n  customer_id int REFERENCES customers);\n");
    }

    private GolangMigrateMigrations open(TestDatabase db) {
        return GolangMigrateMigrations.open(TestContext.of(dir, "db/migrations", db));
    }

    @Test
    void historyTableAndRowAreGolangMigrates() {
        threeMigrations();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(db).deploy();
            assertThat(shape(db, "schema_migrations"))
                    .containsExactly(
                            "version bigint NOT NULL",
                            "dirty boolean NOT NULL",
                            "schema_migrations_pkey PRIMARY KEY (version)");
            assertThat(rows(db, "SELECT version, dirty FROM schema_migrations")).containsExactly("3|f");
            assertThat(open(db).status())
                    .extracting(MigrationStatus::id, MigrationStatus::state, MigrationStatus::toolState)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("1", MigrationState.APPLIED, "at or below version 3"),
                            org.assertj.core.groups.Tuple.tuple("2", MigrationState.APPLIED, "at or below version 3"),
                            org.assertj.core.groups.Tuple.tuple("3", MigrationState.APPLIED, "current version"));
        }
    }

    @Test
    void aFailedFileIsRolledBackButLeavesTheVersionDirtyAndTheNextRunRefuses() {
        threeMigrations();
        write(
                dir,
                "3_orders.up.sql",
                "CREATE TABLE orders (id int PRIMARY KEY);\nINSERT INTO orders VALUES (1);\n"
                        + "INSERT INTO orders VALUES (1);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            GolangMigrateMigrations migrations = open(db);
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                        assertThat(e.migrationId()).isEqualTo("3");
                        assertThat(e.details().line()).isEqualTo(3);
                        assertThat(e.sqlState()).contains("23505");
                        assertThat(e.details().position()).isEqualTo(3);
                        assertThat(e.details().pendingCount()).isEqualTo(3);
                    })
                    .hasMessageContaining("at db/migrations/3_orders.up.sql:3")
                    .hasMessageContaining("version=3, dirty=true")
                    .hasMessageContaining("Dirty database version 3. Fix and force version.")
                    .hasMessageContaining("force(\"2\")");
            assertThat(migrations.lastFailure()).isPresent();
            assertThat(rows(db, "SELECT version, dirty FROM schema_migrations")).containsExactly("3|t");
            assertThat(rows(db, "SELECT to_regclass('orders')")).containsExactly("<null>");
            assertThat(migrations.status(("3")).state()).isEqualTo(MigrationState.FAILED);
            assertThat(migrations.status("3").toolState()).isEqualTo("dirty");

            assertThatThrownBy(migrations::deploy)
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("ErrDirty"))
                    .hasMessageStartingWith("error: Dirty database version 3. Fix and force version.")
                    .hasMessageContaining("force(\"2\")");

            write(
                    dir,
                    "3_orders.up.sql",
                    "CREATE TABLE orders (id int PRIMARY KEY);\nINSERT INTO orders VALUES (1);\n");
            GolangMigrateMigrations fixed = open(db);
            fixed.force("2");
            assertThat(rows(db, "SELECT version, dirty FROM schema_migrations")).containsExactly("2|f");
            fixed.deploy();
            assertThat(rows(db, "SELECT version, dirty FROM schema_migrations")).containsExactly("3|f");
            assertThat(fixed.lastFailure()).isEmpty();
        }
    }

    @Test
    void forceMinusOneEmptiesTheTableAndBelowIsRefused() {
        threeMigrations();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            GolangMigrateMigrations migrations = open(db);
            migrations.migrateTo("2");
            assertThat(rows(db, "SELECT version, dirty FROM schema_migrations")).containsExactly("2|f");
            migrations.force("-1");
            assertThat(rows(db, "SELECT count(*) FROM schema_migrations")).containsExactly("0");
            assertThatThrownBy(() -> migrations.force("-2"))
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("ErrInvalidVersion"))
                    .hasMessageContaining("version must be >= -1");
            assertThatThrownBy(() -> migrations.resolveApplied("2"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("migrate force V")
                    .hasMessageContaining("force(version)");
        }
    }

    @Test
    void aRecordedVersionWithoutFileIsRefusedAndShownUnknown() {
        threeMigrations();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("CREATE TABLE schema_migrations (version bigint not null primary key, dirty boolean not null);"
                    + " INSERT INTO schema_migrations VALUES (9, false)");
            GolangMigrateMigrations migrations = open(db);
            assertThat(migrations.status(("9")).state()).isEqualTo(MigrationState.UNKNOWN_TO_CODE);
            assertThat(migrations.status(("3")).state()).isEqualTo(MigrationState.APPLIED);
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(MigrationRefusedException.class)
                    .hasMessageStartingWith("error: no migration found for version 9: read down for version 9"
                            + " db/migrations: file does not exist");
        }
    }

    /** golang-migrate has no checksums and skips versions below the recorded one: edited and late files pass. */
    @Test
    void editedAndOutOfOrderFilesAreSilentlyIgnoredAsByGolangMigrate() {
        threeMigrations();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            GolangMigrateMigrations migrations = open(db);
            migrations.deploy();
            write(dir, "2_seed.up.sql", "INSERT INTO customers VALUES (2, 'edited');\n");
            write(dir, "2500_late_branch.up.sql", "CREATE TABLE late (id int);\n");
            write(dir, "4_last.up.sql", "CREATE TABLE last (id int);\n");
            GolangMigrateMigrations later = open(db);
            later.deploy();
            assertThat(rows(db, "SELECT to_regclass('last') IS NOT NULL, to_regclass('late') IS NOT NULL"))
                    .containsExactly("t|t");
            write(dir, "3000_late.up.sql", "CREATE TABLE later (id int);\n");
            open(db).deploy();
            write(dir, "2600_skipped.up.sql", "CREATE TABLE skipped (id int);\n");
            GolangMigrateMigrations again = open(db);
            again.deploy();
            assertThat(rows(db, "SELECT to_regclass('skipped')")).containsExactly("<null>");
            assertThat(again.status("2600").toolState()).isEqualTo("at or below version 3000");
            assertThat(again.status("2").state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void multiStatementModeRunsEachPieceOnItsOwn() {
        write(dir, "1_t.up.sql", "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES ('x');\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            GolangMigrateMigrations migrations = GolangMigrateMigrations.open(
                    TestContext.of(dir, "db/migrations", db).with(GolangMigrateMigrations.MULTI_STATEMENT, "true"));
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("1_t.up.sql:3")
                    .hasMessageContaining("the pieces before the failing one stay committed");
            assertThat(rows(db, "SELECT id FROM t")).containsExactly("1");
            assertThat(rows(db, "SELECT version, dirty FROM schema_migrations")).containsExactly("1|t");
        }
    }

    @Test
    void gotoBelowTheRecordedVersionWouldRunDownsAndIsNotReproduced() {
        threeMigrations();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            GolangMigrateMigrations migrations = open(db);
            migrations.deploy();
            assertThatThrownBy(() -> migrations.migrateTo("1"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("migrate goto 1");
            assertThatThrownBy(() -> migrations.migrateTo("7"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the available ids are: 1, 2, 3");
        }
    }

    @Test
    void duplicateFilesAreGolangMigratesError() {
        write(dir, "1_a.up.sql", "SELECT 1;");
        write(dir, "1_b.up.sql", "SELECT 1;");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> open(db))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageStartingWith("duplicate migration file: 1_b.up.sql");
        }
    }

    @Test
    void anOlderBackupIsUpgraded() {
        NativeToolTesting.copyResource("golang-migrate/migrations", dir);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            var fixture = NativeToolTesting.restore(db, "golang-migrate/backup_at_v2.sql");
            assertThat(rows(db, "SELECT version, dirty FROM schema_migrations")).containsExactly("2|f");
            GolangMigrateMigrations migrations = GolangMigrateMigrations.open(
                    TestContext.of(dir, "db/migrations", db).restoredFrom(fixture));
            assertThat(migrations.status())
                    .extracting(MigrationStatus::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
            migrations.deploy();
            assertThat(rows(db, "SELECT version, dirty FROM schema_migrations")).containsExactly("3|f");
            assertThat(rows(db, "SELECT count(*) FROM customers WHERE email IS NOT NULL"))
                    .containsExactly("3");
            assertThat(migrations.status()).extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);
        }
    }

    @Test
    void detectionNamesTheSqlxAmbiguity() {
        threeMigrations();
        assertThat(new GolangMigrateSupport().detect(dir))
                .contains("3 files named <version>_<title>.up.<ext> and 1 .down.<ext> (sqlx's reversible migrations"
                        + " are named the same way)");
        assertThat(new GolangMigrateSupport().detect(dir.resolve("missing"))).isEmpty();
        assertThat(List.of()).isEmpty();
    }
}
