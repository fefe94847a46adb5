package dev.rehearsal.internal.migrate.dbmate;

import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.rows;
import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.shape;
import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting.TestContext;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbmateMigrationsTest {
    @TempDir
    Path dir;

    private DbmateMigrations open(TestDatabase db) {
        return DbmateMigrations.open(TestContext.of(dir, "db/migrations", db));
    }

    @Test
    void historyTableIsDbmates() {
        write(dir, "001_a.sql", "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(db).deploy();
            // What dbmate 2.36.0 creates (checked with the real binary): version character varying, primary key.
            assertThat(shape(db, "schema_migrations"))
                    .containsExactly(
                            "version character varying NOT NULL", "schema_migrations_pkey PRIMARY KEY (version)");
            assertThat(rows(db, "SELECT version FROM schema_migrations")).containsExactly("001");
        }
    }

    @Test
    void aFailureLeavesNoRowAndTransactionFalseIsStillOneImplicitTransaction() {
        write(dir, "001_a.sql", "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n");
        write(
                dir,
                "002_b.sql",
                "-- migrate:up transaction:false\nCREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n"
                        + "SELECT nope FROM b;\n-- migrate:down\nDROP TABLE b;\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            DbmateMigrations migrations = open(db);
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                        assertThat(e.migrationId()).isEqualTo("002");
                        assertThat(e.details().line()).isEqualTo(4);
                        assertThat(e.sqlState()).contains("42703");
                    })
                    .hasMessageContaining("at db/migrations/002_b.sql:4")
                    .hasMessageContaining(
                            "Error: line: 4, column: 8, position: 91: pq: column \"nope\" does not exist at position 4:8 (42703)")
                    .hasMessageContaining("one implicit transaction");
            assertThat(rows(db, "SELECT version FROM schema_migrations")).containsExactly("001");
            assertThat(rows(db, "SELECT to_regclass('b')")).containsExactly("<null>");
            assertThat(migrations.status("002").state()).isEqualTo(MigrationState.PENDING);
        }
    }

    @Test
    void aSecondUpSectionFailsOnThePrimaryKeyAsDbmateIssue820() {
        write(
                dir,
                "001_two.sql",
                "-- migrate:up\nCREATE TABLE b (id int);\n-- migrate:down\nDROP TABLE b;\n\n"
                        + "-- migrate:up\nCREATE TABLE c (id int);\n-- migrate:down\nDROP TABLE c;\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(open(db)::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("23505")
                    .hasMessageContaining("dbmate issue #820");
            assertThat(rows(db, "SELECT to_regclass('b') IS NOT NULL, to_regclass('c') IS NOT NULL"))
                    .containsExactly("t|f");
        }
    }

    @Test
    void outOfOrderIsAppliedSilentlyUnlessStrictAndUnknownVersionsAreIgnored() {
        write(dir, "002_b.sql", "-- migrate:up\nCREATE TABLE b (id int);\n-- migrate:down\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(db).deploy();
            db.execute("INSERT INTO schema_migrations VALUES ('999')");
            write(dir, "001_a.sql", "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n");
            DbmateMigrations strict = DbmateMigrations.open(
                    TestContext.of(dir, "db/migrations", db).with(DbmateMigrations.STRICT, "true"));
            assertThat(strict.status("001").toolState()).startsWith("pending, out of order: --strict refuses it");
            assertThat(strict.status("999").state()).isEqualTo(MigrationState.UNKNOWN_TO_CODE);
            assertThatThrownBy(strict::deploy)
                    .isInstanceOf(MigrationRefusedException.class)
                    .hasMessageStartingWith("Error: migration `001` is out of order with already applied migrations,"
                            + " the version number has to be higher than the applied migration `002` in --strict"
                            + " mode");
            open(db).deploy();
            assertThat(rows(db, "SELECT version FROM schema_migrations ORDER BY 1"))
                    .containsExactly("001", "002", "999");
            assertThatThrownBy(() -> open(db).resolveApplied("001"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("dbmate has no resolveApplied(\"001\") move");
        }
    }

    @Test
    void unparsableFileFailsWithDbmatesMessage() {
        write(dir, "001_a.sql", "CREATE TABLE x (id int);\n-- migrate:up\nSELECT 1;\n-- migrate:down\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(open(db)::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("dbmate does not support statements preceding the '-- migrate:up' block");
        }
    }

    @Test
    void anOlderBackupMadeByTheRealDbmateIsUpgraded() {
        NativeToolTesting.copyResource("dbmate/migrations", dir);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            NativeToolTesting.restore(db, "dbmate/backup_at_v2.sql");
            DbmateMigrations migrations = open(db);
            assertThat(migrations.status())
                    .extracting(MigrationStatus::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
            migrations.deploy();
            assertThat(rows(db, "SELECT version FROM schema_migrations ORDER BY 1"))
                    .containsExactly("20240101000001", "20240101000002", "20240101000003");
            assertThat(rows(db, "SELECT email FROM customers WHERE id = 1"))
                    .containsExactly("ada.lovelace@example.com");
            assertThat(new DbmateSupport().detect(dir))
                    .contains("3 files named <version>_<name>.sql with a '-- migrate:up' line");
        }
    }
}
