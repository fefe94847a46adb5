package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What was restored, and a restore that failed, name the server version the rehearsal ran on. */
class RestoredOnTest {
    @TempDir
    Path dir;

    @Test
    void the_fixture_info_names_the_server_and_so_do_messages_that_describe_it() throws Exception {
        Files.writeString(dir.resolve("ok.sql"), "CREATE TABLE t (a int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FixtureInfo info = Restorer.restore(Fixtures.resolve("ok.sql", null, dir), db.server(), db.name());
            String server = "PostgreSQL " + db.server().version() + " (embedded)";
            assertThat(info.restoredOn()).contains(server);
            assertThat(info.describe()).startsWith("ok.sql (sha256 ").endsWith("…, restored on " + server + ")");
        }
    }

    @Test
    void a_failed_restore_names_the_server_on_its_last_line() throws Exception {
        Files.writeString(dir.resolve("broken.sql"), "CREATE TABLE t (a int);\nINSERT INTO t VALUES ('x');\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FixtureRestoreException e = catchThrowableOfType(
                    FixtureRestoreException.class,
                    () -> Restorer.restore(Fixtures.resolve("broken.sql", null, dir), db.server(), db.name()));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.sqlState()).contains("22P02");
            assertThat(e)
                    .hasMessageStartingWith("Restoring broken.sql failed at line 2\n")
                    .hasMessageEndingWith(
                            "\n  Server: PostgreSQL " + db.server().version() + " (embedded) at 127.0.0.1:"
                                    + db.server().port());
        }
    }
}
