package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.RoleHandling;
import dev.rehearsal.internal.restore.archive.Archive;
import dev.rehearsal.internal.restore.archive.ArchiveRestorer;
import dev.rehearsal.internal.restore.archive.Archives;
import dev.rehearsal.internal.restore.differential.Differential;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Restores real pg_dump 15 archives (src/test/fixtures/archive/generate.sh) natively and with the installed
 * pg_restore 15 into two databases of the same server, and compares the catalogs, every table's rows, the large
 * objects (content, owner, grants, comments) and the event triggers.
 */
class ArchiveRestoreDifferentialTest {
    /**
     * The rich archives have an event trigger, which only a superuser may create: these proofs restore on a server
     * with {@code rehearsal.embedded.superuser=true}.
     */
    private static final dev.rehearsal.internal.spi.PostgresServer SERVER = TestPostgres.superuserServer();

    static Path archive(String name) {
        return resource("restore/archive/" + name);
    }

    static Path resource(String location) {
        try {
            return Path.of(ArchiveRestoreDifferentialTest.class
                    .getClassLoader()
                    .getResource(location)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void restoreNatively(TestDatabase db, Path path, RoleHandling roles) {
        try (Archive archive = Archives.open(path)) {
            ArchiveRestorer.restore(
                    archive, db.server(), db.name(), new RestoreOptions(roles, Optional.empty()), path.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rich.custom",
                "rich.tar",
                "rich.dir",
                "rich-uncompressed.dir",
                "rich-inserts.custom",
                "rich-partition-root.custom",
                "legacy-latin1.custom",
                "roles.custom"
            })
    void restores_every_format_like_pg_restore(String name) {
        ArchiveRestoreBaseline.assumePgRestoreInstalled();
        Path path = archive(name);
        try (TestDatabase ours = TestPostgres.newDatabase(SERVER);
                TestDatabase reference = TestPostgres.newDatabase(SERVER)) {
            restoreNatively(ours, path, RoleHandling.CREATE_MISSING);
            ArchiveRestoreBaseline.restore(reference, path);
            assertSameDatabase(ours, reference);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich.custom", "rich.tar", "rich.dir", "rich-inserts.custom", "rich-partition-root.custom"})
    void loading_tables_in_parallel_restores_like_pg_restore(String name) {
        ArchiveRestoreBaseline.assumePgRestoreInstalled();
        Path path = archive(name);
        try (TestDatabase ours = TestPostgres.newDatabase(SERVER);
                TestDatabase reference = TestPostgres.newDatabase(SERVER);
                Archive archive = Archives.open(path)) {
            ArchiveRestorer.restore(archive, ours.server(), ours.name(), RestoreOptions.defaults(), path.toString(), 3);
            ArchiveRestoreBaseline.restore(reference, path);
            assertSameDatabase(ours, reference);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich.custom", "rich.tar", "rich.dir"})
    void skipping_roles_restores_like_pg_restore_without_owners_and_privileges(String name) {
        ArchiveRestoreBaseline.assumePgRestoreInstalled();
        Path path = archive(name);
        try (TestDatabase ours = TestPostgres.newDatabase(SERVER);
                TestDatabase reference = TestPostgres.newDatabase(SERVER)) {
            // pg_restore --no-owner --no-privileges, like SKIP, still needs the role the policy names
            Differential.createRolesIfMissing(ours.server(), List.of("app_reader"));
            restoreNatively(ours, path, RoleHandling.SKIP);
            ArchiveRestoreBaseline.restore(reference, path, "--no-owner", "--no-privileges");
            assertSameDatabase(ours, reference);
            String user = ours.server().username();
            assertThat(RestoreTesting.rows(
                            ours,
                            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class"
                                    + " WHERE relnamespace::regnamespace::text IN ('app', 'public')"))
                    .containsExactly(user);
            assertThat(RestoreTesting.rows(
                            ours,
                            "SELECT DISTINCT pg_get_userbyid(lomowner) || ' ' || coalesce(lomacl::text, '-')"
                                    + " FROM pg_largeobject_metadata"))
                    .containsExactly(user + " -");
        }
    }

    /**
     * pg_dump 17 archives (archive version 1.16: BLOB METADATA entries, large objects grouped per BLOBS entry,
     * relkind) cannot be read by the installed pg_restore 15; the reference is pg_restore 15's restore of the pg_dump
     * 15 archive of the same source (src/test/fixtures/archive-reader/source.sql, made by archread's generators).
     */
    @ParameterizedTest
    @ValueSource(strings = {"gzip.custom", "none.custom", "archive.tar", "gzip.dir"})
    void restores_pg_dump_17_archives_like_pg_restore_restores_the_same_database_dumped_by_pg_dump_15(String name) {
        ArchiveRestoreBaseline.assumePgRestoreInstalled();
        try (TestDatabase ours = TestPostgres.newDatabase(SERVER);
                TestDatabase reference = TestPostgres.newDatabase(SERVER)) {
            assumeTrue(ours.server().majorVersion() >= 17, "pg_dump 17 archives need a PostgreSQL 17+ server");
            restoreNatively(ours, resource("restore/archive-reader/pg17/" + name), RoleHandling.CREATE_MISSING);
            ArchiveRestoreBaseline.restore(reference, resource("restore/archive-reader/pg15/gzip.custom"));
            assertSameDatabase(ours, reference);
            assertThat(RestoreTesting.rows(
                            ours,
                            "SELECT oid || ' ' || pg_get_userbyid(lomowner) || ' ' || coalesce(lomacl::text, '-')"
                                    + " || ' ' || coalesce(obj_description(oid, 'pg_largeobject'), '-')"
                                    + " || ' ' || length(lo_get(oid)) FROM pg_largeobject_metadata ORDER BY oid"))
                    .containsExactly(
                            "4001 postgres - - 0",
                            "4002 postgres - - 19",
                            "4003 postgres - - 20000",
                            "4004 archive_owner {archive_owner=rw/archive_owner,archive_reader=r/archive_owner} a"
                                    + " commented large object 22");
        }
    }

    @org.junit.jupiter.api.Test
    void a_public_only_archive_restores_like_pg_restore_which_reports_that_public_exists() {
        Path path = archive("public-only.custom");
        try (TestDatabase ours = TestPostgres.newDatabase(SERVER);
                TestDatabase reference = TestPostgres.newDatabase(SERVER)) {
            restoreNatively(ours, path, RoleHandling.CREATE_MISSING);
            assertThat(ArchiveRestoreBaseline.restoreIgnoringErrors(reference, path))
                    .contains("schema \"public\" already exists")
                    .contains("errors ignored on restore: 1");
            assertSameDatabase(ours, reference);
            assertThat(RestoreTesting.value(ours, "SELECT count(*) FROM public.\"Mixed Case; Table\""))
                    .isEqualTo("500");
        }
    }

    @org.junit.jupiter.api.Test
    void objects_in_a_tablespace_the_server_lacks_go_to_the_default_tablespace_like_no_tablespaces() {
        ArchiveRestoreBaseline.assumePgRestoreInstalled();
        Path path = archive("tablespace.custom");
        try (TestDatabase ours = TestPostgres.newDatabase(SERVER);
                TestDatabase reference = TestPostgres.newDatabase(SERVER)) {
            restoreNatively(ours, path, RoleHandling.CREATE_MISSING);
            ArchiveRestoreBaseline.restore(reference, path, "--no-tablespaces");
            assertSameDatabase(ours, reference);
            assertThat(RestoreTesting.rows(
                            ours,
                            "SELECT relname || ' ' || reltablespace FROM pg_class"
                                    + " WHERE relname IN ('placed', 'placed_pkey', 'placed_note') ORDER BY 1"))
                    .containsExactly("placed 0", "placed_note 0", "placed_pkey 0");
            assertThat(RestoreTesting.value(ours, "SELECT count(*) FROM public.placed"))
                    .isEqualTo("10");
        }
    }

    static void assertSameDatabase(TestDatabase ours, TestDatabase reference) {
        Map<String, List<String>> expected = CatalogSnapshot.of(reference);
        Map<String, List<String>> actual = CatalogSnapshot.of(ours);
        assertThat(expected.get("relations")).isNotEmpty();
        for (String aspect : expected.keySet()) {
            assertThat(actual.get(aspect)).as(aspect).isEqualTo(expected.get(aspect));
        }
        for (String sql : List.of(
                "SELECT oid, pg_get_userbyid(lomowner), lomacl::text FROM pg_largeobject_metadata ORDER BY 1",
                "SELECT loid, pageno, md5(data) FROM pg_largeobject ORDER BY 1, 2",
                "SELECT evtname, evtevent, evtenabled, evtfoid::regproc::text, pg_get_userbyid(evtowner),"
                        + " obj_description(oid, 'pg_event_trigger') FROM pg_event_trigger ORDER BY 1",
                "SELECT rolname, rolcanlogin FROM pg_roles r WHERE EXISTS (SELECT 1 FROM pg_class c"
                        + " WHERE c.relowner = r.oid AND c.relnamespace::regnamespace::text NOT LIKE 'pg_%'"
                        + " AND c.relnamespace::regnamespace::text <> 'information_schema') ORDER BY 1",
                "SELECT count(*) FROM pg_statistic_ext")) {
            assertThat(RestoreTesting.rows(ours, sql)).as(sql).isEqualTo(RestoreTesting.rows(reference, sql));
        }
    }
}
