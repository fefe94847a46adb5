package dev.rehearsal.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RoleHandling;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, roles on the confined embedded server. PostgreSQL 15 and older let a role with {@code CREATEROLE} grant
 * membership in any non-superuser role, predefined ones included ({@code pg_execute_server_program},
 * {@code pg_write_server_files}, …): a hostile backup or migration could grant itself one and run {@code COPY … TO
 * PROGRAM}. There the restoring role has no {@code CREATEROLE}, and what a restore legitimately does with roles runs
 * on the administrator connection after checks; 16+ needs {@code ADMIN OPTION} to grant a role, so it keeps
 * {@code CREATEROLE}. The same tests run on both (CI runs this class on PostgreSQL 15 too).
 *
 * <p>Fixtures: restore/confinement/roles.sql (pg_dumpall), escape.sql and escape.custom (pg_dump), made by
 * src/test/fixtures/confinement/generate-roles.sh with PostgreSQL 15. TestcontainersRoleConfinementTest runs the same
 * tests in the testcontainers provider's container (CI: local/postgres:15).
 */
class RoleConfinementTest {
    private static final String PROBE = "/tmp/rehearsal-roles15-probe";
    private static final List<String> FIXTURE_ROLES = List.of("r15_owner", "r15_reader", "R15 Auditors");

    @TempDir
    Path dir;

    private TemplateCache cache;

    @BeforeEach
    void clean() throws Exception {
        Files.deleteIfExists(Path.of(PROBE));
        dropFixtureRoles();
        // what a run before this fix left on a reused server
        try (Connection connection = administrator("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DO $$ DECLARE m record; BEGIN FOR m IN SELECT g.rolname AS g, r.rolname AS r"
                    + " FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles r ON r.oid = a.member"
                    + " WHERE g.rolname LIKE 'pg\\_%' AND r.rolname NOT LIKE 'pg\\_%' LOOP EXECUTE format('REVOKE %I FROM %I', m.g, m.r); END LOOP;"
                    + " END $$");
        }
    }

    @AfterEach
    void nothingReachedOutside() throws Exception {
        if (cache != null) {
            cache.close();
        }
        assertThat(Path.of(PROBE)).as("a file written by a server-side program").doesNotExist();
        assertThat(count("SELECT count(pg_stat_file('" + PROBE + "', true))"))
                .as("a file written by a server-side program, as the server sees its file system (a container's)")
                .isZero();
        assertThat(count("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                        + " JOIN pg_roles b ON b.oid = m.member WHERE r.rolname LIKE 'pg\\_%'"
                        + " AND b.rolname NOT LIKE 'pg\\_%'"))
                .as("members of predefined roles (besides their own, such as pg_monitor)")
                .isZero();
        dropFixtureRoles();
    }

    /** The confined server under test (TestcontainersRoleConfinementTest: the testcontainers provider's container). */
    PostgresServer server() {
        return TestPostgres.confinedServer();
    }

    /** The opt-in a refusal names on {@link #server()}. */
    String optIn() {
        return ConfigurationKeys.EMBEDDED_SUPERUSER + "=true";
    }

    /** A superuser's connection to {@code database} of {@link #server()}. */
    private Connection administrator(String database) throws Exception {
        return server().connectAsAdministrator(database).orElseThrow();
    }

