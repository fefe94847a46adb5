package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.tableExists;
import static dev.rehearsal.internal.restore.RestoreTesting.value;
import static dev.rehearsal.internal.restore.RestoreTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.RoleHandling;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restore options, left-out statements and the version check on pg_dump scripts, against a real server: real
 * pg_dump 15 fixtures where the behaviour is pg_dump's, small hand-written scripts for statements pg_dump never
 * writes.
 */
class RestoreOptionsTest {
    private static final RestoreOptions SKIP = new RestoreOptions(RoleHandling.SKIP, Optional.empty());

    @TempDir
    Path dir;

    private static Fixture pgDump(String name) {
        return Fixtures.resolve("restore/pgdump/" + name, RestoreOptionsTest.class.getClassLoader(), Path.of("."));
    }

    private PlainScriptRestore.Outcome restoreText(TestDatabase db, String script, RestoreOptions options) {
        write(dir, "script.sql", script);
        return PlainScriptRestore.restore(Fixtures.resolve("script.sql", null, dir), db.server(), db.name(), options);
    }

    @Test
    void roles_skip_restores_a_pg_dump_script_like_psql_restores_its_no_owner_no_privileges_dump() {
        PsqlBaseline.assumePsqlInstalled();
        try (TestDatabase withRoles = TestPostgres.newDatabase();
                TestDatabase ours = TestPostgres.newDatabase();
                TestDatabase psql = TestPostgres.newDatabase()) {
            // The dump's policy names app_reader (CREATE POLICY … TO app_reader), which neither -O -x nor SKIP drops:
            // the role must exist, so a default restore creates the roles first.
            Restorer.restore(pgDump("rich.sql"), withRoles.server(), withRoles.name());
            PlainScriptRestore.Outcome outcome =
                    PlainScriptRestore.restore(pgDump("rich.sql"), ours.server(), ours.name(), SKIP);
            PsqlBaseline.restore(psql, pgDump("rich-no-owner.sql"), dir);
            assertThat(CatalogSnapshot.of(ours)).isEqualTo(CatalogSnapshot.of(psql));
            assertThat(CatalogSnapshot.of(ours)).isNotEqualTo(CatalogSnapshot.of(withRoles));
            assertThat(value(ours, "SELECT tableowner FROM pg_tables WHERE tablename = 'customer'"))
                    .isEqualTo(ours.server().username());
            assertThat(value(withRoles, "SELECT tableowner FROM pg_tables WHERE tablename = 'customer'"))
                    .isEqualTo("app_owner");
            assertThat(outcome.notes())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("ownership and privileges are not restored (roles = SKIP)");
        }
    }

    @Test
    void roles_skip_creates_no_role_and_needs_the_roles_other_statements_name() {
        String role = "policy_reader_" + UUID.randomUUID().toString().substring(0, 8);
        String script = "CREATE ROLE " + role + "_made;\n"
                + "CREATE TABLE t (a int);\n"
                + "ALTER TABLE t OWNER TO " + role + "_owner;\n"
                + "CREATE POLICY p ON t TO " + role + " USING (true);\n";
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> restoreText(db, script, SKIP))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessage("script.sql needs the role " + role + " for statements that are not about ownership or"
                            + " privileges (e.g. CREATE POLICY … TO role, CREATE USER MAPPING FOR role), but"
                            + " @RestoredFrom(roles = SKIP) creates no roles and the server has none of that name;"
                            + " nothing was restored. Use roles = CREATE_MISSING (the default), or create the role on"
                            + " the server beforehand.");
            assertThat(tableExists(db, "public.t")).isFalse();
            assertThat(value(db, "SELECT count(*) FROM pg_roles WHERE rolname LIKE '" + role + "%'"))
                    .isEqualTo("0");

