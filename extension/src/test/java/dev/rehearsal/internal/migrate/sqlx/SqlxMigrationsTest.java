package dev.rehearsal.internal.migrate.sqlx;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlxMigrationsTest {
    @TempDir
    Path dir;

    private SqlxMigrations open(TestDatabase db) {
        return SqlxMigrations.open(TestContext.of(dir, "migrations", db));
    }

    /** SHA-384 of "CREATE TABLE t (id int);\n", as `sha384sum` prints it. */
    private static final String CHECKSUM =
            "e1cc0b49a7d453bb345d9fc52670c0bfd4a694b2befb7061a9bad55916701e1ef4ddd22ee7cb1c80b4317a1b5780422c";

    @Test
    void historyRowsAreSqlxsWithSha384Checksums() {
        write(dir, "20240101000001_create_t.sql", "CREATE TABLE t (id int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(db).deploy();
            assertThat(shape(db, "_sqlx_migrations"))
                    .containsExactly(
                            "version bigint NOT NULL",
                            "description text NOT NULL",
                            "installed_on timestamp with time zone NOT NULL DEFAULT now()",
                            "success boolean NOT NULL",
                            "checksum bytea NOT NULL",
                            "execution_time bigint NOT NULL",
                            "_sqlx_migrations_pkey PRIMARY KEY (version)");
            assertThat(rows(
                            db,
                            "SELECT version, description, success, encode(checksum, 'hex'), execution_time > 0"
                                    + " FROM _sqlx_migrations"))
                    .containsExactly("20240101000001|create t|t|"
                            + HexFormat.of()
                                    .formatHex(SqlxSource.checksum(
                                            "CREATE TABLE t (id int);\n".getBytes(StandardCharsets.UTF_8)))
                            + "|t");
            assertThat(HexFormat.of()
                            .formatHex(
                                    SqlxSource.checksum("CREATE TABLE t (id int);\n".getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(CHECKSUM);
        }
    }

    @Test
    void anEditedMigrationIsRefusedAfterLowerPendingOnesRan() {
        write(dir, "1_a.sql", "CREATE TABLE a (id int);\n");
        write(dir, "3_c.sql", "CREATE TABLE c (id int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(db).deploy();
            write(dir, "3_c.sql", "CREATE TABLE c (id bigint);\n");
            write(dir, "2_b.sql", "CREATE TABLE b (id int);\n");
            SqlxMigrations migrations = open(db);
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.EDITED);
            assertThat(migrations.status("3").toolState()).isEqualTo("installed (different checksum)");
            assertThat(migrations.status("2").toolState())
                    .isEqualTo("pending (below the latest applied 3: sqlx applies it anyway)");
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("VersionMismatch"))
                    .hasMessageStartingWith("error: migration 3 was previously applied but has been modified")
                    .hasMessageContaining("after applying the 1 pending migration(s) with lower versions");
            assertThat(rows(db, "SELECT version FROM _sqlx_migrations ORDER BY 1"))
                    .containsExactly("1", "2", "3");
            assertThat(open(db).status("2").state()).isEqualTo(MigrationState.OUT_OF_ORDER);
        }
    }

    @Test
    void missingDirtyAndFailedMigrations() {
        write(dir, "1_a.sql", "CREATE TABLE a (id int);\n");
        write(dir, "2_b.sql", "-- no-transaction\nCREATE TABLE b (id int);\nINSERT INTO b VALUES ('x');\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            SqlxMigrations migrations = open(db);
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                        assertThat(e.migrationId()).isEqualTo("2");
                        assertThat(e.details().line()).isEqualTo(3);
                    })
                    .hasMessageContaining("while executing migration 2: error returned from database: invalid input"
                            + " syntax for type integer: \"x\"")
                    .hasMessageContaining("one implicit transaction");
            assertThat(rows(db, "SELECT to_regclass('b')")).containsExactly("<null>");
            db.execute("INSERT INTO _sqlx_migrations VALUES (2, 'b', now(), false, '\\x00', -1),"
                    + " (9, 'gone', now(), true, '\\x00', 5)");
            SqlxMigrations again = open(db);
            assertThat(again.status("2").state()).isEqualTo(MigrationState.FAILED);
            assertThat(again.status("9").state()).isEqualTo(MigrationState.UNKNOWN_TO_CODE);
            assertThatThrownBy(again::deploy)
                    .isInstanceOf(MigrationRefusedException.class)
                    .hasMessageStartingWith("error: migration 2 is partially applied; fix and remove row from"
                            + " `_sqlx_migrations` table");
            again.resolveRolledBack("2");
            assertThatThrownBy(again::deploy)
                    .isInstanceOf(MigrationRefusedException.class)
                    .hasMessageStartingWith(
                            "error: migration 9 was previously applied but is missing in the resolved" + " migrations");
            assertThatThrownBy(() -> again.resolveApplied("2")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void anOlderBackupIsUpgraded() {
        NativeToolTesting.copyResource("sqlx/migrations", dir);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            NativeToolTesting.restore(db, "sqlx/backup_at_v2.sql");
            SqlxMigrations migrations = open(db);
            assertThat(migrations.status())
                    .extracting(MigrationStatus::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
            assertThat(migrations.status("20240101000001").duration())
                    .hasValueSatisfying(d -> assertThat(d.toNanos()).isEqualTo(1234567));
            migrations.deploy();
            assertThat(rows(db, "SELECT version, success FROM _sqlx_migrations ORDER BY 1"))
                    .containsExactly("20240101000001|t", "20240101000002|t", "20240101000003|t");
            assertThat(new SqlxSupport().detect(dir)).contains("3 files named <version>_<description>.sql");
        }
    }
}
