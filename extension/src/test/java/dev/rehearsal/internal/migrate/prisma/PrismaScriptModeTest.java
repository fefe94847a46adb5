package dev.rehearsal.internal.migrate.prisma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prisma version decides whether a migration.sql is one implicit transaction (≤ 7.3) or autocommits per statement (7.4+). */
class PrismaScriptModeTest {

    private static final String PARTLY_FAILING = """
            CREATE TABLE "A" (id int);
            CREATE TABLE "B" (id int);
            INSERT INTO "Missing" VALUES (1);
            """;

    @Test
    void up_to_7_3_a_failing_script_leaves_nothing_behind(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("migration_lock.toml"), PrismaTestSupport.LOCK_FILE);
        PrismaTestSupport.write(dir, "20240101000000_partly_failing", PARTLY_FAILING);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(dir, db, Optional.of("7.3.0"));

            assertThatThrownBy(migrations::deploy).isInstanceOf(MigrationFailedException.class);

            assertThat(tables(db)).containsExactly("_prisma_migrations");
            assertThat(migrations.status("20240101000000_partly_failing").state())
                    .isEqualTo(MigrationState.FAILED);
        }
    }

    @Test
    void from_7_4_statements_before_the_failure_stay_applied(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("migration_lock.toml"), PrismaTestSupport.LOCK_FILE);
        PrismaTestSupport.write(dir, "20240101000000_partly_failing", PARTLY_FAILING);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PrismaMigrations migrations = open(dir, db, Optional.of("7.4.1"));

            assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("20240101000000_partly_failing/migration.sql:3")
                    .hasMessageContaining("ERROR 42P01");

            assertThat(tables(db)).containsExactly("A", "B", "_prisma_migrations");
        }
    }

    @Test
    void from_7_4_create_index_concurrently_works_among_other_statements(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("migration_lock.toml"), PrismaTestSupport.LOCK_FILE);
        String script = """
                CREATE TABLE "T" (id int);
                CREATE INDEX CONCURRENTLY "T_id_idx" ON "T" (id);
                """;
        PrismaTestSupport.write(dir, "20240101000000_concurrent_index", script);
        try (TestDatabase legacy = TestPostgres.newDatabase();
                TestDatabase current = TestPostgres.newDatabase()) {
            assertThatThrownBy(open(dir, legacy, Optional.empty())::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("ERROR 25001");

            open(dir, current, Optional.of("8.0.0")).deploy();
            assertThat(open(dir, current, Optional.of("8.0.0"))
                            .status("20240101000000_concurrent_index")
                            .state())
                    .isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void from_7_4_drop_index_concurrently_falls_back_to_one_transaction(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("migration_lock.toml"), PrismaTestSupport.LOCK_FILE);
        PrismaTestSupport.write(
                dir, "20240101000000_init", "CREATE TABLE \"T\" (id int);\nCREATE INDEX \"T_id_idx\" ON \"T\" (id);\n");
        PrismaTestSupport.write(
                dir,
                "20240102000000_drop_index",
                "DROP INDEX CONCURRENTLY \"T_id_idx\";\nALTER TABLE \"T\" ADD COLUMN name text;\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(open(dir, db, Optional.of("7.8.0"))::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("20240102000000_drop_index")
                    .hasMessageContaining("ERROR 25001");
        }
    }

    @Test
    void a_version_that_is_not_one_is_refused_naming_the_key(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("migration_lock.toml"), PrismaTestSupport.LOCK_FILE);
        assertThatThrownBy(() -> PrismaMigrations.open(
                        dir, "prisma/migrations", () -> null, null, Optional.empty(), Optional.of("latest")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid value [latest] for configuration key [rehearsal.prisma.version]")
                .hasMessageContaining("e.g. 6.19.0, 7.3 or 7.4.1");
    }

    @Test
    void the_version_changes_the_fingerprint(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("migration_lock.toml"), PrismaTestSupport.LOCK_FILE);
        PrismaTestSupport.write(dir, "20240101000000_init", "CREATE TABLE t (id int);\n");
        String legacy = PrismaMigrations.open(dir, "m", () -> null, null, Optional.empty(), Optional.of("6.19.0"))
                .fingerprint();
        String unset = PrismaMigrations.open(dir, "m", () -> null, null, Optional.empty(), Optional.empty())
                .fingerprint();
        String current = PrismaMigrations.open(dir, "m", () -> null, null, Optional.empty(), Optional.of("7.4"))
                .fingerprint();
        assertThat(legacy).isEqualTo(unset).isNotEqualTo(current);
    }

    private static PrismaMigrations open(Path dir, TestDatabase db, Optional<String> version) {
        return PrismaMigrations.open(dir, "prisma/migrations", db::connection, null, Optional.empty(), version);
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename COLLATE \"C\"")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
