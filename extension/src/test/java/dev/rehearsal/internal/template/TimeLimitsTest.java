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
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, time limits: a dump or a migration that would run for hours is cancelled on the server at the configured
 * limit, the failure names the statement and the setting, and nothing keeps running. (The limits here are 2 s; the
 * tests assert what happened, never how long it took.)
 */
class TimeLimitsTest {
    private static final TimeLimits TWO_SECONDS = new TimeLimits(Duration.ofSeconds(2), Duration.ofSeconds(2));

    @TempDir
    Path dir;

    @Test
    void a_restore_past_its_limit_is_cancelled_and_names_the_statement() throws Exception {
        // pg_dump writes SET statement_timeout = 0 itself: the limit must not depend on the session's setting.
        Files.writeString(
                dir.resolve("hang.sql"),
                "SET statement_timeout = 0;\nCREATE TABLE t (id int);\nSELECT pg_sleep(100000);\n");
        PostgresServer server = TestPostgres.server();
        TemplateCache cache = new TemplateCache(server).withTimeLimits(TWO_SECONDS);
        try {
            assertThatThrownBy(() -> cache.restored(Fixtures.resolve("hang.sql", null, dir), RestoreOptions.defaults()))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("The restore of hang.sql did not finish within 2 s ("
                            + ConfigurationKeys.RESTORE_TIMEOUT + ")")
                    .hasMessageContaining("SELECT pg_sleep(100000)")
                    .hasMessageContaining("Nothing of this restore keeps running")
                    .hasMessageContaining("hang.sql:3");
        } finally {
            cache.close();
        }
        assertThat(running(server, "pg_sleep(100000)")).isZero();
    }

    @Test
    void a_migration_statement_past_its_limit_is_cancelled_and_names_the_statement() throws Exception {
        Files.writeString(dir.resolve("base.sql"), "CREATE TABLE t (id int);\n");
        Path migrations = Files.createDirectories(dir.resolve("db"));
        Files.writeString(migrations.resolve("001_init.sql"), "INSERT INTO t VALUES (1);\n");
        Files.writeString(
                migrations.resolve("002_hang.sql"),
                "SET statement_timeout = 0;\nDO $$ BEGIN PERFORM pg_sleep(1000); END $$;\n");
        PostgresServer server = TestPostgres.server();
        TemplateCache cache = new TemplateCache(server).withTimeLimits(TWO_SECONDS);
        try {
            RestoredTemplate base = cache.restored(Fixtures.resolve("base.sql", null, dir), RestoreOptions.defaults());
            MigratedTemplate migrated = cache.migrated(
                    base,
                    new MigrationsLocation(migrations, "db", "test"),
                    MigrationTool.PLAIN_SQL,
                    "latest",
                    MigrationOptions.of(Settings.of(
                            key -> Optional.ofNullable(Map.<String, String>of().get(key)), dir)));
            assertThat(migrated.failure()).isPresent();
            MigrationFailedException failure = migrated.failure().get();
            assertThat(failure.migrationId()).isEqualTo("002_hang.sql");
            assertThat(failure.getMessage())
                    .contains("pg_sleep(1000)")
                    .contains("it ran longer than 2 s (" + ConfigurationKeys.MIGRATION_TIMEOUT + ")")
                    .contains("nothing of it keeps running");
        } finally {
            cache.close();
        }
        assertThat(running(server, "pg_sleep(1000)")).isZero();
    }

    @Test
    void the_limits_are_read_from_the_settings_and_checked() {
        Settings settings = Settings.of(
                key -> Optional.ofNullable(
                        Map.of(ConfigurationKeys.RESTORE_TIMEOUT, "2h", ConfigurationKeys.MIGRATION_TIMEOUT, "PT90S")
                                .get(key)),
                dir);
        assertThat(TimeLimits.of(settings)).isEqualTo(new TimeLimits(Duration.ofHours(2), Duration.ofSeconds(90)));
        assertThat(TimeLimits.of(Settings.of(key -> Optional.empty(), dir))).isEqualTo(TimeLimits.defaults());
        assertThat(TimeLimits.defaults().restore()).isEqualTo(Duration.ofMinutes(30));
        assertThatThrownBy(() -> TimeLimits.of(Settings.of(
                        key -> key.equals(ConfigurationKeys.RESTORE_TIMEOUT) ? Optional.of("soon") : Optional.empty(),
                        dir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid value [soon] for configuration key [rehearsal.restore.timeout]")
                .hasMessageContaining("90s, 30m, 2h or PT30M");
    }

    private static int running(PostgresServer server, String text) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                        + " AND pid <> pg_backend_pid() AND query LIKE '%" + text + "%'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
