package dev.rehearsal.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlScriptSplitterTest {

    private static List<String> texts(String script) {
        return SqlScriptSplitter.split(script).stream().map(SqlStatement::text).toList();
    }

    private static List<Integer> lines(String script) {
        return SqlScriptSplitter.split(script).stream().map(SqlStatement::line).toList();
    }

    @Nested
    class Basics {
        @Test
        void splits_at_semicolons_and_keeps_them() {
            assertThat(texts("SELECT 1;SELECT 2;\nSELECT 3;")).containsExactly("SELECT 1;", "SELECT 2;", "SELECT 3;");
        }

        @Test
        void drops_leading_whitespace_and_comments_and_records_the_line_of_the_first_token() {
            String script = "\n\n  -- a comment\n/* block\n comment */\n   CREATE TABLE t (a int);\n";
            assertThat(SqlScriptSplitter.split(script)).containsExactly(new SqlStatement("CREATE TABLE t (a int);", 6));
        }

        @Test
        void keeps_comments_and_line_breaks_inside_a_statement() {
            String script = "SELECT 1, -- one\n  2 /* two */;\n";
            assertThat(texts(script)).containsExactly("SELECT 1, -- one\n  2 /* two */;");
        }

        @Test
        void line_numbers_of_several_statements() {
            String script = "SELECT 1;\n\nSELECT\n2; SELECT 3;\n-- x\n\nSELECT 4\n;";
            assertThat(lines(script)).containsExactly(1, 3, 4, 7);
        }

        @Test
        void returns_a_trailing_statement_without_semicolon_without_trailing_whitespace() {
            assertThat(SqlScriptSplitter.split("SELECT 1;\nSELECT 2\n\n"))
                    .containsExactly(new SqlStatement("SELECT 1;", 1), new SqlStatement("SELECT 2", 2));
        }

        @Test
        void ignores_trailing_comments_and_whitespace() {
            assertThat(texts("SELECT 1;\n-- the end\n/* really */\n  \n")).containsExactly("SELECT 1;");
        }

        @Test
        void empty_and_comment_only_scripts_have_no_statements() {
            assertThat(texts("")).isEmpty();
            assertThat(texts("  \n\t\n")).isEmpty();
            assertThat(texts("-- nothing")).isEmpty();
            assertThat(texts("/* nothing */")).isEmpty();
        }

        @Test
        void lone_semicolons_are_dropped() {
            assertThat(texts(";;\n;SELECT 1;;")).containsExactly("SELECT 1;");
        }

        @Test
        void carriage_returns_end_line_comments() {
            assertThat(texts("SELECT 1; -- c\r\nSELECT 2;\r\n")).containsExactly("SELECT 1;", "SELECT 2;");
            assertThat(texts("-- c\rSELECT 2;")).containsExactly("SELECT 2;");
        }

        @Test
        void a_line_comment_at_the_very_end_without_newline() {
            assertThat(texts("SELECT 1 -- no newline")).containsExactly("SELECT 1 -- no newline");
        }
    }

    @Nested
    class Comments {
        @Test
        void semicolons_inside_comments_do_not_split() {
            assertThat(texts("SELECT 1 -- ; not here\n, 2; /* ; */ SELECT 3;"))
                    .containsExactly("SELECT 1 -- ; not here\n, 2;", "SELECT 3;");
        }

        @Test
        void block_comments_nest() {
            assertThat(texts("SELECT /* a /* b; */ still; */ 1; SELECT 2;"))
                    .containsExactly("SELECT /* a /* b; */ still; */ 1;", "SELECT 2;");
        }

        @Test
        void a_comment_start_inside_an_operator_run_still_opens_a_comment() {
            assertThat(texts("SELECT 2 +/* ; */ 1; SELECT 3 *-- ;\n 2;"))
                    .containsExactly("SELECT 2 +/* ; */ 1;", "SELECT 3 *-- ;\n 2;");
        }

        @Test
        void quotes_inside_comments_are_ignored() {
            assertThat(texts("SELECT 1 /* it's */; -- don't\nSELECT 2;"))
                    .containsExactly("SELECT 1 /* it's */;", "SELECT 2;");
        }

        @Test
        void star_runs_close_a_comment() {
            assertThat(texts("SELECT 1 /* x **/; SELECT 2;")).containsExactly("SELECT 1 /* x **/;", "SELECT 2;");
        }
    }

    @Nested
    class Strings {
        @Test
        void semicolons_and_comment_markers_inside_strings() {
            assertThat(texts("SELECT 'a;b -- c /* d'; SELECT 2;"))
                    .containsExactly("SELECT 'a;b -- c /* d';", "SELECT 2;");
        }

        @Test
        void doubled_quotes_escape_a_quote() {
            assertThat(texts("SELECT 'it''s; fine'; SELECT 2;")).containsExactly("SELECT 'it''s; fine';", "SELECT 2;");
        }

        @Test
        void backslash_does_not_escape_with_standard_conforming_strings_on() {
            assertThat(texts("SELECT 'C:\\'; SELECT 2;")).containsExactly("SELECT 'C:\\';", "SELECT 2;");
        }

        @Test
        void e_strings_use_backslash_escapes() {
            assertThat(texts("SELECT E'it\\'s; \\\\'; SELECT e'x\\\\'; SELECT E'a''b;';"))
                    .containsExactly("SELECT E'it\\'s; \\\\';", "SELECT e'x\\\\';", "SELECT E'a''b;';");
        }

        @Test
        void set_standard_conforming_strings_off_makes_plain_strings_escape_strings() {
            String script = "SET standard_conforming_strings = off;\n"
                    + "SELECT 'it\\'s; still';\n"
                    + "SET standard_conforming_strings TO 'on';\n"
                    + "SELECT 'C:\\'; SELECT 2;\n";
            assertThat(texts(script))
                    .containsExactly(
                            "SET standard_conforming_strings = off;",
                            "SELECT 'it\\'s; still';",
                            "SET standard_conforming_strings TO 'on';",
                            "SELECT 'C:\\';",
                            "SELECT 2;");
        }

        @Test
        void reset_restores_standard_conforming_strings() {
            String script = "set session standard_conforming_strings to false;\nRESET standard_conforming_strings;\n"
                    + "SELECT 'C:\\'; SELECT 2;";
            assertThat(texts(script)).hasSize(4).endsWith("SELECT 'C:\\';", "SELECT 2;");
        }

        @Test
        void national_strings_follow_the_standard_conforming_strings_setting() {
            assertThat(texts("SELECT N'a\\'; SELECT 2;")).containsExactly("SELECT N'a\\';", "SELECT 2;");
            assertThat(texts("SET standard_conforming_strings = off; SELECT N'a\\';'; SELECT 2;"))
                    .containsExactly("SET standard_conforming_strings = off;", "SELECT N'a\\';';", "SELECT 2;");
        }

        @Test
        void bit_and_hex_strings_end_at_the_next_quote_even_with_backslashes() {
            assertThat(texts("SET standard_conforming_strings = off; SELECT B'10\\'; SELECT X'1F\\'; SELECT 3;"))
                    .containsExactly(
                            "SET standard_conforming_strings = off;",
                            "SELECT B'10\\';",
                            "SELECT X'1F\\';",
                            "SELECT 3;");
        }

        @Test
        void unicode_escape_strings_and_identifiers() {
            assertThat(texts("SELECT U&'d\\0061t; ''a' AS U&\"x;\"\"y\"; SELECT 2;"))
                    .containsExactly("SELECT U&'d\\0061t; ''a' AS U&\"x;\"\"y\";", "SELECT 2;");
        }

        @Test
        void u_ampersand_without_quote_is_not_a_string() {
            assertThat(texts("SELECT u&1; SELECT 2;")).containsExactly("SELECT u&1;", "SELECT 2;");
        }

        @Test
        void a_prefix_letter_at_the_end_of_an_identifier_is_not_a_prefix() {
            assertThat(texts("SELECT abe'x\\'; SELECT 2;")).containsExactly("SELECT abe'x\\';", "SELECT 2;");
        }

        @Test
        void strings_span_lines() {
            assertThat(SqlScriptSplitter.split("INSERT INTO t VALUES ('a;\nb;\n');\nSELECT 2;"))
                    .containsExactly(
                            new SqlStatement("INSERT INTO t VALUES ('a;\nb;\n');", 1),
                            new SqlStatement("SELECT 2;", 4));
        }

        @Test
        void continued_strings() {
            assertThat(texts("SELECT 'a;'\n  'b;'; SELECT 2;")).containsExactly("SELECT 'a;'\n  'b;';", "SELECT 2;");
        }

        @Test
        void an_unterminated_string_swallows_the_rest_and_is_returned_for_the_server_to_reject() {
            assertThat(texts("SELECT 1; SELECT 'oops; SELECT 2;\n"))
                    .containsExactly("SELECT 1;", "SELECT 'oops; SELECT 2;");
        }
    }

    @Nested
    class QuotedIdentifiers {
        @Test
        void semicolons_and_quotes_inside_quoted_identifiers() {
            assertThat(texts("CREATE TABLE \"a;'b\"\"c\" (x int); SELECT 2;"))
                    .containsExactly("CREATE TABLE \"a;'b\"\"c\" (x int);", "SELECT 2;");
        }

        @Test
        void backslash_before_a_double_quote_does_not_escape_it() {
            assertThat(texts("SELECT 1 AS \"a\\\"; SELECT 2;")).containsExactly("SELECT 1 AS \"a\\\";", "SELECT 2;");
        }
    }

    @Nested
    class DollarQuotes {
        @Test
        void empty_tag() {
            assertThat(texts("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2;"))
                    .containsExactly("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;", "SELECT 2;");
        }

        @Test
        void named_tags_contain_other_tags_quotes_comments_and_backslashes() {
            String body = "$body$ BEGIN x := 'a''; -- $$ /* ; \\'; $b$ ; $body $ END; $body$";
            assertThat(texts("DO " + body + "; SELECT 2;")).containsExactly("DO " + body + ";", "SELECT 2;");
        }

        @Test
        void pg_dump_style_tags() {
            assertThat(texts("SELECT $_$a;$$;$_$; SELECT $_X$b;$_$;$_X$;"))
                    .containsExactly("SELECT $_$a;$$;$_$;", "SELECT $_X$b;$_$;$_X$;");
        }

        @Test
        void dollar_quotes_span_lines() {
            String script =
                    "CREATE FUNCTION f() RETURNS void\n LANGUAGE plpgsql\n AS $$\nBEGIN\n  PERFORM 1;\nEND;\n$$;\n\nSELECT 2;\n";
            assertThat(SqlScriptSplitter.split(script))
                    .containsExactly(
                            new SqlStatement(script.substring(0, script.indexOf("$$;") + 3), 1),
                            new SqlStatement("SELECT 2;", 9));
        }

        @Test
        void a_dollar_inside_an_identifier_opens_no_quote() {
            assertThat(texts("SELECT a$b$; SELECT 2; SELECT $b$;"))
                    .containsExactly("SELECT a$b$;", "SELECT 2;", "SELECT $b$;");
            assertThat(texts("SELECT x$$; SELECT 2;")).containsExactly("SELECT x$$;", "SELECT 2;");
        }

        @Test
        void positional_parameters_open_no_quote() {
            assertThat(texts("PREPARE p AS SELECT $1 + $2; SELECT 2;"))
                    .containsExactly("PREPARE p AS SELECT $1 + $2;", "SELECT 2;");
        }

        @Test
        void a_dollar_followed_by_a_tag_without_closing_dollar_opens_no_quote() {
            assertThat(texts("SELECT $abc; SELECT 2;")).containsExactly("SELECT $abc;", "SELECT 2;");
        }

        @Test
        void tags_are_case_sensitive() {
            assertThat(texts("SELECT $a$ $A$; $a$; SELECT 2;")).containsExactly("SELECT $a$ $A$; $a$;", "SELECT 2;");
        }

        @Test
        void a_number_directly_before_a_dollar_quote() {
            assertThat(texts("SELECT 1$$;$$; SELECT 2;")).containsExactly("SELECT 1$$;$$;", "SELECT 2;");
        }
    }

    @Nested
    class Parentheses {
        @Test
        void semicolons_inside_parentheses_do_not_split() {
            assertThat(
                            texts(
                                    "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2)); SELECT 2;"))
                    .containsExactly(
                            "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));",
                            "SELECT 2;");
        }

        @Test
        void an_unbalanced_closing_parenthesis_does_not_go_negative() {
            assertThat(texts("SELECT 1); SELECT (2;);")).containsExactly("SELECT 1);", "SELECT (2;);");
        }
    }

    @Nested
    class SqlStandardBodies {
        @Test
        void begin_atomic_body_is_one_statement() {
            String function =
                    "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND;";
            assertThat(texts(function + "\nSELECT 3;")).containsExactly(function, "SELECT 3;");
        }

        @Test
        void create_or_replace_procedure() {
            String procedure =
                    "create or replace procedure p() language sql begin atomic insert into t values (1); end;";
            assertThat(texts(procedure + " SELECT 3;")).containsExactly(procedure, "SELECT 3;");
        }

        @Test
        void case_inside_a_body_is_closed_by_its_own_end() {
            String function = "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC "
                    + "SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT CASE x WHEN 1 THEN 2 END; END;";
            assertThat(texts(function + " SELECT 3;")).containsExactly(function, "SELECT 3;");
        }

        @Test
        void case_outside_a_begin_block_does_not_count() {
            assertThat(texts("CREATE FUNCTION f(x int) RETURNS int RETURN CASE WHEN x > 0 THEN 1 END; SELECT 3;"))
                    .containsExactly(
                            "CREATE FUNCTION f(x int) RETURNS int RETURN CASE WHEN x > 0 THEN 1 END;", "SELECT 3;");
        }

        @Test
        void begin_in_other_statements_is_just_a_word() {
            assertThat(texts("BEGIN; SELECT 1; END; COMMIT;"))
                    .containsExactly("BEGIN;", "SELECT 1;", "END;", "COMMIT;");
            assertThat(texts("CREATE TABLE begin (x int); SELECT 2;"))
                    .containsExactly("CREATE TABLE begin (x int);", "SELECT 2;");
        }

        @Test
        void begin_inside_parentheses_does_not_count() {
            assertThat(texts("CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN 1; SELECT 2;"))
                    .containsExactly("CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN 1;", "SELECT 2;");
        }

        @Test
        void a_plpgsql_body_in_dollar_quotes_is_opaque() {
            String function =
                    "CREATE OR REPLACE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;";
            assertThat(texts(function + " SELECT 2;")).containsExactly(function, "SELECT 2;");
        }

        @Test
        void the_counting_restarts_for_every_statement() {
            String function = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;";
            assertThat(texts(function + " BEGIN; SELECT 2; COMMIT;"))
                    .containsExactly(function, "BEGIN;", "SELECT 2;", "COMMIT;");
        }
    }

    @Nested
    class Backslashes {
        @Test
        void backslashes_outside_quotes_are_ordinary_characters_in_migration_files() {
            assertThat(texts("SELECT 1 \\; SELECT 2;\n\\connect x\nSELECT 3;"))
                    .containsExactly("SELECT 1 \\;", "SELECT 2;", "\\connect x\nSELECT 3;");
        }
    }

    @Nested
    class PsqlVariables {
        @Test
        void casts_and_colon_syntax_stay_verbatim() {
            assertThat(texts("SELECT 1::int, :foo, :'bar', x := 1; SELECT 2;"))
                    .containsExactly("SELECT 1::int, :foo, :'bar', x := 1;", "SELECT 2;");
        }
    }
}
