package dev.rehearsal.internal.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandMigrationsTest {
    private static final Path PSQL = Path.of("/usr/lib/postgresql/15/bin/psql");

    @Test
    void the_command_gets_the_database_in_database_url_and_pg_variables(@TempDir Path dir) throws Exception {
        assumeTrue(
                Files.isExecutable(PSQL), "psql 15 is not installed at " + PSQL + ": it plays the application's tool");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            String command = "sh -c '" + PSQL + " -X -v ON_ERROR_STOP=1 \"$DATABASE_URL\" -c \"CREATE TABLE via_url (id"
                    + " int)\" && " + PSQL + " -X -v ON_ERROR_STOP=1 -c \"CREATE TABLE via_pg_variables (id int)\"'";
            ToolMigrations migrations = open(dir, db, command, Map.of());

            migrations.deploy();

            assertThat(tables(db)).containsExactly("via_pg_variables", "via_url");
            assertThat(migrations.lastFailure()).isEmpty();
        }
    }

    @Test
    void the_command_line_is_the_tools_own_setting_and_the_deprecated_attribute_wins_where_set(@TempDir Path dir)
            throws Exception {
        assumeTrue(
                Files.isExecutable(PSQL), "psql 15 is not installed at " + PSQL + ": it plays the application's tool");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            String key = PSQL + " -X -v ON_ERROR_STOP=1 -c \"CREATE TABLE from_the_key (id int)\"";
            String attribute = PSQL + " -X -v ON_ERROR_STOP=1 -c \"CREATE TABLE from_the_attribute (id int)\"";

            open(dir, db, null, Map.of(ConfigurationKeys.Command.LINE, key)).deploy();
            assertThat(tables(db)).containsExactly("from_the_key");

            open(dir, db, attribute, Map.of(ConfigurationKeys.Command.LINE, key))
                    .deploy();
            assertThat(tables(db)).containsExactly("from_the_attribute", "from_the_key");
        }
    }

    @Test
    void a_failing_command_reports_its_exit_code_and_output(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(
                    dir,
                    db,
                    "sh -c 'echo applying 20240101_init; echo \"relation x does not exist\" >&2; exit 3'",
                    Map.of());

            assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("failed (command, 1st of 1 pending)")
                    .hasMessageContaining("at sh -c echo applying 20240101_init;")
                    .hasMessageContaining("the command exited with code 3 after")
                    .hasMessageContaining("applying 20240101_init\n")
                    .hasMessageContaining("relation x does not exist")
                    .hasMessageContaining("Rehearsal does not know the command's tool")
                    .hasMessageContaining("rehearsal.command.history-tool");
            assertThat(migrations.lastFailure()).isPresent();
            assertThat(((MigrationFailedException) migrations.lastFailure().get())
                            .details()
                            .toolErrorCode())
                    .isEqualTo("exit 3");
        }
    }

    @Test
    void a_command_that_hangs_is_killed_after_the_timeout(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations =
                    open(dir, db, "sh -c 'echo waiting; sleep 60'", Map.of("rehearsal.command.timeout", "1s"));

            long start = System.nanoTime();
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining(
                            "the command did not finish within PT1S (rehearsal.command.timeout) and was" + " killed")
                    .hasMessageContaining("waiting");
            assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(30);
        }
    }

    @Test
    void afterwards_the_history_is_read_by_the_tool_the_layout_shows(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "CREATE TABLE t (id int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(dir, db, "true", Map.of());

            migrations.deploy();

            assertThat(migrations.localIds()).containsExactly("20240101000000_init");
            assertThat(migrations.status("20240101000000_init").state()).isEqualTo(MigrationState.PENDING);
            assertThat(migrations.moves()).contains("deploy() (runs the command)");
            assertThat(String.join(",", migrations.moves()))
                    .contains("resolveRolledBack(id) (Prisma Migrate's, emulated by Rehearsal)");
            migrations.resolveApplied("20240101000000_init");
            assertThat(migrations.status("20240101000000_init").state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void without_a_known_layout_the_history_cannot_be_read(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(dir, db, "true", Map.of());
            assertThatThrownBy(migrations::status)
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("is not one Rehearsal knows")
                    .hasMessageContaining("Set rehearsal.command.history-tool");
        }
    }

    @Test
    void bad_input_is_refused_before_anything_runs(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> open(dir, db, "  ", Map.of()))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageContaining("@MigratesTo(command = …) is empty")
                    .hasMessageContaining("or for one class: @MigratesTo(tool = COMMAND, settings ="
                            + " \"rehearsal.command.line=npx prisma migrate deploy\")");
            assertThatThrownBy(() -> open(dir, db, "sh -c 'unclosed", Map.of()))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageContaining("unclosed ' quote");
            assertThatThrownBy(() -> open(dir, db, "true", Map.of("rehearsal.command.timeout", "soon")))
                    .hasMessageContaining("Invalid value [soon] for configuration key [rehearsal.command.timeout]");
            assertThatThrownBy(() -> open(dir, db, "true", Map.of("rehearsal.command.history-tool", "rails")))
                    .hasMessageContaining(
                            "Invalid value [rails] for configuration key [rehearsal.command.history-tool]");
            ToolMigrations migrations = open(dir, db, "true", Map.of());
            assertThatThrownBy(() -> migrations.checkTarget("5"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no ${target} placeholder");
            assertThatThrownBy(() ->
                            open(dir, db, "no-such-program-rehearsal", Map.of()).deploy())
                    .hasMessageContaining("Could not start the command [no-such-program-rehearsal]");
        }
    }

    @Test
    void the_target_placeholder_passes_the_id_on(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PSQL), "psql 15 is not installed at " + PSQL);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(
                    dir, db, PSQL + " -X -v ON_ERROR_STOP=1 -c \"CREATE TABLE up_to_${target} (id int)\"", Map.of());
            migrations.migrateTo("v7");
            assertThat(tables(db)).containsExactly("up_to_v7");
        }
    }

    @Test
    void command_is_never_auto_detected_and_the_environment_is_complete() {
        PostgresServer server = TestPostgres.server();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            DefaultMigrationContext context = context(Path.of("."), db, "true", Map.of());
            Map<String, String> environment = CommandSupport.environment(context);
            assertThat(environment)
                    .containsEntry("PGHOST", server.host())
                    .containsEntry("PGPORT", Integer.toString(server.port()))
                    .containsEntry("PGUSER", server.username())
                    .containsEntry("PGPASSWORD", server.password())
                    .containsEntry("PGDATABASE", db.name());
            assertThat(environment.get("DATABASE_URL"))
                    .startsWith("postgresql://" + server.username() + ":")
                    .endsWith("@" + server.host() + ":" + server.port() + "/" + db.name());
        }
        assertThat(new CommandSupport().detect(Path.of("."))).isEmpty();
    }

    private static ToolMigrations open(Path dir, TestDatabase db, String command, Map<String, String> settings) {
        return MigrationTools.open(MigrationTool.COMMAND, context(dir, db, command, settings));
    }

    private static DefaultMigrationContext context(
            Path dir, TestDatabase db, String command, Map<String, String> settings) {
        PostgresServer server = TestPostgres.server();
        DefaultMigrationContext.Target target = new DefaultMigrationContext.Target(
                server.host(),
                server.port(),
                db.name(),
                server.username(),
                server.password(),
                db.jdbcUrl(),
                db::connection);
        MigrationOptions options = new MigrationOptions(
                command == null ? Map.of() : Map.of(ConfigurationKeys.Command.LINE, command),
                Settings.of(key -> Optional.ofNullable(settings.get(key)), dir));
        return new DefaultMigrationContext(
                new MigrationsLocation(dir, "db/migrations", "test"),
                Optional.of(target),
                Optional.empty(),
                Optional.empty(),
                options);
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables"
                                + " WHERE schemaname = 'public'")) {
            rs.next();
            return rs.getString(1) == null ? List.of() : List.of(rs.getString(1).split(","));
        }
    }
}
