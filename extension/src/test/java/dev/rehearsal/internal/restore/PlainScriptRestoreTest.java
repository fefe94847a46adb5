package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.restore;
import static dev.rehearsal.internal.restore.RestoreTesting.restoreText;
import static dev.rehearsal.internal.restore.RestoreTesting.rows;
import static dev.rehearsal.internal.restore.RestoreTesting.tableExists;
import static dev.rehearsal.internal.restore.RestoreTesting.value;
import static dev.rehearsal.internal.restore.RestoreTesting.write;
import static dev.rehearsal.internal.restore.RestoreTesting.writeGzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The psql-compatible runner against a real server: every construct, COPY, meta-commands, refusals, errors. */
class PlainScriptRestoreTest {
    @TempDir
    Path dir;

    @Nested
    class Constructs {
        @Test
        void quotes_comments_dollar_quotes_and_function_bodies_restore_like_psql() {
            String script = String.join(
                    "\n",
                    "-- a header comment; with a semicolon",
                    "/* a block /* nested; */ comment */",
                    "CREATE TABLE \"odd;\"\"name\" (id int PRIMARY KEY, note text DEFAULT E'tab\\there;');",
                    "INSERT INTO \"odd;\"\"name\" VALUES (1, 'it''s; -- not a comment'); INSERT INTO \"odd;\"\"name\"",
                    "  VALUES (2, $q$dollar; 'quoted' $$ \\ text$q$);",
                    "CREATE FUNCTION plus_one(x int) RETURNS int LANGUAGE sql",
                    "BEGIN ATOMIC",
                    "  SELECT x + 1;",
                    "END;",
                    "CREATE FUNCTION sign_of(x int) RETURNS text LANGUAGE sql",
                    "BEGIN ATOMIC",
                    "  SELECT CASE WHEN x > 0 THEN 'positive' ELSE 'other' END;",
                    "END;",
                    "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$",
                    "BEGIN",
                    "  NEW.note := NEW.note || '; touched';",
                    "  RETURN NEW;",
                    "END;",
                    "$$;",
                    "SET standard_conforming_strings = off;",
                    "INSERT INTO \"odd;\"\"name\" VALUES (3, 'back\\\\slash and \\'quote\\'; still one');",
                    "SET standard_conforming_strings = on;",
                    "INSERT INTO \"odd;\"\"name\" VALUES (4, 'C:\\dir\\'); INSERT INTO \"odd;\"\"name\" (id) VALUES (5);",
                    "SELECT 1 \\; SELECT 2;",
                    "CREATE TABLE a$b$ (x$ int);",
                    "PREPARE p AS SELECT $1::int; EXECUTE p(1);",
                    "SELECT 'final statement without semicolon'");
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(rows(db, "SELECT id, note FROM \"odd;\"\"name\" ORDER BY id"))
                        .containsExactly(
                                "1|it's; -- not a comment",
                                "2|dollar; 'quoted' $$ \\ text",
                                "3|back\\slash and 'quote'; still one",
                                "4|C:\\dir\\",
                                "5|tab\there;");
                assertThat(value(db, "SELECT plus_one(41) || ' ' || sign_of(3)"))
                        .isEqualTo("42 positive");
                assertThat(tableExists(db, "public.\"a$b$\"")).isTrue();
            }
        }

