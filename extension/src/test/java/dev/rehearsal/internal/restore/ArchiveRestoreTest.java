package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.ArchiveRestoreDifferentialTest.archive;
import static dev.rehearsal.internal.restore.ArchiveRestoreDifferentialTest.restoreNatively;
import static dev.rehearsal.internal.restore.RestoreTesting.rows;
import static dev.rehearsal.internal.restore.RestoreTesting.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.RoleHandling;
import dev.rehearsal.internal.restore.archive.Archive;
import dev.rehearsal.internal.restore.archive.ArchiveRestorer;
import dev.rehearsal.internal.restore.archive.Archives;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an archive restore fails, refuses, and treats roles (real archives from src/test/fixtures/archive). */
class ArchiveRestoreTest {

    @Test
    void a_failing_table_data_entry_names_the_entry_the_table_and_the_server_error() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> restoreNatively(db, archive("broken-check.custom"), RoleHandling.CREATE_MISSING))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("Restoring " + archive("broken-check.custom") + " failed at TOC entry ")
                    .hasMessageContaining("(TABLE DATA public child), loading table public.child")
                    .hasMessageContaining("COPY public.child (id, parent_id) FROM stdin;")
                    .hasMessageContaining("ERROR 23514: new row for relation \"child\" violates check constraint"
                            + " \"child_parent_id_check\"")
                    .hasMessageContaining("CONTEXT: COPY child, line 1")
                    .hasMessageContaining("The restore stopped at this entry");
            // the entries before it ran, those after it did not (the parent's data comes later in the archive)
            assertThat(value(db, "SELECT count(*) FROM public.child")).isEqualTo("0");
            assertThat(value(db, "SELECT count(*) FROM public.parent")).isEqualTo("0");
            assertThat(value(db, "SELECT count(*) FROM pg_constraint WHERE conname = 'child_pkey'"))
                    .isEqualTo("0");
        }
        // pg_restore fails on the same archive: the failure is the dump's, not the restorer's
        ArchiveRestoreBaseline.assumePgRestoreInstalled();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> ArchiveRestoreBaseline.restore(db, archive("broken-check.custom")))
                    .hasMessageContaining("child_parent_id_check");
        }
    }

    @Test
    void a_failing_insert_of_insert_style_data_is_named_although_the_inserts_go_many_per_query() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() ->
                            restoreNatively(db, archive("broken-check-inserts.custom"), RoleHandling.CREATE_MISSING))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("(TABLE DATA public child), loading table public.child\n"
                            + "    INSERT INTO public.child VALUES (10, 1);\n")
                    .hasMessageNotContaining("VALUES (11, 2)")
                    .hasMessageContaining("ERROR 23514: new row for relation \"child\" violates check constraint"
                            + " \"child_parent_id_check\"");
            assertThat(value(db, "SELECT count(*) FROM public.child")).isEqualTo("0");
        }
    }

    @Test
    void a_table_load_failing_on_a_parallel_session_is_reported_like_a_serial_one() throws IOException {
        Path path = archive("broken-check.custom");
        try (TestDatabase db = TestPostgres.newDatabase();
                Archive archive = Archives.open(path)) {
            assertThatThrownBy(() -> ArchiveRestorer.restore(
                            archive, db.server(), db.name(), RestoreOptions.defaults(), "backups/broken.custom", 2))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("Restoring backups/broken.custom failed at TOC entry ")
                    .hasMessageContaining("(TABLE DATA public child), loading table public.child")
                    .hasMessageContaining("ERROR 23514");
            // nothing of the post-data section ran
            assertThat(value(db, "SELECT count(*) FROM pg_constraint WHERE conname = 'child_pkey'"))
                    .isEqualTo("0");
            assertThat(value(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name() + "'"))
                    .isEqualTo("1");
        }
    }

    @Test
    void a_table_load_failing_on_a_worker_session_stops_the_restore_and_closes_the_workers() throws IOException {
        // broken-check.custom's failing table depends on a function, so it loads on the main session after the
        // others; here an event trigger of the target database makes a table without one fail on a worker
        Path path = archive("rich.custom");
        try (TestDatabase db = TestPostgres.newDatabase();
                Archive archive = Archives.open(path)) {
            db.execute("CREATE FUNCTION public.sabotage() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF EXISTS (SELECT FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE'"
                    + " AND object_identity = 'app.\"Order\"') THEN"
                    + " ALTER TABLE app.\"Order\" ADD CONSTRAINT sabotage CHECK (false) NOT VALID; END IF; END $$");
            db.execute("CREATE EVENT TRIGGER sabotage ON ddl_command_end EXECUTE FUNCTION public.sabotage()");
            assertThatThrownBy(() -> ArchiveRestorer.restore(
                            archive, db.server(), db.name(), RestoreOptions.defaults(), "backups/rich.custom", 2))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("Restoring backups/rich.custom failed at TOC entry ")
                    .hasMessageContaining("(TABLE DATA app Order), loading table app.Order")
                    .hasMessageContaining(
                            "ERROR 23514: new row for relation \"Order\" violates check constraint" + " \"sabotage\"");
            assertThat(value(db, "SELECT count(*) FROM app.\"Order\"")).isEqualTo("0");
            assertThat(value(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name() + "'"))
                    .isEqualTo("1");
        }
    }

    @Test
    void a_failing_definition_names_the_entry_and_the_statement() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("CREATE TABLE public.legacy (other integer)");
            assertThatThrownBy(() -> restoreNatively(db, archive("legacy-latin1.custom"), RoleHandling.CREATE_MISSING))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("failed at TOC entry ")
                    .hasMessageContaining("(TABLE public legacy)\n    CREATE TABLE public.legacy (")
                    .hasMessageContaining("ERROR 42P07: relation \"legacy\" already exists")
                    .satisfies(e -> assertThat(((FixtureRestoreException) e).location())
                            .isEqualTo(archive("legacy-latin1.custom").toString()));
        }
    }

    @Test
    void an_extension_the_server_lacks_is_refused_before_anything_runs() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assumeTrue(
                    value(db, "SELECT count(*) FROM pg_available_extensions WHERE name = 'old_snapshot'")
                            .equals("0"),
                    "the test server offers old_snapshot (PostgreSQL < 17); the refusal needs a server without it");
            assertThatThrownBy(
                            () -> restoreNatively(db, archive("needs-extension.custom"), RoleHandling.CREATE_MISSING))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("needs-extension.custom needs the extension old_snapshot, which the embedded"
                            + " PostgreSQL " + db.server().version())
                    .hasMessageContaining("does not have (not in pg_available_extensions); nothing was restored.")
                    .hasMessageContaining("(EXTENSION - old_snapshot): CREATE EXTENSION IF NOT EXISTS old_snapshot")
                    .hasMessageContaining("rehearsal.provider=testcontainers (or auto) with"
                            + " rehearsal.testcontainers.image=<an image of PostgreSQL "
                            + db.server().majorVersion() + " with old_snapshot>")
                    .hasMessageContaining("point rehearsal.external.url");
            assertThat(value(
                            db,
                            "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                                    + " OR relnamespace::regnamespace::text NOT LIKE 'pg_%'"
                                    + " AND relnamespace::regnamespace::text <> 'information_schema'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void missing_roles_are_created_as_nologin_roles_and_own_what_they_owned() {
        dropRoles();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreNatively(db, archive("roles.custom"), RoleHandling.CREATE_MISSING);
            assertThat(rows(
                            db,
                            "SELECT rolname, rolcanlogin FROM pg_roles"
                                    + " WHERE rolname IN ('archive_owner_role', 'Archive Grantee') ORDER BY 1"))
                    .containsExactly("Archive Grantee|f", "archive_owner_role|f");
            assertThat(value(db, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'owned.thing'::regclass"))
                    .isEqualTo("archive_owner_role");
            assertThat(value(db, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'owned'"))
                    .isEqualTo("archive_owner_role");
            assertThat(value(db, "SELECT has_table_privilege('Archive Grantee', 'owned.thing', 'SELECT')"))
                    .isEqualTo("t");
            assertThat(value(
                            db,
                            "SELECT pg_get_userbyid(lomowner) || ' ' || lomacl::text"
                                    + " FROM pg_largeobject_metadata WHERE oid = 600001"))
                    .isEqualTo("archive_owner_role {archive_owner_role=rw/archive_owner_role,"
                            + "\"\\\"Archive Grantee\\\"=r/archive_owner_role\"}");
        }
    }

    @Test
    void skipping_roles_creates_none_and_leaves_everything_to_the_restoring_user() {
        dropRoles();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreNatively(db, archive("roles.custom"), RoleHandling.SKIP);
            String user = db.server().username();
            assertThat(value(
                            db,
                            "SELECT count(*) FROM pg_roles WHERE rolname IN ('archive_owner_role', 'Archive Grantee')"))
                    .isEqualTo("0");
            assertThat(value(
                            db,
                            "SELECT pg_get_userbyid(relowner) || ' ' || coalesce(relacl::text, '-')"
                                    + " FROM pg_class WHERE oid = 'owned.thing'::regclass"))
                    .isEqualTo(user + " -");
            assertThat(value(db, "SELECT pg_get_userbyid(lomowner) FROM pg_largeobject_metadata WHERE oid = 600001"))
                    .isEqualTo(user);
            assertThat(rows(db, "SELECT id || ' ' || label FROM owned.thing ORDER BY id"))
                    .containsExactly("1 one", "2 two");
        }
    }

    @Test
    void a_database_name_is_refused_for_an_archive() throws IOException {
        Path path = archive("legacy-latin1.custom");
        try (TestDatabase db = TestPostgres.newDatabase();
                Archive archive = Archives.open(path)) {
            assertThatThrownBy(() -> ArchiveRestorer.restore(
                            archive,
                            db.server(),
                            db.name(),
                            new RestoreOptions(RoleHandling.CREATE_MISSING, Optional.of("legacy_src")),
                            "backups/legacy.custom"))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessage("A database to restore (\"legacy_src\") was named for backups/legacy.custom, which is"
                            + " a custom-format archive (pg_dump -Fc) of the single database legacy_src. Choosing a"
                            + " database applies to pg_dumpall cluster dumps only (pg_dumpall writes plain scripts,"
                            + " never archives); remove the database attribute.");
            assertThat(value(db, "SELECT to_regclass('public.legacy') IS NULL")).isEqualTo("t");
        }
    }

    @Test
    void a_dump_from_a_newer_major_version_than_the_server_is_refused() throws IOException {
        // The archive comes from PostgreSQL 15; a server reporting 14 stands in for an older server (the only thing
        // the check reads is the version; nothing connects before it refuses).
        PostgresServer older = new OlderServer(TestPostgres.server());
        try (Archive archive = Archives.open(archive("legacy-latin1.custom"))) {
            assertThatThrownBy(() -> ArchiveRestorer.restore(
                            archive, older, "unused", RestoreOptions.defaults(), "backups/legacy.custom"))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageStartingWith("backups/legacy.custom was dumped from PostgreSQL 15.")
                    .hasMessageContaining("a newer major version than the server's (14.0)")
                    .hasMessageContaining("nothing was restored")
                    .hasMessageContaining("Restore it into PostgreSQL 15 or newer");
        }
    }

    @Test
    void a_pg_dump_18_archive_is_refused_by_an_older_server_naming_both_versions() throws IOException {
        Path path = ArchiveRestoreDifferentialTest.resource("restore/archive-reader/pg18/gzip.custom");
        try (TestDatabase db = TestPostgres.newDatabase();
                Archive archive = Archives.open(path)) {
            assumeTrue(db.server().majorVersion() < 18, "the refusal needs a server older than PostgreSQL 18");
            assertThatThrownBy(() -> ArchiveRestorer.restore(
                            archive, db.server(), db.name(), RestoreOptions.defaults(), "backups/pg18.custom"))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageStartingWith("backups/pg18.custom was dumped from PostgreSQL 18.3")
                    .hasMessageContaining(db.server().version())
                    .hasMessageContaining("nothing was restored");
            assertThat(value(db, "SELECT count(*) FROM pg_namespace WHERE nspname = 'shop'"))
                    .isEqualTo("0");
        }
    }

    private static void dropRoles() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("DROP ROLE IF EXISTS archive_owner_role; DROP ROLE IF EXISTS \"Archive Grantee\"");
        }
    }

    /** The test server, reporting major version 14. */
    private record OlderServer(PostgresServer server) implements PostgresServer {
        @Override
        public String host() {
            return server.host();
        }

        @Override
        public int port() {
            return server.port();
        }

        @Override
        public String username() {
            return server.username();
        }

        @Override
        public String password() {
            return server.password();
        }

        @Override
        public int majorVersion() {
            return 14;
        }

        @Override
        public String version() {
            return "14.0";
        }

        @Override
        public String providerName() {
            return server.providerName();
        }

        @Override
        public Connection connect(String database) throws SQLException {
            return server.connect(database);
        }

        @Override
        public void close() {}
    }
}
