package dev.rehearsal.internal.migrate.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainSqlMigrationsTest {

    @Test
    void files_run_in_natural_order_and_are_recorded_as_run(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("10_third.sql"), "INSERT INTO log VALUES ('10');\n");
        Files.writeString(dir.resolve("2_second.sql"), "INSERT INTO log VALUES ('2');\n");
        Files.writeString(dir.resolve("1_first.sql"), "CREATE TABLE log (what text);\n");
        Files.writeString(dir.resolve("README.md"), "not a migration\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(dir, db, Map.of(), Optional.empty(), Optional.empty());
            assertThat(migrations.localIds()).containsExactly("1_first.sql", "2_second.sql", "10_third.sql");
            assertThat(migrations.status()).extracting(MigrationStatus::state).containsOnly(MigrationState.PENDING);

            migrations.deploy();

            assertThat(strings(db, "SELECT string_agg(what, ',') FROM log")).containsExactly("2,10");
            assertThat(migrations.status())
                    .extracting(MigrationStatus::state, MigrationStatus::toolState)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(MigrationState.APPLIED, "run"));
            assertThat(migrations.lastFailure()).isEmpty();
        }
    }

    @Test
    void a_failing_statement_stops_the_run_and_earlier_statements_stay(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001_init.sql"), "CREATE TABLE t (id int);\n");
        Files.writeString(
                dir.resolve("002_break.sql"),
                "INSERT INTO t VALUES (1);\n\nINSERT INTO t VALUES ('x');\nINSERT INTO t VALUES (3);\n");
        Files.writeString(dir.resolve("003_never.sql"), "CREATE TABLE never (id int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(dir, db, Map.of(), Optional.empty(), Optional.empty());

            assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("Migration 002_break.sql failed (plain SQL files, 2nd of 3 pending)")
                    .hasMessageContaining("at db/sql/002_break.sql:3")
                    .hasMessageContaining("INSERT INTO t VALUES ('x');")
                    .hasMessageContaining("ERROR 22P02")
                    .hasMessageContaining("1 migration applied before, 1 still pending")
                    .hasMessageContaining("the statements of 002_break.sql before line 3 stayed applied");

            assertThat(strings(db, "SELECT count(*)::text FROM t")).containsExactly("1");
            assertThat(migrations.status("002_break.sql").state()).isEqualTo(MigrationState.FAILED);
            assertThat(migrations.status("003_never.sql").state()).isEqualTo(MigrationState.PENDING);
            assertThat(migrations.lastFailure()).isPresent();
        }
    }

    @Test
    void single_transaction_mode_rolls_the_whole_file_back(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001_init.sql"), "CREATE TABLE t (id int);\nINSERT INTO t VALUES ('x');\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(
                    dir,
                    db,
                    Map.of("rehearsal.plain-sql.single-transaction", "true"),
                    Optional.empty(),
                    Optional.empty());

            assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("nothing of 001_init.sql remains");
            assertThat(strings(db, "SELECT count(*)::text FROM pg_tables WHERE tablename = 't'"))
                    .containsExactly("0");
        }
    }

    @Test
    void a_database_prepared_to_a_target_starts_with_the_files_up_to_it_run(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1_a.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(dir.resolve("2_b.sql"), "CREATE TABLE b (id int);\n");
        Files.writeString(dir.resolve("3_c.sql"), "CREATE TABLE c (id int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations prepared = open(dir, db, Map.of(), Optional.of("2_b.sql"), Optional.empty());
            assertThat(prepared.status())
                    .extracting(MigrationStatus::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);

            prepared.resolveApplied("3_c.sql");
            assertThat(prepared.status("3_c.sql").state()).isEqualTo(MigrationState.APPLIED);
            prepared.resolveRolledBack("3_c.sql");
            prepared.deploy();
            assertThat(strings(db, "SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'"))
                    .containsExactly("c");
        }
    }

    @Test
    void targets_and_layout_errors_are_explained(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> open(dir, db, Map.of(), Optional.empty(), Optional.empty()))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageContaining("holds no .sql file")
                    .hasMessageContaining("natural order");
            Files.writeString(dir.resolve("1_a.sql"), "SELECT 1;\n");
            ToolMigrations migrations = open(dir, db, Map.of(), Optional.empty(), Optional.empty());
            assertThatThrownBy(() -> migrations.migrateTo("1_b.sql"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"1_b.sql\" is not a file of db/sql")
                    .hasMessageContaining("the available ids are: 1_a.sql");
            assertThatThrownBy(() -> migrations.force("1"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("PLAIN_SQL has no force(\"1\") move. Its moves: deploy()");
            assertThatThrownBy(() -> open(
                            dir,
                            db,
                            Map.of("rehearsal.plain-sql.single-transaction", "yes"),
                            Optional.empty(),
                            Optional.empty()))
                    .hasMessageContaining(
                            "Invalid value [yes] for configuration key" + " [rehearsal.plain-sql.single-transaction]");
        }
    }

    @Test
    void plain_sql_is_never_auto_detected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int);\n");
        Files.writeString(dir.resolve("seed.sql"), "INSERT INTO t VALUES (1);\n");
        assertThatThrownBy(() -> MigrationTools.detect(dir, "db/sql"))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("chosen explicitly: plain SQL files (tool = PLAIN_SQL)");
    }

    private static ToolMigrations open(
            Path dir,
            TestDatabase db,
            Map<String, String> settings,
            Optional<String> preparedTarget,
            Optional<MigrationFailedException> failure) {
        DefaultMigrationContext.Target target =
                new DefaultMigrationContext.Target("localhost", 0, db.name(), "", "", db.jdbcUrl(), db::connection);
        MigrationOptions options = MigrationOptions.of(Settings.of(key -> Optional.ofNullable(settings.get(key)), dir));
        return MigrationTools.open(
                MigrationTool.PLAIN_SQL,
                new DefaultMigrationContext(
                        new MigrationsLocation(dir, "db/sql", "test"),
                        Optional.of(target),
                        Optional.empty(),
                        failure,
                        options,
                        preparedTarget));
    }

    private static List<String> strings(TestDatabase db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