        @Test
        void begin_and_commit_in_the_script_are_forwarded() {
            String script = "BEGIN;\nCREATE TABLE kept (a int);\nCOMMIT;\n"
                    + "BEGIN;\nCREATE TABLE rolled_back (a int);\nROLLBACK;\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(tableExists(db, "public.kept")).isTrue();
                assertThat(tableExists(db, "public.rolled_back")).isFalse();
            }
        }

        @Test
        void client_encoding_is_used_to_decode_the_script_and_never_sent() {
            String script = "SET client_encoding = 'LATIN1';\nCREATE TABLE t (a text);\n"
                    + "INSERT INTO t VALUES ('café');\nCOPY t (a) FROM stdin;\nnaïve\n\\.\n"
                    + "SELECT pg_catalog.set_config('application_name', current_setting('client_encoding'), false);\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                write(dir, "latin1.sql", script, StandardCharsets.ISO_8859_1);
                restore(db, dir, "latin1.sql");
                assertThat(rows(db, "SELECT a FROM t ORDER BY a")).containsExactly("café", "naïve");
            }
        }

        @Test
        void invalid_bytes_for_the_encoding_name_the_line() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                write(dir, "bad.sql", "SELECT 1;\nSELECT 'caf\u00e9';\n", StandardCharsets.ISO_8859_1);
                assertThatThrownBy(() -> restore(db, dir, "bad.sql"))
                        .isInstanceOf(FixtureRestoreException.class)
                        .hasMessageContaining("bad.sql:2")
                        .hasMessageContaining("not valid UTF8");
            }
        }

        @Test
        void connect_opens_a_new_session_on_the_same_database() {
            String script = "CREATE SCHEMA other;\nSET search_path = other;\nCREATE TABLE before_connect (a int);\n"
                    + "\\connect original_name\n"
                    + "CREATE TABLE after_connect (a int);\n"
                    + "\\c -reuse-previous=on \"dbname='weird name'\"\n"
                    + "CREATE TABLE after_second_connect (a int);\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(tableExists(db, "other.before_connect")).isTrue();
                assertThat(tableExists(db, "public.after_connect")).isTrue();
                assertThat(tableExists(db, "public.after_second_connect")).isTrue();
            }
        }

        @Test
        void connect_resets_standard_conforming_strings_to_the_server_default() {
            String script = "SET standard_conforming_strings = off;\n\\connect x\n"
                    + "CREATE TABLE t (a text);\nINSERT INTO t VALUES ('C:\\');\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(value(db, "SELECT a FROM t")).isEqualTo("C:\\");
            }
        }

        @Test
        void a_script_that_creates_and_connects_to_several_databases_is_refused() {
            String script = "CREATE DATABASE one;\n\\connect one\nCREATE DATABASE two;\n\\connect two\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThatThrownBy(() -> restoreText(db, dir, script))
                        .isInstanceOf(FixtureRestoreException.class)
                        .hasMessageContaining("script.sql:4")
                        .hasMessageContaining("several databases")
                        .hasMessageContaining("pg_dumpall");
                assertThat(value(db, "SELECT count(*) FROM pg_database WHERE datname IN ('one', 'two')"))
                        .isEqualTo("0");
            }
        }

        @Test
        void encoding_meta_command_is_ignored() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, "\\encoding SQL_ASCII\nCREATE TABLE t (a int);\n");
                assertThat(tableExists(db, "public.t")).isTrue();
            }
        }

        @Test
        void the_fixture_info_carries_the_measured_duration() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureInfo info = restoreText(db, dir, "SELECT pg_sleep(0.05);");
                assertThat(info.restoreDuration()).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(50));
                assertThat(info.format()).isEqualTo(DumpFormat.PLAIN.displayName());
            }
        }

        @Test
        void gzip_input() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                writeGzip(dir, "dump.sql.gz", "CREATE TABLE t (a int);\nCOPY t FROM stdin;\n7\n\\.\n");
                FixtureInfo info = restore(db, dir, "dump.sql.gz");
                assertThat(info.format()).isEqualTo(DumpFormat.GZIP.displayName());
                assertThat(value(db, "SELECT a FROM t")).isEqualTo("7");
            }
        }
    }

    @Nested
    class Copy {
        @Test
        void rows_with_tabs_backslashes_nulls_and_trailing_spaces_arrive_unchanged() {
            String script = "CREATE TABLE t (id int, a text, b text);\n"
                    + "COPY t (id, a, b) FROM stdin;\n"
                    + "1\ttab\\there\ttrailing spaces   \n"
                    + "2\t\\N\tback\\\\slash\n"
                    + "3\tnew\\nline\t\\\\.\n"
                    + "4\t\t\\N\n"
                    + "5\tcr\\r and octal \\101 hex \\x42\tunicode ü\n"
                    + "\\.\n"
                    + "SELECT 1;\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(rows(db, "SELECT id, a, b FROM t ORDER BY id"))
                        .containsExactly(
                                "1|tab\there|trailing spaces   ",
                                "2|<null>|back\\slash",
                                "3|new\nline|\\.",
                                "4||<null>",
                                "5|cr\r and octal A hex B|unicode ü");
            }
        }

        @Test
        void windows_line_endings_and_a_terminator_with_cr() {
            String script =
                    "CREATE TABLE t (id int, a text);\r\nCOPY t FROM stdin;\r\n1\tx\r\n\\.\r\nINSERT INTO t VALUES (2, 'y');\r\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(rows(db, "SELECT id, a FROM t ORDER BY id")).containsExactly("1|x", "2|y");
            }
        }

        @Test
        void csv_copy_and_data_lines_that_look_like_sql_or_meta_commands() {
            String script = "CREATE TABLE t (a text, b text);\n"
                    + "COPY t FROM stdin WITH (FORMAT csv);\n"
                    + "\"DROP TABLE t; -- \",\"\\! echo hi\"\n"
                    + "'quote,\"multi\n"
                    + "line\"\n"
                    + "\\.\n"
                    + "COPY t FROM STDIN;\n"
                    + "\\\\o |cat\t\\\\connect x\n"
                    + "\\.\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(rows(db, "SELECT a, b FROM t ORDER BY a"))
                        .containsExactlyInAnyOrder(
                                "DROP TABLE t; -- |\\! echo hi", "'quote|multi\nline", "\\o |cat|\\connect x");
            }
        }

        @Test
        void copy_statement_with_more_statements_on_its_line_reads_data_from_the_next_line() {
            String script = "CREATE TABLE t (a int);\nCOPY t FROM stdin; INSERT INTO t VALUES (2);\n1\n\\.\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(rows(db, "SELECT a FROM t ORDER BY a")).containsExactly("1", "2");
            }
        }

        @Test
        void a_copy_block_without_terminator_is_refused_before_anything_runs() {
            String script = "CREATE TABLE t (a int);\nCOPY t FROM stdin;\n1\n2\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e =
                        catchThrowableOfType(FixtureRestoreException.class, () -> restoreText(db, dir, script));
                assertThat(e)
                        .hasMessageContaining("script.sql:2")
                        .hasMessageContaining("COPY t FROM stdin;")
                        .hasMessageContaining("no end marker")
                        .hasMessageContaining("line 4")
                        .hasMessageContaining("truncated")
                        .hasMessageContaining("nothing was executed");
                assertThat(tableExists(db, "public.t")).isFalse();
            }
        }

        @Test
        void a_row_with_the_wrong_column_count_names_its_line() {
            String script = "CREATE TABLE t (a int, b text);\n\nCOPY t (a, b) FROM stdin;\n1\tx\n2\ty\textra\n\\.\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e =
                        catchThrowableOfType(FixtureRestoreException.class, () -> restoreText(db, dir, script));
                assertThat(e.line()).isEqualTo(5);
                assertThat(e.sqlState()).contains("22P04");
                assertThat(e)
                        .hasMessageContaining("script.sql:5")
                        .hasMessageContaining("COPY t (a, b) FROM stdin;")
                        .hasMessageContaining("extra data after last expected column")
                        .hasMessageContaining("CONTEXT: COPY t, line 2");
            }
        }

        @Test
        void a_copy_into_a_missing_table_reports_the_copy_statement() {
            String script = "SELECT 1;\nCOPY missing (a) FROM stdin;\n1\n\\.\nCREATE TABLE after (a int);\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e =
                        catchThrowableOfType(FixtureRestoreException.class, () -> restoreText(db, dir, script));
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.sqlState()).contains("42P01");
                assertThat(e).hasMessageContaining("relation \"missing\" does not exist");
                assertThat(tableExists(db, "public.after")).isFalse();
            }
        }

        @Test
        void copy_to_stdout_runs_and_its_output_is_discarded() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(
                        db, dir, "CREATE TABLE t (a int);\nCOPY (SELECT 1) TO STDOUT;\nINSERT INTO t VALUES (1);\n");
                assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("1");
            }
        }
    }

    @Nested
    class MetaCommands {
        @Test
        void restrict_and_unrestrict_with_the_same_key_are_accepted() {
            String script = "\\restrict abcDEF123\n\nCREATE TABLE t (a int);\n\\unrestrict abcDEF123\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(tableExists(db, "public.t")).isTrue();
            }
        }

        @Test
        void unrestrict_with_a_different_key_is_an_error() {
            String script = "\\restrict abc\nCREATE TABLE t (a int);\n\\unrestrict abd\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThatThrownBy(() -> restoreText(db, dir, script))
                        .isInstanceOf(FixtureRestoreException.class)
                        .hasMessageContaining("script.sql:3")
                        .hasMessageContaining("\\unrestrict abd")
                        .hasMessageContaining("different key");
                assertThat(tableExists(db, "public.t")).isFalse();
            }
        }

        @Test
        void other_meta_commands_are_refused_while_restricted() {
            String script = "\\restrict abc\n\\connect other\n\\unrestrict abc\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThatThrownBy(() -> restoreText(db, dir, script))
                        .isInstanceOf(FixtureRestoreException.class)
                        .hasMessageContaining("script.sql:2")
                        .hasMessageContaining("restricted mode");
            }
        }

        @Test
        void unrestrict_without_restrict_is_an_error() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThatThrownBy(() -> restoreText(db, dir, "SELECT 1;\n\\unrestrict abc\n"))
                        .isInstanceOf(FixtureRestoreException.class)
                        .hasMessageContaining("script.sql:2")
                        .hasMessageContaining("not in restricted mode");
            }
        }

        @Test
        void an_unknown_meta_command_is_refused_naming_file_line_and_command_before_anything_runs() {
            String script = "CREATE TABLE t (a int);\n\n\\set ON_ERROR_STOP on\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e =
                        catchThrowableOfType(FixtureRestoreException.class, () -> restoreText(db, dir, script));
                assertThat(e.line()).isEqualTo(3);
                assertThat(e)
                        .hasMessageContaining("script.sql:3")
                        .hasMessageContaining("\\set ON_ERROR_STOP on")
                        .hasMessageContaining("not supported");
                assertThat(tableExists(db, "public.t")).isFalse();
            }
        }

        @Test
        void connect_to_another_host_or_user_is_refused() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThatThrownBy(() -> restoreText(db, dir, "\\connect db alice otherhost 5432\n"))
                        .hasMessageContaining("script.sql:1")
                        .hasMessageContaining("user, host or port");
                assertThatThrownBy(() -> restoreText(db, dir, "\\c \"dbname=x host=evil.example\"\n"))
                        .hasMessageContaining("connection option host");
                assertThatThrownBy(() -> restoreText(db, dir, "\\c postgresql://evil.example/x\n"))
                        .hasMessageContaining("connection URI");
            }
        }

        @Test
        void a_meta_command_inside_an_unfinished_statement_is_refused() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThatThrownBy(() -> restoreText(db, dir, "SELECT\n\\g\n1;\n"))
                        .hasMessageContaining("script.sql:2")
                        .hasMessageContaining("unfinished SQL statement");
            }
        }
    }

    @Nested
    class ShellConstructs {
        private void assertRefusedBeforeAnythingRuns(String shellLine, int line, String expected) {
            String script = "CREATE TABLE created_first (a int);\nINSERT INTO created_first VALUES (1);\n\n" + shellLine
                    + "\nSELECT 1;\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e =
                        catchThrowableOfType(FixtureRestoreException.class, () -> restoreText(db, dir, script));
                assertThat(e.line()).isEqualTo(line);
                assertThat(e)
                        .hasMessageContaining("script.sql:" + line)
                        .hasMessageContaining(expected)
                        .hasMessageContaining("shell command")
                        .hasMessageContaining("nothing was executed");
                assertThat(tableExists(db, "public.created_first")).isFalse();
            }
        }

        @Test
        void backslash_bang() {
            assertRefusedBeforeAnythingRuns("\\! touch /tmp/rehearsal-should-not-exist", 4, "\\! touch");
        }

        @Test
        void output_to_a_pipe() {
            assertRefusedBeforeAnythingRuns("\\o |cat", 4, "\\o |cat");
        }

        @Test
        void output_to_a_file() {
            assertRefusedBeforeAnythingRuns("\\o /tmp/out.txt", 4, "\\o /tmp/out.txt");
        }

        @Test
        void backslash_copy_from_program() {
            assertRefusedBeforeAnythingRuns("\\copy created_first from program 'echo 1'", 4, "\\copy");
        }

        @Test
        void copy_from_program_statement() {
            assertRefusedBeforeAnythingRuns("COPY created_first FROM PROGRAM 'echo 1';", 4, "COPY … PROGRAM");
        }

        @Test
        void copy_to_program_statement_spanning_lines() {
            assertRefusedBeforeAnythingRuns("COPY (SELECT 1)\n  TO\n  PROGRAM 'cat';", 4, "COPY … PROGRAM");
        }

        @Test
        void backquotes_in_meta_command_arguments() {
            assertRefusedBeforeAnythingRuns("\\connect `whoami`", 4, "backquotes");
        }

        @Test
        void the_word_program_inside_strings_or_copy_data_is_not_refused() {
            String script = "CREATE TABLE t (a text);\nINSERT INTO t VALUES ('COPY t FROM PROGRAM ''x''');\n"
                    + "COPY t FROM stdin;\nCOPY t FROM PROGRAM 'x';\n\\! not a command here\n\\.\n"
                    + "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 'from program'; END $$;\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("3");
            }
        }
    }

    @Nested
    class Errors {
        @Test
        void a_failing_statement_names_file_line_sqlstate_message_and_detail_and_stops_the_restore() {
            String script = "CREATE TABLE t (id int PRIMARY KEY);\n"
                    + "INSERT INTO t VALUES (1);\n"
                    + "\n"
                    + "INSERT INTO t\n  VALUES (1);\n"
                    + "CREATE TABLE after_the_error (a int);\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                FixtureRestoreException e =
                        catchThrowableOfType(FixtureRestoreException.class, () -> restoreText(db, dir, script));
                assertThat(e.location()).isEqualTo("script.sql");
                assertThat(e.line()).isEqualTo(4);
                assertThat(e.sqlState()).contains("23505");
                assertThat(e.serverMessage())
                        .hasValueSatisfying(m -> assertThat(m).contains("duplicate key value"));
                assertThat(e.detail()).hasValueSatisfying(d -> assertThat(d).contains("Key (id)=(1) already exists."));
                assertThat(e.statement()).contains("INSERT INTO t\n  VALUES (1);");
                assertThat(e)
                        .hasMessageContaining("script.sql:4")
                        .hasMessageContaining("ERROR 23505")
                        .hasMessageContaining("DETAIL: Key (id)=(1) already exists.");
                assertThat(tableExists(db, "public.after_the_error")).isFalse();
            }
        }

        @Test
        void an_unterminated_final_statement_is_sent_and_its_error_reported() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThatThrownBy(() -> restoreText(db, dir, "SELECT 1;\nSELECT 'unterminated\n"))
                        .isInstanceOf(FixtureRestoreException.class)
                        .hasMessageContaining("script.sql:2")
                        .hasMessageContaining("42601");
            }
        }

        @Test
        void transaction_timeout_is_not_tolerated_on_servers_that_know_it() {
            // The server under test is PostgreSQL 17+, where SET transaction_timeout works; an invalid value
            // must still fail (only "unrecognized parameter" on servers before 17 is tolerated).
            try (TestDatabase db = TestPostgres.newDatabase()) {
                assertThatThrownBy(() -> restoreText(db, dir, "SET transaction_timeout = 'soon';\n"))
                        .isInstanceOf(FixtureRestoreException.class)
                        .hasMessageContaining("22023");
            }
        }
    }

    @Nested
    class Roles {
        @Test
        void referenced_roles_are_created_nologin_before_the_restore() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String owner = "Owner " + suffix;
            String reader = "reader_" + suffix;
            String grantor = "grantor_" + suffix;
            String script = "CREATE TABLE t (a int);\n"
                    + "ALTER TABLE t OWNER TO \"" + owner + "\";\n"
                    + "GRANT SELECT ON TABLE t TO " + reader.toUpperCase() + ", PUBLIC;\n"
                    + "SET SESSION AUTHORIZATION '" + grantor + "';\n"
                    + "RESET SESSION AUTHORIZATION;\n"
                    + "REVOKE ALL ON TABLE t FROM CURRENT_USER;\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(rows(
                                db,
                                "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN ('" + owner + "', '"
                                        + reader + "', '" + grantor + "') ORDER BY rolname"))
                        .containsExactlyInAnyOrder(owner + "|f", reader + "|f", grantor + "|f");
                assertThat(value(db, "SELECT tableowner FROM pg_tables WHERE tablename = 't'"))
                        .isEqualTo(owner);
                // A second restore finds the roles already there.
                try (TestDatabase second = TestPostgres.newDatabase()) {
                    restoreText(second, dir, script);
                }
            }
        }

        @Test
        void roles_the_script_creates_itself_are_left_to_the_script() {
            String role = "self_made_" + UUID.randomUUID().toString().substring(0, 8);
            String script = "CREATE ROLE " + role + ";\nCREATE TABLE t (a int);\nGRANT SELECT ON t TO " + role + ";\n";
            try (TestDatabase db = TestPostgres.newDatabase()) {
                restoreText(db, dir, script);
                assertThat(value(db, "SELECT rolcanlogin FROM pg_roles WHERE rolname = '" + role + "'"))
                        .isEqualTo("f");
            }
        }
    }

    @Nested
    class RunningScripts {
        @Test
        void runs_a_script_from_a_stream_with_the_same_error_reporting() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                db.execute("CREATE TABLE t (id int PRIMARY KEY)");
                String script = "INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (1);\n";
                assertThatThrownBy(() -> ScriptRunner.run(
                                db.server(),
                                db.name(),
                                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                                "runbook/fix.sql"))
                        .isInstanceOf(FixtureRestoreException.class)
                        .hasMessageContaining("runbook/fix.sql:2")
                        .hasMessageContaining("23505");
                assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("1");
            }
        }

        @Test
        void refuses_shell_constructs_before_running_anything() {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                db.execute("CREATE TABLE t (id int)");
                String script = "INSERT INTO t VALUES (1);\n\\! rm -rf /\n";
                assertThatThrownBy(() -> ScriptRunner.run(
                                db.server(),
                                db.name(),
                                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                                "runbook/fix.sql"))
                        .hasMessageContaining("runbook/fix.sql:2")
                        .hasMessageContaining("shell command");
                assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("0");
            }
        }

        @Test
        void runs_a_large_script_through_a_temporary_file() {
            StringBuilder script = new StringBuilder("CREATE TABLE t (id int, pad text);\nCOPY t FROM stdin;\n");
            String pad = "x".repeat(1000);
            for (int i = 0; i < 10_000; i++) {
                script.append(i).append('\t').append(pad).append('\n');
            }
            script.append("\\.\n");
            try (TestDatabase db = TestPostgres.newDatabase()) {
                ScriptRunner.run(
                        db.server(),
                        db.name(),
                        new ByteArrayInputStream(script.toString().getBytes(StandardCharsets.UTF_8)),
                        "big.sql");
                assertThat(value(db, "SELECT count(*) FROM t")).isEqualTo("10000");
            }
        }
    }
}
