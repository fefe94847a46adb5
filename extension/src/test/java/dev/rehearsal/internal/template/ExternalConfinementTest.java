package dev.rehearsal.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.server.ExternalPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, confinement on the external provider: connected as a dedicated user with {@code CREATEDB} and nothing
 * more (what the README asks for), hostile statements of a backup or a migration are refused by PostgreSQL itself,
 * whatever their spelling, and the failure names the statement, its file and line, the user and the opt-in. The test
 * suite's embedded server plays the external server; the user is created for the test.
 */
class ExternalConfinementTest {
    private static final String OUTSIDE_FILE = "/tmp/rehearsal-confinement-probe";

    @TempDir
    Path dir;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String user = "confined_" + suffix;
    private final String victim = "victim_" + suffix;
    private TemplateCache cache;
    /** Another application's session (the suite's superuser), for pg_terminate_backend to aim at. */
    private Connection bystander;

    @BeforeEach
    void confinedUser() throws Exception {
        execute(TestPostgres.server(), "CREATE ROLE " + user + " LOGIN CREATEDB PASSWORD 'pw" + suffix + "'");
        execute(TestPostgres.server(), "CREATE DATABASE " + victim);
        Files.deleteIfExists(Path.of(OUTSIDE_FILE));
        bystander = TestPostgres.server().connect("postgres");
        PostgresServer real = TestPostgres.server();
        Map<String, String> values = Map.of(
                ConfigurationKeys.EXTERNAL_URL,
                real.jdbcUrl("postgres"),
                ConfigurationKeys.EXTERNAL_USER,
                user,
                ConfigurationKeys.EXTERNAL_PASSWORD,
                "pw" + suffix);
        cache = new TemplateCache(
                new ExternalPostgresProvider(Settings.of(key -> Optional.ofNullable(values.get(key)), dir)).start());
    }

    @AfterEach
    void dropUser() throws Exception {
        cache.close();
        assertThat(bystander.isValid(5)).as("the other application's session").isTrue();
        bystander.close();
        execute(TestPostgres.server(), "DROP DATABASE IF EXISTS " + victim);
        execute(TestPostgres.server(), "DROP ROLE IF EXISTS evil_" + suffix);
        execute(TestPostgres.server(), "DROP ROLE " + user);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            drop another database      | DROP DATABASE victim_%s;
            create a superuser         | CREATE ROLE evil_%s SUPERUSER LOGIN;
            COPY PROGRAM in a DO block | DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/rehearsal-confinement-probe'''; END $$;
            COPY TO a server file      | COPY t TO '/tmp/rehearsal-confinement-probe';
            COPY FROM a server file    | COPY t FROM '/etc/hostname';
            pg_read_file               | SELECT pg_read_file('/etc/passwd');
            lo_import                  | SELECT lo_import('/etc/hostname');
            lo_export                  | SELECT lo_export(lo_create(0), '/tmp/rehearsal-confinement-probe');
            terminate other sessions   | SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename <> current_user AND pid <> pg_backend_pid();
            """)
    void a_hostile_backup_is_refused_by_the_server(String what, String statement) throws Exception {
        String hostile = statement.formatted(suffix);
        Files.writeString(dir.resolve("hostile.sql"), "CREATE TABLE t (id int);\n-- " + what + "\n" + hostile + "\n");

        assertThatThrownBy(() -> cache.restored(Fixtures.resolve("hostile.sql", null, dir), RestoreOptions.defaults()))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("at hostile.sql:3")
                .hasMessageContaining(hostile.substring(0, Math.min(40, hostile.length())))
                .hasMessageContaining("ERROR 42501")
                .hasMessageContaining("The server refused this to " + user)
                .hasMessageContaining("opt in")
                .hasMessageContaining(ConfigurationKeys.EXTERNAL_USER);
        assertUntouched();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            drop another database      | DROP DATABASE victim_%s;
            COPY PROGRAM in a DO block | DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/rehearsal-confinement-probe'''; END $$;
            pg_read_file in a function | CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $f$ SELECT pg_read_file('/etc/passwd') $f$; SELECT f();
            """)
    void a_hostile_migration_is_refused_by_the_server(String what, String statement) throws Exception {
        Files.writeString(dir.resolve("base.sql"), "CREATE TABLE t (id int);\n");
        Path migrations = Files.createDirectories(dir.resolve("db"));
        Files.writeString(migrations.resolve("001_ok.sql"), "INSERT INTO t VALUES (1);\n");
        Files.writeString(migrations.resolve("002_hostile.sql"), "-- " + what + "\n" + statement.formatted(suffix));
        RestoredTemplate base = cache.restored(Fixtures.resolve("base.sql", null, dir), RestoreOptions.defaults());
        MigratedTemplate migrated = cache.migrated(
                base,
                new MigrationsLocation(migrations, "db", "test"),
                MigrationTool.PLAIN_SQL,
                "latest",
                new MigrationOptions(Optional.empty(), false, Settings.of(key -> Optional.empty(), dir)));

        assertThat(migrated.failure()).isPresent();
        MigrationFailedException failure = migrated.failure().get();
        assertThat(failure.migrationId()).isEqualTo("002_hostile.sql");
        assertThat(failure.getMessage())
                .contains("002_hostile.sql:2")
                .contains("ERROR 42501")
                .contains("The server refused this to " + user)
                .contains(ConfigurationKeys.EXTERNAL_USER);
        assertUntouched();
    }

    private void assertUntouched() throws Exception {
        PostgresServer real = TestPostgres.server();
        assertThat(count(real, "SELECT count(*) FROM pg_database WHERE datname = '" + victim + "'"))
                .as("the other database")
                .isEqualTo(1);
        assertThat(count(real, "SELECT count(*) FROM pg_roles WHERE rolname = 'evil_" + suffix + "'"))
                .as("a superuser created by the backup")
                .isZero();
        assertThat(Path.of(OUTSIDE_FILE)).as("a file written by the server").doesNotExist();
    }

    private static int count(PostgresServer server, String sql) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void execute(PostgresServer server, String sql) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
