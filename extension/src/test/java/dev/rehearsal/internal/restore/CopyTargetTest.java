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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COPY into an empty table runs as {@code BEGIN; TRUNCATE ONLY; COPY; COMMIT} (the table gets a new file: its
 * relfilenode is no longer its OID), and only where truncating changes nothing; independent tables load on a worker
 * session with the script's settings. The data always ends up exactly as psql would leave it.
 */
class CopyTargetTest {
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
    void the_table_and_its_columns_are_taken_from_the_copy_statement_as_written() {
        assertThat(CopyTarget.parse("COPY public.actor (actor_id, name) FROM stdin;", true))
                .contains(new CopyTarget.Parsed("public.actor", 2));
        assertThat(CopyTarget.parse("COPY \"S\" . \"a\"\"b\" (\"x\") FROM STDIN", true))
                .contains(new CopyTarget.Parsed("\"S\".\"a\"\"b\"", 1));
        assertThat(CopyTarget.parse("copy t from stdin with (format csv)", true))
                .contains(new CopyTarget.Parsed("t", -1));
        assertThat(CopyTarget.parse("COPY a.b.c.d FROM stdin", true)).contains(new CopyTarget.Parsed("a.b.c.d", -1));
        assertThat(CopyTarget.parse("COPY (SELECT 1) TO STDOUT", true)).isEqualTo(Optional.empty());
        assertThat(CopyTarget.parse("COPY a. FROM stdin", true)).isEmpty();
        assertThat(CopyTarget.parse("COPY FROM stdin", true)).isEmpty();
        assertThat(CopyTarget.parse("COPY t (a, ) FROM stdin", true)).isEmpty();
        assertThat(CopyTarget.parse("COPY t (a) TO stdout", true)).isEmpty();
    }

    @Test
    void independent_tables_load_on_a_worker_session_with_the_scripts_settings() {
        Assumptions.assumeTrue(ParallelCopies.WORKERS > 0, "one core: no worker sessions");
        String pid = "pid int GENERATED ALWAYS AS (public.loaded_by(id)) STORED";
        String script = String.join(
                "\n",
                "CREATE SCHEMA s;",
                "CREATE FUNCTION public.loaded_by(int) RETURNS int IMMUTABLE LANGUAGE sql"
                        + " AS 'SELECT pg_backend_pid()'; -- not immutable at all: it tells the session",
                "CREATE TABLE public.main_session AS SELECT pg_backend_pid() AS pid;",
                "CREATE TABLE s.days (id int PRIMARY KEY, day date, " + pid + ");",
                "CREATE TABLE s.things (id int, name text DEFAULT 'unnamed', " + pid + ");",
                "CREATE TABLE s.parents (id int PRIMARY KEY);",
                "CREATE TABLE s.referencing (id int REFERENCES s.parents, " + pid + ");",
                "CREATE FUNCTION public.parent_exists(int) RETURNS boolean STABLE LANGUAGE sql"
                        + " AS 'SELECT EXISTS (SELECT FROM s.parents WHERE id = $1)';",
                "CREATE TABLE s.checked (id int CHECK (public.parent_exists(id)), " + pid + ");",
                "SET search_path = s;",
                "SET datestyle = 'ISO, DMY';",
                "COPY days (id, day) FROM stdin;",
                "1\t01/02/2020",
                "2\t31/12/1999",
                "\\.",
                "COPY things (id, name) FROM stdin;",
                "1\tone",
                "\\.",
                "COPY parents (id) FROM stdin;",
                "1",
                "\\.",
                "COPY referencing (id) FROM stdin;",
                "1",
                "\\.",
                "COPY checked (id) FROM stdin;",
                "1",
                "\\.",
                "");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            restoreText(db, dir, script);
            String main = value(db, "SELECT pid FROM public.main_session");
            assertThat(rows(db, "SELECT id, day, pid = " + main + " FROM s.days ORDER BY id"))
                    .as("loaded on a worker session, with the script's datestyle and search_path")
                    .containsExactly("1|2020-02-01|f", "2|1999-12-31|f");
            assertThat(rows(db, "SELECT id, name, pid = " + main + " FROM s.things"))
                    .containsExactly("1|one|f");
            assertThat(rows(db, "SELECT id, pid = " + main + " FROM s.referencing"))
                    .as("a table with a foreign key loads on the script's session")
                    .containsExactly("1|t");
            assertThat(rows(db, "SELECT id, pid = " + main + " FROM s.checked"))
                    .as("a table whose CHECK calls a function that reads other tables loads on the script's session,"
                            + " after the loads before it")
                    .containsExactly("1|t");
        }
    }

    @Test
    void a_failing_parallel_load_stops_the_restore_with_its_data_line() {
        Assumptions.assumeTrue(ParallelCopies.WORKERS > 0, "one core: no worker sessions");
        String script = String.join(
                "\n",
                "CREATE TABLE a (x int);",
                "CREATE TABLE b (x int);",
                "COPY a (x) FROM stdin;",
                "1",
                "2",
                "oops",
                "\\.",
                "COPY b (x) FROM stdin;",
                "3",
                "\\.",
                "CREATE TABLE after_the_data (x int);",
                "");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> restoreText(db, dir, script))
                    .isInstanceOf(FixtureRestoreException.class)
                    .hasMessageContaining("at script.sql:6")
                    .hasMessageContaining("COPY a (x) FROM stdin;")
                    .hasMessageContaining("invalid input syntax for type integer: \"oops\"")
                    .hasMessageContaining(ScriptCopyIn.ON_A_WORKER);
            assertThat(value(db, "SELECT count(*) FROM a")).isEqualTo("0");
            assertThat(value(db, "SELECT to_regclass('after_the_data') IS NULL"))
                    .isEqualTo("t");
        }
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