    private boolean upTo15() {
        return server().majorVersion() <= 15;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "GRANT pg_execute_server_program TO postgres;\n"
                        + "DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch " + PROBE + "'''; END $$;",
                "GRANT pg_write_server_files TO CURRENT_USER;\nCOPY t TO '" + PROBE + "';",
                "DO $$ BEGIN EXECUTE 'GRANT pg_execute_server_program TO ' || quote_ident(current_user);"
                        + " EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch " + PROBE + "'''; END $$;",
                "CREATE ROLE r15_owner;\nGRANT pg_read_server_files TO r15_owner;\nSET ROLE r15_owner;",
                "CREATE ROLE r15_owner IN ROLE pg_execute_server_program;"
            })
    void a_backup_cannot_grant_itself_a_predefined_role(String hostile) throws Exception {
        cache = new TemplateCache(server());
        Files.writeString(dir.resolve("hostile.sql"), "CREATE TABLE t (id int);\n" + hostile + "\n");

        assertThatThrownBy(() -> cache.restored(Fixtures.resolve("hostile.sql", null, dir), RestoreOptions.defaults()))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("at hostile.sql:")
                .hasMessageContaining("ERROR 42501")
                .hasMessageContaining(optIn());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"escape.sql", "escape.custom"})
    void a_pg_dump_whose_check_constraint_grants_itself_server_programs_is_refused(String file) {
        cache = new TemplateCache(server());
        assertThatThrownBy(() -> cache.restored(
                        Fixtures.resolve(
                                "restore/confinement/" + file, getClass().getClassLoader(), Path.of(".")),
                        RestoreOptions.defaults()))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("ERROR 42501")
                .hasMessageContaining("pg_execute_server_program")
                .hasMessageContaining(optIn());
    }

    @Test
    void a_backup_cannot_give_a_role_it_creates_the_attributes_that_reach_outside() throws Exception {
        cache = new TemplateCache(server());
        List<String> attributes = new ArrayList<>(List.of("SUPERUSER", "REPLICATION", "BYPASSRLS"));
        if (upTo15()) {
            attributes.add("CREATEROLE");
        }
        for (String attribute : attributes) {
            Files.writeString(
                    dir.resolve("attribute.sql"),
                    "CREATE ROLE r15_owner;\nALTER ROLE r15_owner WITH NOSUPERUSER INHERIT " + attribute + " LOGIN;\n");
            assertThatThrownBy(() ->
                            cache.restored(Fixtures.resolve("attribute.sql", null, dir), RestoreOptions.defaults()))
                    .as(attribute)
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("at attribute.sql:2")
                    .hasMessageContaining("ERROR 42501")
                    .hasMessageContaining(optIn());
            assertThat(count("SELECT count(*) FROM pg_roles WHERE rolname = 'r15_owner' AND (rolsuper OR"
                            + " rolreplication OR rolbypassrls OR (rolcreaterole AND "
                            + upTo15() + "))"))
                    .as(attribute)
                    .isZero();
            dropFixtureRoles();
        }
    }

    @Test
    void a_role_setting_the_restoring_role_may_not_set_itself_is_refused() throws Exception {
        cache = new TemplateCache(server());
        // a pg_dump -C script: its database stands for the restored one, so its role settings apply there
        Files.writeString(
                dir.resolve("setting.sql"),
                "CREATE DATABASE app;\n\\connect app\nCREATE ROLE r15_owner;\n"
                        + "ALTER ROLE r15_owner IN DATABASE app SET session_preload_libraries = 'auto_explain';\n");
        assertThatThrownBy(() -> cache.restored(Fixtures.resolve("setting.sql", null, dir), RestoreOptions.defaults()))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("at setting.sql:4")
                .hasMessageContaining("ERROR 42501")
                .hasMessageContaining(optIn());
        assertThat(count("SELECT count(*) FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole"
                        + " WHERE r.rolname = 'r15_owner'"))
                .isZero();
    }

    @Test
    void the_restoring_role_may_create_roles_only_from_postgresql_16_on() throws Exception {
        assertThat(count("SELECT count(*) FROM pg_roles WHERE rolname = '" + server().username()
                        + "' AND rolcreaterole AND NOT rolsuper"))
                .isEqualTo(upTo15() ? 0 : 1);
    }

    @Test
    void a_pg_dumpall_script_restores_its_roles_memberships_and_settings() throws Exception {
        cache = new TemplateCache(server());
        RestoredTemplate restored = cache.restored(
                Fixtures.resolve("restore/confinement/roles.sql", getClass().getClassLoader(), Path.of(".")),
                new RestoreOptions(RoleHandling.CREATE_MISSING, Optional.of("r15_app")));

        assertThat(rows(
                        "postgres",
                        "SELECT rolname || ' ' || rolcanlogin || ' ' || rolinherit || ' ' || rolcreaterole"
                                + " || ' ' || rolconnlimit || ' ' || coalesce(to_char(rolvaliduntil AT TIME ZONE 'UTC', 'YYYY-MM-DD'), '-') || ' '"
                                + " || coalesce(shobj_description(oid, 'pg_authid'), '-') FROM pg_roles"
                                + " WHERE rolname IN ('r15_owner', 'r15_reader', 'R15 Auditors') ORDER BY 1"))
                .containsExactly(
                        "R15 Auditors false false false -1 - -",
                        "r15_owner true true false 3 2099-12-31 -",
                        "r15_reader false true false -1 - reads the app");
        assertThat(rows(
                        "postgres",
                        "SELECT r.rolname || ' in ' || g.rolname || ' ' || m.admin_option"
                                + " FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g"
                                + " ON g.oid = m.roleid WHERE g.rolname = 'r15_reader' AND r.rolname <> 'postgres'"
                                + " ORDER BY 1"))
                .containsExactly("R15 Auditors in r15_reader true", "r15_owner in r15_reader false");
        assertThat(rows(
                        "postgres",
                        "SELECT r.rolname || ' ' || s.setconfig::text FROM pg_db_role_setting s"
                                + " JOIN pg_roles r ON r.oid = s.setrole JOIN pg_database d ON d.oid = s.setdatabase"
                                + " WHERE d.datname = '" + restored.database() + "'"))
                .containsExactly("r15_owner {work_mem=8MB}");
        assertThat(rows(
                        "postgres",
                        "SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:gZzsUaVA4wIQ%' FROM pg_authid"
                                + " WHERE rolname = 'r15_owner'"))
                .containsExactly("t");
        assertThat(rows(
                        cache.cloneFor(restored.database()),
                        "SELECT pg_get_userbyid(c.relowner) || ' ' || c.relacl::text FROM pg_class c"
                                + " WHERE c.relname = 'ledger'"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("r15_owner {")
                .contains("r15_reader=r/r15_owner");
    }

    @Test
    void a_role_statement_run_for_the_restore_is_cancelled_at_the_restore_limit() throws Exception {
        cache = new TemplateCache(server())
                .withTimeLimits(new TimeLimits(Duration.ofSeconds(3), Duration.ofMinutes(1)));
        // Another session blocks every change of role memberships (reads go on): on PostgreSQL 15 the restore's
        // GRANT runs on the administrator connection, whose statement must be cancelled at the limit like the
        // restoring session's own.
        try (Connection blocker = administrator("postgres");
                Statement lock = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            lock.execute("LOCK TABLE pg_catalog.pg_auth_members IN EXCLUSIVE MODE");
            CompletableFuture<Throwable> restore = CompletableFuture.supplyAsync(() -> {
                try {
                    cache.restored(
                            Fixtures.resolve(
                                    "restore/confinement/roles.sql", getClass().getClassLoader(), Path.of(".")),
                            new RestoreOptions(RoleHandling.CREATE_MISSING, Optional.of("r15_app")));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Throwable failure;
            try {
                failure = restore.get(60, TimeUnit.SECONDS);
            } finally {
                blocker.rollback();
            }
            assertThat(failure)
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("did not finish within 3 s (" + ConfigurationKeys.RESTORE_TIMEOUT + ")")
                    .hasMessageContaining("Nothing of this restore keeps running");
        }
        assertThat(count("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                        + " AND datname LIKE 'rehearsal%' AND pid <> pg_backend_pid()"))
                .isZero();
    }

    @Test
    void a_migration_that_grants_itself_a_predefined_role_fails_naming_the_opt_in() throws Exception {
        MigrationFailedException failure = migrate("GRANT pg_execute_server_program TO CURRENT_USER;\n"
                        + "DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch " + PROBE + "'''; END $$;\n")
                .orElseThrow();
        assertThat(failure.getMessage())
                .contains("002_hostile.sql:1")
                .contains("ERROR 42501")
                .contains(optIn());
    }

    @Test
    void a_migration_that_creates_a_role_needs_the_opt_in_up_to_postgresql_15() throws Exception {
        Optional<MigrationFailedException> failure = migrate("CREATE ROLE r15_reader;\n");
        if (upTo15()) {
            assertThat(failure).isPresent();
            assertThat(failure.get().getMessage())
                    .contains("002_hostile.sql:1")
                    .contains("ERROR 42501")
                    .contains("CREATEROLE")
                    .contains(optIn());
        } else {
            assertThat(failure).isEmpty();
        }
    }

    private Optional<MigrationFailedException> migrate(String hostile) throws Exception {
        cache = new TemplateCache(server());
        Files.writeString(dir.resolve("base.sql"), "CREATE TABLE t (id int);\n");
        Path migrations = Files.createDirectories(dir.resolve("db"));
        Files.writeString(migrations.resolve("001_ok.sql"), "INSERT INTO t VALUES (1);\n");
        Files.writeString(migrations.resolve("002_hostile.sql"), hostile);
        RestoredTemplate base = cache.restored(Fixtures.resolve("base.sql", null, dir), RestoreOptions.defaults());
        MigratedTemplate migrated = cache.migrated(
                base,
                new MigrationsLocation(migrations, "db", "test"),
                MigrationTool.PLAIN_SQL,
                "latest",
                MigrationOptions.of(Settings.of(key -> Optional.empty(), dir)));
        return migrated.failure();
    }

    /** The fixture roles, with what they own or were granted in any database (left by an earlier run). */
    private void dropFixtureRoles() throws Exception {
        String names = "'r15_owner', 'r15_reader', 'R15 Auditors'";
        if (count("SELECT count(*) FROM pg_roles WHERE rolname IN (" + names + ")") == 0) {
            return;
        }
        String quoted = String.join(
                ", ", FIXTURE_ROLES.stream().map(r -> "\"" + r + "\"").toList());
        for (String database : rows("postgres", "SELECT datname FROM pg_database WHERE datallowconn")) {
            try (Connection connection = administrator(database);
                    Statement statement = connection.createStatement()) {
                for (String role : FIXTURE_ROLES) {
                    statement.execute("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                            + "') THEN EXECUTE 'DROP OWNED BY \"" + role + "\" CASCADE'; END IF; END $$");
                }
            }
        }
        try (Connection connection = administrator("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + quoted);
        }
    }

    private int count(String sql) throws Exception {
        return Integer.parseInt(rows("postgres", sql).get(0));
    }

    private List<String> rows(String database, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = administrator(database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
