package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.restoreText;
import static dev.rehearsal.internal.restore.RestoreTesting.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs of INSERT statements go to the server many at a time (each row's default {@code pg_current_xact_id()} shows
 * how many transactions they took), and a failing one leaves exactly what psql leaves: the rows before it, and an
 * error naming its line.
 */
class InsertBatchTest {
    @TempDir
    Path dir;

    private static String inserts(int from, int to) {
        StringBuilder script = new StringBuilder();
        for (int i = from; i <= to; i++) {
            script.append("INSERT INTO t (id) VALUES (").append(i).append(");\n");
        }
        return script.toString();
    }

    private static final String TABLE =
            "CREATE TABLE t (id int PRIMARY KEY CHECK (id <> 1500), xid xid8 DEFAULT pg_current_xact_id());\n";

    @Test
    void a_run_of_inserts_takes_a_few_round_trips() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreText(db, dir, TABLE + inserts(1, 1499) + inserts(1501, 2600) + "SELECT 1;\n" + inserts(2601, 2602));
            assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("2601");
            assertThat(Integer.parseInt(value(db, "SELECT count(DISTINCT xid) FROM t")))
                    .as("transactions for 2601 inserts")
                    .isBetween(3, 5);
        }
    }

    @Test
    void a_failing_insert_leaves_the_rows_before_it_and_names_its_line() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> restoreText(db, dir, TABLE + inserts(1, 2000)))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("at script.sql:1501")
                    .hasMessageContaining("INSERT INTO t (id) VALUES (1500);")
                    .hasMessageContaining("violates check constraint");
            assertThat(value(db, "SELECT count(*) || ' ' || max(id) FROM t")).isEqualTo("1499 1499");
        }
    }

    @Test
    void inside_the_scripts_transaction_the_inserts_go_one_by_one_with_the_same_result() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreText(db, dir, TABLE + "BEGIN;\n" + inserts(1, 10) + "COMMIT;\n");
            assertThat(value(db, "SELECT count(*) || ' ' || count(DISTINCT xid) FROM t"))
                    .isEqualTo("10 1");
            assertThatThrownBy(() -> restoreText(
                            db,
                            dir,
                            "BEGIN;\n" + inserts(11, 20) + "INSERT INTO t (id) VALUES (1);\n" + inserts(21, 30)
                                    + "COMMIT;\n"))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("at script.sql:12")
                    .hasMessageContaining("duplicate key");
            assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("10");
        }
    }
}
