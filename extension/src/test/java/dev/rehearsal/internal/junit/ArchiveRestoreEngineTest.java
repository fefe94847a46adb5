package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * {@code @RestoredFrom} on pg_dump archives, through the real Jupiter engine: a custom archive from the classpath, a
 * directory archive from a classpath directory and from a path relative to the project directory.
 */
class ArchiveRestoreEngineTest {

    @Test
    void a_custom_archive_is_restored_for_the_test() throws Exception {
        run(CustomArchiveTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @RestoredFrom("restore/archive/rich.custom")
    static class CustomArchiveTestCase {
        @Test
        void restored(RestoredDatabase db) {
            assertRichDatabase(db);
            assertThat(db.fixture().format()).isEqualTo("pg_dump custom-format archive");
            assertThat(db.fixture().dumpedFromVersion())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("15."));
            assertThat(db.fixture().dumpedByVersion())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("15."));
        }
    }

    @Test
    void a_directory_archive_is_restored_from_the_classpath_and_from_the_project_directory() throws Exception {
        run(DirectoryArchiveTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    static class DirectoryArchiveTestCase {
        @Test
        @RestoredFrom("restore/archive/rich.dir")
        void fromTheClasspath(RestoredDatabase db) {
            assertRichDatabase(db);
            assertThat(db.fixture().format()).isEqualTo("pg_dump directory-format archive");
            assertThat(db.fixture().source()).startsWith("file:");
        }

        @Test
        @RestoredFrom("src/test/resources/restore/archive/rich-uncompressed.dir")
        void fromTheProjectDirectory(RestoredDatabase db) {
            assertRichDatabase(db);
            assertThat(db.fixture().format()).isEqualTo("pg_dump directory-format archive");
            assertThat(db.fixture().source()).endsWith("rich-uncompressed.dir");
        }
    }

    static void assertRichDatabase(RestoredDatabase db) {
        assertThat(db.query("SELECT count(*) FROM app.customer").singleValue()).isEqualTo(204L);
        assertThat(db.query("SELECT count(*) FROM app.\"Order\"").singleValue()).isEqualTo(300L);
        assertThat(db.query("SELECT count(*) FROM pg_largeobject_metadata").singleValue())
                .isEqualTo(4L);
        assertThat(db.query("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'app.customer'::regclass")
                        .singleValue())
                .isEqualTo("app_owner");
        assertThat(db.query("SELECT count(*) FROM app.order_totals").singleValue())
                .isEqualTo(50L);
    }
}
