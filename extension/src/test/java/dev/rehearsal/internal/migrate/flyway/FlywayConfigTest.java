package dev.rehearsal.internal.migrate.flyway;

import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.historyRows;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.value;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's Flyway configuration mirrored from rehearsal.flyway.* settings and a flyway.conf. */
class FlywayConfigTest {
    @TempDir
    Path project;

    private Path dir() {
        return project.resolve(FlywayTesting.LOCATION);
    }

    @Test
    void placeholders_with_their_prefix_and_suffix_table_and_schemas_are_mirrored() {
        write(dir(), "V1__owner.sql", "CREATE TABLE #[table_name] (owner text DEFAULT '#[owner]');\n");
        Map<String, String> settings = Map.of(
                "rehearsal.flyway.placeholder-prefix", "#[",
                "rehearsal.flyway.placeholder-suffix", "]",
                "rehearsal.flyway.placeholders.table_name", "account",
                "rehearsal.flyway.placeholders.owner", "billing",
                "rehearsal.flyway.table", "schema_history",
                "rehearsal.flyway.schemas", "app");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir(), db, settings).deploy();
            assertThat(value(
                            db,
                            "SELECT column_default FROM information_schema.columns WHERE table_schema = 'app'"
                                    + " AND table_name = 'account'"))
                    .isEqualTo("'billing'::text");
            assertThat(historyRows(db, "app.schema_history"))
                    .extracting(r -> r.get("installed_rank") + " " + r.get("type") + " " + r.get("description"))
                    .containsExactly("0 SCHEMA << Flyway Schema Creation >>", "1 SQL owner");
            assertThat(value(db, "SELECT to_regclass('public.flyway_schema_history')"))
                    .isNull();
        }
    }

    @Test
    void placeholder_replacement_can_be_switched_off_as_in_production() {
        write(dir(), "V1__literal.sql", "CREATE TABLE t (v text DEFAULT '${not_a_placeholder}');\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir(), db, Map.of("rehearsal.flyway.placeholder-replacement", "false"))
                    .deploy();
            assertThat(value(db, "SELECT column_default FROM information_schema.columns WHERE table_name = 't'"))
                    .isEqualTo("'${not_a_placeholder}'::text");
        }
    }

    @Test
    void a_flyway_conf_is_read_by_flyway_and_the_settings_win_over_it() {
        write(dir(), "V1__t.sql", "CREATE TABLE ${name} (id int);\n");
        write(
                project,
                "config/flyway.conf",
                "flyway.url=jdbc:postgresql://production.example.com/app\n"
                        + "flyway.user=deploy\n"
                        + "flyway.locations=classpath:db/migration\n"
                        + "flyway.target=7\n"
                        + "flyway.table=from_conf_file\n"
                        + "flyway.placeholders.name=from_conf\n");
        Map<String, String> settings = new HashMap<>();
        settings.put(FlywayConfig.CONFIG_FILE, "config/flyway.conf");
        settings.put("rehearsal.flyway.table", "history");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir(), db, settings);
            assertThat(migrations.warnings())
                    .containsExactlyInAnyOrder(
                            "flyway.url (config/flyway.conf) is ignored: Rehearsal connects Flyway to the test's"
                                    + " database.",
                            "flyway.user (config/flyway.conf) is ignored: Rehearsal connects Flyway to the test's"
                                    + " database.",
                            "flyway.locations=classpath:db/migration (config/flyway.conf) is replaced by the"
                                    + " @MigratesTo migrations location, db/migration.",
                            "flyway.target=7 (config/flyway.conf) is ignored: the target is @MigratesTo's value (or"
                                    + " migrations().migrateTo(version)).");
            migrations.deploy();
            assertThat(value(db, "SELECT to_regclass('from_conf')")).isEqualTo("from_conf");
            assertThat(historyRows(db, "history")).hasSize(1);
        }
    }

    @Test
    void a_toml_file_is_refused_because_flyway_core_cannot_read_it() {
        write(dir(), "V1__t.sql", "SELECT 1;\n");
        write(project, "flyway.toml", "[flyway]\ntable = \"x\"\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> FlywayTesting.open(dir(), db, Map.of(FlywayConfig.CONFIG_FILE, "flyway.toml")))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageContaining("rehearsal.flyway.config-file = flyway.toml is a TOML file, which Flyway's"
                            + " Java API (flyway-core " + FlywayTesting.flyway() + ") cannot read");
            assertThatThrownBy(() -> FlywayTesting.open(dir(), db, Map.of(FlywayConfig.CONFIG_FILE, "nope.conf")))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageContaining("rehearsal.flyway.config-file = nope.conf was not found");
        }
    }

    @Test
    void a_parameter_flyway_does_not_know_fails_as_flyway_fails() {
        write(dir(), "V1__t.sql", "SELECT 1;\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> FlywayTesting.open(dir(), db, Map.of("rehearsal.flyway.tabel", "x")))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageStartingWith("Flyway rejected the configuration mirrored from rehearsal.flyway.tabel:")
                    .hasMessageContaining("flyway.tabel");
        }
    }

    @Test
    void custom_prefix_separator_and_suffixes_name_the_migrations() {
        write(dir(), "M1-init.pgsql", "CREATE TABLE a (id int);\n");
        write(dir(), "M2-more.pgsql", "CREATE TABLE b (id int);\n");
        write(dir(), "V9__ignored_by_this_naming.sql", "CREATE TABLE z (id int);\n");
        Map<String, String> settings = Map.of(
                "rehearsal.flyway.sql-migration-prefix", "M",
                "rehearsal.flyway.sql-migration-separator", "-",
                "rehearsal.flyway.sql-migration-suffixes", ".pgsql");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir(), db, settings);
            assertThat(migrations.localIds()).containsExactly("1", "2");
            migrations.deploy();
            assertThat(historyRows(db))
                    .extracting(r -> r.get("script"))
                    .containsExactly("M1-init.pgsql", "M2-more.pgsql");
        }
    }

    @Test
    void mixed_decides_whether_a_script_may_combine_transactional_and_concurrent_statements() {
        write(dir(), "V1__t.sql", "CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> FlywayTesting.open(
                                    dir(), db, Map.of("rehearsal.flyway.postgresql.transactional.lock", "false"))
                            .deploy())
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith(
                            "Migration 1 failed (Flyway, 1st of 1 pending)\n  at db/migration/V1__t.sql:2\n")
                    .hasMessageContaining("Detected both transactional and non-transactional statements within the same"
                            + " migration (even though mixed is false)");
            FlywayTesting.open(
                            dir(),
                            db,
                            Map.of(
                                    "rehearsal.flyway.postgresql.transactional.lock",
                                    "false",
                                    "rehearsal.flyway.mixed",
                                    "true"))
                    .deploy();
            assertThat(value(db, "SELECT to_regclass('t_id')")).isEqualTo("t_id");
        }
    }

    @Test
    void the_fingerprint_follows_files_sidecars_and_settings() {
        write(dir(), "V1__t.sql", "CREATE TABLE t (id int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            String base = FlywayTesting.open(dir(), db).fingerprint();
            assertThat(FlywayTesting.open(dir(), db).fingerprint()).isEqualTo(base);
            assertThat(FlywayTesting.open(dir(), db, Map.of("rehearsal.flyway.out-of-order", "true"))
                            .fingerprint())
                    .isNotEqualTo(base);
            // Flyway 8 has no transactional lock: false changes nothing there (and is left out, with a warning).
            assertThat(FlywayTesting.open(dir(), db, Map.of("rehearsal.flyway.postgresql.transactional.lock", "false"))
                            .fingerprint()
                            .equals(base))
                    .isEqualTo(!FlywayLockSetting.supported());
            write(dir(), "V1__t.sql.conf", "executeInTransaction=false\n");
            String withSidecar = FlywayTesting.open(dir(), db).fingerprint();
            assertThat(withSidecar).isNotEqualTo(base);
            write(dir(), "beforeMigrate.sql", "SELECT 1;\n");
            assertThat(FlywayTesting.open(dir(), db).fingerprint()).isNotEqualTo(withSidecar);
        }
    }

    @Test
    void the_transactional_lock_parameter_follows_the_flyway_version_found() {
        write(dir(), "V1__t.sql", "SELECT 1;\n");
        Map<String, String> off = Map.of("rehearsal.flyway.postgresql.transactional.lock", "false");
        Map<String, String> on = Map.of("rehearsal.flyway.postgresql.transactional.lock", "true");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            if (FlywayTesting.flyway().major() >= 9) {
                assertThat(FlywayLockSetting.supported()).isTrue();
                assertThat(FlywayTesting.open(dir(), db, off).warnings()).isEmpty();
                assertThat(FlywayTesting.open(dir(), db, on).warnings()).isEmpty();
                return;
            }
            // Flyway 8: no such parameter (a production Flyway 8 refuses it as unknown); its only lock is the
            // session lock, which is what false asks for.
            assertThat(FlywayLockSetting.supported()).isFalse();
            assertThat(FlywayTesting.open(dir(), db, off).warnings())
                    .containsExactly("flyway.postgresql.transactional.lock = false (rehearsal.flyway.postgresql"
                            + ".transactional.lock) is left out: Flyway " + FlywayTesting.flyway() + " has no such"
                            + " parameter (it came with Flyway 9) and always takes the session-level lock that false"
                            + " asks for. A production Flyway " + FlywayTesting.flyway() + " refuses the parameter as"
                            + " unknown: keep it out of the application's own Flyway configuration until it runs"
                            + " Flyway 9 or newer.");
            assertThatThrownBy(() -> FlywayTesting.open(dir(), db, on))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageStartingWith("flyway.postgresql.transactional.lock = true"
                            + " (rehearsal.flyway.postgresql.transactional.lock) cannot be applied: Flyway "
                            + FlywayTesting.flyway() + " has no such parameter");
        }
    }

    @Test
    void a_flyway_conf_is_read_with_flyways_rules() throws Exception {
        assertThat(FlywayConfFile.parse(
                        "# comment\n"
                                + "  flyway.table = history  \r\n"
                                + "flyway.locations=filesystem:C:\\migrations\\app\n"
                                + "flyway.initSql=SET search_path = app, \\\n"
                                + "  public\n"
                                + "flyway.placeholders.owner=${REHEARSAL_TEST_OWNER}\n"
                                + "flyway.placeholders.unset=x${REHEARSAL_TEST_UNSET}y\n",
                        Map.of("REHEARSAL_TEST_OWNER", "billing")))
                .containsExactly(
                        Map.entry("flyway.initSql", "SET search_path = app, public"),
                        Map.entry("flyway.locations", "filesystem:C:\\migrations\\app"),
                        Map.entry("flyway.placeholders.owner", "billing"),
                        Map.entry("flyway.placeholders.unset", "xy"),
                        Map.entry("flyway.table", "history"));
    }

    @Test
    void camel_case_of_the_first_segment_only() {
        assertThat(FlywayConfig.camelCaseFirstSegment("baseline-on-migrate")).isEqualTo("baselineOnMigrate");
        assertThat(FlywayConfig.camelCaseFirstSegment("placeholders.my-name")).isEqualTo("placeholders.my-name");
        assertThat(FlywayConfig.camelCaseFirstSegment("table")).isEqualTo("table");
    }
}
