package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.restoreText;
import static dev.rehearsal.internal.restore.RestoreTesting.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestorerSmokeTest {
    @TempDir
    Path dir;

    @Test
    void restores_a_tiny_script() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreText(
                    db,
                    dir,
                    "CREATE TABLE t (a int, b text);\nCOPY t (a, b) FROM stdin;\n1\tx\n2\t\\N\n\\.\nINSERT INTO t VALUES (3, 'y');\n");
            assertThat(rows(db, "SELECT a, b FROM t ORDER BY a")).containsExactly("1|x", "2|<null>", "3|y");
        }
    }
}