            db.execute("CREATE ROLE " + role);
            try {
                restoreText(db, script, SKIP);
                assertThat(value(db, "SELECT tableowner FROM pg_tables WHERE tablename = 't'"))
                        .isEqualTo(db.server().username());
                assertThat(value(db, "SELECT array_to_string(polroles::regrole[], ',') FROM pg_policy"))
                        .isEqualTo(role);
                assertThat(value(db, "SELECT count(*) FROM pg_roles WHERE rolname LIKE '" + role + "\\_%'"))
                        .isEqualTo("0");
            } finally {
                db.execute("DROP POLICY p ON t; DROP ROLE " + role);
            }
        }
    }

    @Test
    void create_role_of_an_existing_role_keeps_it_as_it_is() {
        String role = "existing_" + UUID.randomUUID().toString().substring(0, 8);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("CREATE ROLE " + role + " NOLOGIN CONNECTION LIMIT 3");
            try {
                PlainScriptRestore.Outcome outcome = restoreText(
                        db,
                        "CREATE ROLE " + role + ";\nALTER ROLE " + role + " WITH LOGIN CONNECTION LIMIT 9;\n"
                                + "COMMENT ON ROLE " + role + " IS 'changed';\n"
                                + "CREATE TABLE t (a int);\nALTER TABLE t OWNER TO " + role + ";\n",
                        RestoreOptions.defaults());
                assertThat(value(
                                db,
                                "SELECT rolcanlogin || '|' || rolconnlimit FROM pg_roles WHERE rolname = '" + role
                                        + "'"))
                        .isEqualTo("false|3");
                assertThat(value(
                                db,
                                "SELECT shobj_description(oid, 'pg_authid') IS NULL FROM pg_roles"
                                        + " WHERE rolname = '" + role + "'"))
                        .isEqualTo("t");
                assertThat(value(db, "SELECT tableowner FROM pg_tables WHERE tablename = 't'"))
                        .isEqualTo(role);
                assertThat(outcome.notes())
                        .containsExactly("role " + role + " already exists on the server: left as it is (attributes,"
                                + " password, comment) (3 statements, the first at line 1)");
            } finally {
                db.execute("DROP TABLE t; DROP ROLE " + role);
            }
        }
    }

    @Test
    void cluster_wide_statements_and_tablespaces_are_left_out_with_a_note() {
        String user = TestPostgres.server().username();
        String script = "CREATE TABLESPACE fast LOCATION '/nonexistent';\n"
                + "SET default_tablespace = fast;\n"
                + "CREATE TABLE t (a int);\n"
                + "ALTER SYSTEM SET work_mem = '64MB';\n"
                + "ALTER ROLE " + user + " SET work_mem = '64MB';\n"
                + "DROP ROLE IF EXISTS " + user + ";\n";
        try (TestDatabase db = TestPostgres.newDatabase()) {
            PlainScriptRestore.Outcome outcome = restoreText(db, script, RestoreOptions.defaults());
            assertThat(value(db, "SELECT reltablespace FROM pg_class WHERE relname = 't'"))
                    .isEqualTo("0");
            assertThat(value(
                            db,
                            "SELECT count(*) FROM pg_file_settings WHERE name = 'work_mem'"
                                    + " AND sourcefile LIKE '%postgresql.auto.conf'"))
                    .isEqualTo("0");
            assertThat(value(db, "SELECT count(*) FROM pg_db_role_setting WHERE setrole = '" + user + "'::regrole"))
                    .isEqualTo("0");
            assertThat(outcome.notes())
                    .containsExactly(
                            "tablespace fast is not created; what the dump places in it goes to the default tablespace"
                                    + " (2 statements, the first at line 1)",
                            "line 4: cluster-wide setting not applied: ALTER SYSTEM SET work_mem = '64MB';",
                            "line 5: role setting not applied (it would apply to the whole shared server): ALTER ROLE "
                                    + user + " SET work_mem = '64MB';",
                            "line 6: roles are never dropped: DROP ROLE IF EXISTS " + user + ";");
        }
    }

    private static Fixture version(String name) {
        return Fixtures.resolve("restore/versions/" + name, RestoreOptionsTest.class.getClassLoader(), Path.of("."));
    }

    private static String serverVersion(PostgresServer server) throws SQLException {
        try (Connection connection = server.connect("postgres");
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void a_dump_from_a_newer_major_than_the_server_is_refused_before_anything_runs() throws SQLException {
        Fixture fixture = version("pg18.sql");
        String server = serverVersion(TestPostgres.server());
        assertThat(VersionCheck.major(server)).hasValue(new VersionCheck.Major(17, 0));
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> Restorer.restore(fixture, db.server(), db.name()))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessage("restore/versions/pg18.sql was dumped from PostgreSQL 18.3, a newer major version than"
                            + " the server's (" + server + "); a dump restores only into a server of the same or a"
                            + " newer major version, so nothing was restored. Restore it into PostgreSQL 18 or newer:"
                            + " point rehearsal.external.url (env REHEARSAL_JDBC_URL) at such a server.");
            assertThat(tableExists(db, "public.item")).isFalse();
        }
    }

    @Test
    void a_dump_by_a_newer_pg_dump_of_a_server_as_old_as_ours_restores_like_psql_restores_it() {
        PsqlBaseline.assumePsqlInstalled();
        Fixture fixture = version("pg18-from-pg17.sql");
        assertThat(fixture.dumpedByVersion()).hasValue("18.3");
        assertThat(fixture.dumpedFromVersion()).hasValue("17.5");
        try (TestDatabase ours = TestPostgres.newDatabase();
                TestDatabase psql = TestPostgres.newDatabase()) {
            Restorer.restore(fixture, ours.server(), ours.name());
            PsqlBaseline.restore(psql, fixture, dir);
            assertThat(value(ours, "SELECT count(*) FROM public.recent_item")).isEqualTo("10");
            assertThat(CatalogSnapshot.of(ours)).isEqualTo(CatalogSnapshot.of(psql));
        }
    }

    @Test
    void when_a_newer_pg_dump_wrote_what_the_server_lacks_the_failure_says_so() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            String server = db.server().version();
            assertThatThrownBy(() -> Restorer.restore(version("pg18-from-pg17-statistics.sql"), db.server(), db.name()))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("  ERROR 42883: function pg_catalog.pg_restore_relation_stats(")
                    .hasMessageContaining("NOTE: restore/versions/pg18-from-pg17-statistics.sql was written by pg_dump"
                            + " 18.3, a newer major version than the server's (" + server + "). PostgreSQL does not"
                            + " guarantee that pg_dump's output loads into an older server")
                    .hasMessageContaining("re-create the dump with pg_dump 17 (or without such options), or restore"
                            + " it into PostgreSQL 18 or newer")
                    .satisfies(e -> {
                        FixtureRestoreException failure = (FixtureRestoreException) e;
                        assertThat(failure.sqlState()).hasValue("42883");
                        assertThat(failure.statement())
                                .hasValueSatisfying(s -> assertThat(s).contains("pg_restore_relation_stats"));
                        assertThat(failure.line()).isPositive();
                    });
        }
    }
}
