package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.restoreText;
import static dev.rehearsal.internal.restore.RestoreTesting.rows;
import static dev.rehearsal.internal.restore.RestoreTesting.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COPY into an empty table runs as {@code BEGIN; TRUNCATE ONLY; COPY; COMMIT} (the table gets a new file: its
 * relfilenode is no longer its OID), and only where truncating changes nothing: the data always ends up exactly as
 * psql would leave it.
 */
class EmptyTableCopyTest {
    @TempDir
    Path dir;

    @Test
    void an_empty_table_is_truncated_in_the_loading_transaction() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreText(
                    db,
                    dir,
                    "CREATE TABLE public.\"Odd \"\"T\"\"\" (a int);\n"
                            + "COPY public.\"Odd \"\"T\"\"\" (a) FROM stdin;\n1\n2\n\\.\n");
            assertThat(rows(db, "SELECT a FROM public.\"Odd \"\"T\"\"\" ORDER BY a"))
                    .containsExactly("1", "2");
            assertThat(newFile(db, "public.\"Odd \"\"T\"\"\"")).isTrue();
        }
    }

    @Test
    void tables_that_truncating_could_change_are_loaded_as_written() {
        String script = String.join(
                "\n",
                "CREATE TABLE filled (a int);",
                "INSERT INTO filled VALUES (0);",
                "COPY filled FROM stdin;",
                "1",
                "\\.",
                "CREATE TABLE parent (id int PRIMARY KEY);",
                "CREATE TABLE child (id int REFERENCES parent);",
                "COPY parent FROM stdin;",
                "7",
                "\\.",
                "CREATE TABLE triggered (a int);",
                "CREATE FUNCTION never() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;",
                "CREATE TRIGGER t BEFORE TRUNCATE ON triggered EXECUTE FUNCTION never();",
                "COPY triggered FROM stdin;",
                "3",
                "\\.",
                "CREATE TABLE twice (a int);",
                "COPY twice FROM stdin;",
                "1",
                "\\.",
                "COPY twice FROM stdin;",
                "2",
                "\\.",
                "CREATE TABLE in_transaction (a int);",
                "BEGIN;",
                "COPY in_transaction FROM stdin;",
                "5",
                "\\.",
                "COMMIT;",
                "");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreText(db, dir, script);
            assertThat(rows(db, "SELECT a FROM filled ORDER BY a")).containsExactly("0", "1");
            assertThat(newFile(db, "filled")).isFalse();
            assertThat(rows(db, "SELECT id FROM parent")).containsExactly("7");
            assertThat(newFile(db, "parent")).isFalse();
            assertThat(rows(db, "SELECT a FROM triggered")).containsExactly("3");
            assertThat(newFile(db, "triggered")).isFalse();
            assertThat(rows(db, "SELECT a FROM twice ORDER BY a")).containsExactly("1", "2");
            assertThat(rows(db, "SELECT a FROM in_transaction")).containsExactly("5");
            assertThat(newFile(db, "in_transaction")).isFalse();
        }
    }

    @Test
    void a_failing_copy_into_an_empty_table_reports_the_data_line_and_leaves_the_table_empty() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> restoreText(
                            db, dir, "CREATE TABLE t (a int);\nCOPY t (a) FROM stdin;\n1\nnot a number\n\\.\n"))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("at script.sql:4")
                    .hasMessageContaining("invalid input syntax for type integer");
            assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("0");
        }
    }

    @Test
    void the_table_is_taken_from_the_copy_statement_as_written() {
        assertThat(EmptyTableCopy.table("COPY public.actor (actor_id, name) FROM stdin;", true))
                .contains("public.actor");
        assertThat(EmptyTableCopy.table("COPY \"S\" . \"a\"\"b\" FROM STDIN", true))
                .contains("\"S\".\"a\"\"b\"");
        assertThat(EmptyTableCopy.table("copy t from stdin with (format csv)", true))
                .contains("t");
        assertThat(EmptyTableCopy.table("COPY (SELECT 1) TO STDOUT", true)).isEqualTo(Optional.empty());
        assertThat(EmptyTableCopy.table("COPY a.b.c.d FROM stdin", true)).contains("a.b.c.d");
        assertThat(EmptyTableCopy.table("COPY a. FROM stdin", true)).isEmpty();
        assertThat(EmptyTableCopy.table("COPY FROM stdin", true)).isEmpty();
    }

    /** Whether the table's file was replaced (by TRUNCATE) since it was created. */
    private static boolean newFile(TestDatabase db, String table) {
        return value(
                        db,
                        "SELECT relfilenode <> oid FROM pg_class WHERE oid = '" + table.replace("'", "''")
                                + "'::regclass")
                .equals("t");
    }
}
