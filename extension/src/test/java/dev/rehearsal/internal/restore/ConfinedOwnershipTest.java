package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 2: the embedded server is confined by default ({@code rehearsal.embedded.superuser=false}: restores
 * run as the ordinary role {@code postgres}), and a pg_dump whose objects belong to other roles restores with the
 * ownership a superuser's restore gives (compared with a restore on the opt-in server).
 * The fixtures (made by src/test/fixtures/confinement/generate.sh with pg_dump 15) own objects of the {@code public}
 * schema by {@code conf_owner} and {@code "Conf Auditors"}, which have no {@code CREATE} on it: an ordinary role's
 * {@code ALTER … OWNER TO} is refused there, so Rehearsal gives them away through the administrator (see {@link
 * OwnershipDelegate}); a grant made by a grantee ({@code SET SESSION AUTHORIZATION conf_reader}) runs as {@code SET
 * ROLE}.
 */
class ConfinedOwnershipTest {
    @TempDir
    Path dir;

    private static final String OWNERS =
            "SELECT c.relname || ' ' || c.relkind::text || ' ' || pg_get_userbyid(c.relowner)"
                    + " || ' ' || coalesce(c.relacl::text, '-') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' UNION ALL"
                    + " SELECT p.proname || ' f ' || pg_get_userbyid(p.proowner) || ' ' || coalesce(p.proacl::text, '-')"
                    + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' UNION ALL"
                    + " SELECT m.oid || ' lo ' || pg_get_userbyid(m.lomowner) || ' ' || coalesce(m.lomacl::text, '-')"
                    + " FROM pg_largeobject_metadata m UNION ALL"
                    + " SELECT 'schema public ' || pg_get_userbyid(nspowner) || ' ' || coalesce(nspacl::text, '-')"
                    + " FROM pg_namespace WHERE nspname = 'public'"
                    + " ORDER BY 1";

    @Test
    void the_embedded_server_restores_as_an_ordinary_role_by_default() {
        PostgresServer server = TestPostgres.confinedServer(); // started with the default settings
        try (TestDatabase db = TestPostgres.newDatabase(server)) {
            assertThat(RestoreTesting.rows(
                            db, "SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user"))
                    .containsExactly("postgres|f");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"owned.sql", "owned.custom"})
    void objects_owned_by_other_roles_restore_confined_as_a_superuser_restores_them(String file) {
        Fixture fixture =
                Fixtures.resolve("restore/confinement/" + file, getClass().getClassLoader(), Path.of("."));
        try (TestDatabase confined = TestPostgres.newDatabase(TestPostgres.confinedServer());
                TestDatabase superuser = TestPostgres.newDatabase(TestPostgres.superuserServer())) {
            Restorer.restore(fixture, confined.server(), confined.name());
            Restorer.restore(fixture, superuser.server(), superuser.name());

            List<String> expected = RestoreTesting.rows(superuser, OWNERS);
            // MAINTAIN (m) exists from PostgreSQL 17 on
            assertThat(expected)
                    .anyMatch(line -> line.replace("=arwdDxtm/", "=arwdDxt/")
                            .equals("account r conf_owner {conf_owner=arwdDxt/conf_owner,conf_reader=r*/conf_owner,"
                                    + "\"\\\"Conf Auditors\\\"=r/conf_reader\"}"))
                    .contains(
                            "account_count f Conf Auditors -",
                            "account_names v conf_owner -",
                            "610001 lo conf_owner -");
            assertThat(RestoreTesting.rows(confined, OWNERS)).isEqualTo(expected);
            assertThat(RestoreTesting.rows(confined, "SELECT count(*) FROM public.account"))
                    .containsExactly("2");
        }
    }

    @Test
    void ownership_is_not_given_to_a_superuser_nor_taken_from_an_object_the_restore_does_not_own() {
        try (TestDatabase db = TestPostgres.newDatabase(TestPostgres.confinedServer())) {
            String admin = "rehearsal_admin";
            assertThatThrownBy(() -> RestoreTesting.restoreText(
                            db, dir, "CREATE TABLE t (id int);\nALTER TABLE public.t OWNER TO " + admin + ";\n"))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("script.sql:2")
                    .hasMessageContaining("ERROR 42501")
                    .hasMessageContaining("does not give objects of a restored database to " + admin)
                    .hasMessageContaining("a superuser");
            assertThatThrownBy(
                            () -> RestoreTesting.restoreText(
                                    db,
                                    dir,
                                    "CREATE ROLE conf_thief;\nALTER FUNCTION pg_catalog.pg_read_file(text) OWNER TO conf_thief;\n"))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("script.sql:2")
                    .hasMessageContaining("ERROR 42501")
                    .hasMessageContaining("must be owner of function pg_read_file");
            assertThatThrownBy(() -> RestoreTesting.restoreText(
                            db, dir, "SET SESSION AUTHORIZATION pg_read_server_files;\nSELECT 1;\n"))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("script.sql:1")
                    .hasMessageContaining("ERROR 42501")
                    .hasMessageContaining("a predefined role");
            assertThat(RestoreTesting.rows(
                            db, "SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'pg_read_file' LIMIT 1"))
                    .containsExactly(admin);
        }
    }
}
