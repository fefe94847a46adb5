package dev.rehearsal.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    /** Feeds the script line by line, as the streaming runner does. */
    private static List<SqlPiece> lineByLine(SqlLexer lexer, String script) {
        List<SqlPiece> pieces = new ArrayList<>();
        int lineNumber = 1;
        int start = 0;
        while (start < script.length()) {
            int end = script.indexOf('\n', start);
            end = end < 0 ? script.length() : end + 1;
            pieces.addAll(lexer.feed(script.substring(start, end), lineNumber++));
            start = end;
        }
        lexer.finish().ifPresent(pieces::add);
        return pieces;
    }

    @Test
    void feeding_line_by_line_gives_the_same_statements_as_splitting_the_whole_script() {
        String script = "-- header\nSET standard_conforming_strings = off;\nSELECT 'a\\'\n;b';\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1;\nEND;\n"
                + "DO $x$\n;\n$x$;\n/* multi\nline */ SELECT E'\\\n';\nSELECT \"a\n;\";\nSELECT 1";
        List<SqlPiece> incremental = lineByLine(SqlLexer.forSql(), script);
        assertThat(incremental).containsExactlyElementsOf(SqlScriptSplitter.split(script));
        assertThat(incremental).extracting(SqlPiece::line).containsExactly(2, 3, 5, 9, 13, 15, 17);
    }

    @Test
    void psql_mode_reports_meta_commands_at_the_start_of_a_line() {
        String script = "\\restrict abc123\n\nSET x = 1;\n\\connect \"my db\"\nSELECT 1;\n\\unrestrict abc123\n";
        List<SqlPiece> pieces = lineByLine(SqlLexer.forPsqlScript(), script);
        assertThat(pieces)
                .containsExactly(
                        new MetaCommand("restrict", "abc123", 1, false),
                        new SqlStatement("SET x = 1;", 3),
                        new MetaCommand("connect", "\"my db\"", 4, false),
                        new SqlStatement("SELECT 1;", 5),
                        new MetaCommand("unrestrict", "abc123", 6, false));
    }

    @Test
    void psql_mode_meta_command_names() {
        List<SqlPiece> pieces =
                lineByLine(SqlLexer.forPsqlScript(), "\\! rm -rf /\n\\o |cat\n\\copy t from program 'x'\r\n\\.\n");
        assertThat(pieces)
                .containsExactly(
                        new MetaCommand("!", "rm -rf /", 1, false),
                        new MetaCommand("o", "|cat", 2, false),
                        new MetaCommand("copy", "t from program 'x'", 3, false),
                        new MetaCommand(".", "", 4, false));
    }

    @Test
    void psql_mode_meta_command_after_a_statement_on_the_same_line_and_inside_a_statement() {
        List<SqlPiece> pieces = lineByLine(SqlLexer.forPsqlScript(), "SELECT 1; \\! ls\nSELECT\n\\g\n2;\n");
        assertThat(pieces)
                .containsExactly(
                        new SqlStatement("SELECT 1;", 1),
                        new MetaCommand("!", "ls", 1, false),
                        new MetaCommand("g", "", 3, true),
                        new SqlStatement("SELECT\n2;", 2));
    }

    @Test
    void psql_mode_backslashes_inside_quotes_and_comments_are_not_meta_commands() {
        String script = "SELECT 'a\n\\! no', $$\n\\o |x\n$$, \"\n\\q\"; /*\n\\! no\n*/ -- \\! no\nSELECT E'\\\\';\n";
        List<SqlPiece> pieces = lineByLine(SqlLexer.forPsqlScript(), script);
        assertThat(pieces).hasSize(2).allMatch(piece -> piece instanceof SqlStatement);
    }

    @Test
    void psql_mode_backslash_semicolon_inserts_a_semicolon_without_ending_the_statement() {
        List<SqlPiece> pieces = lineByLine(SqlLexer.forPsqlScript(), "SELECT 1\\; SELECT 2;\nSELECT 3\\:x;\n");
        assertThat(pieces)
                .containsExactly(new SqlStatement("SELECT 1; SELECT 2;", 1), new SqlStatement("SELECT 3:x;", 2));
    }

    @Test
    void state_queries() {
        SqlLexer lexer = SqlLexer.forPsqlScript();
        assertThat(lexer.insideStatement()).isFalse();
        lexer.feed("/* open\n", 1);
        assertThat(lexer.insideQuoteOrComment()).isTrue();
        assertThat(lexer.insideStatement()).isFalse();
        lexer.feed("*/ SELECT 'x\n", 2);
        assertThat(lexer.insideStatement()).isTrue();
        assertThat(lexer.pendingStatementLine()).isEqualTo(2);
        assertThat(lexer.insideQuoteOrComment()).isTrue();
        assertThat(lexer.feed("';\n", 3)).containsExactly(new SqlStatement("SELECT 'x\n';", 2));
        assertThat(lexer.insideStatement()).isFalse();
        lexer.feed("SET standard_conforming_strings = off;\n", 4);
        assertThat(lexer.standardConformingStrings()).isFalse();
    }

    @Test
    void tokens_of_a_statement() {
        List<SqlToken> tokens = SqlLexer.tokens(
                "ALTER TABLE \"My \"\"T\"\" -- x\" OWNER TO bob; -- c\n /* d */ SELECT E'a\\'b', $1, $q$x$q$, 1.5e3, x$y",
                true);
        assertThat(tokens)
                .extracting(SqlToken::kind, SqlToken::text)
                .containsExactly(
                        tuple(SqlToken.Kind.WORD, "ALTER"),
                        tuple(SqlToken.Kind.WORD, "TABLE"),
                        tuple(SqlToken.Kind.QUOTED_IDENTIFIER, "\"My \"\"T\"\" -- x\""),
                        tuple(SqlToken.Kind.WORD, "OWNER"),
                        tuple(SqlToken.Kind.WORD, "TO"),
                        tuple(SqlToken.Kind.WORD, "bob"),
                        tuple(SqlToken.Kind.SYMBOL, ";"),
                        tuple(SqlToken.Kind.WORD, "SELECT"),
                        tuple(SqlToken.Kind.STRING, "E'a\\'b'"),
                        tuple(SqlToken.Kind.SYMBOL, ","),
                        tuple(SqlToken.Kind.PARAMETER, "$1"),
                        tuple(SqlToken.Kind.SYMBOL, ","),
                        tuple(SqlToken.Kind.DOLLAR_STRING, "$q$x$q$"),
                        tuple(SqlToken.Kind.SYMBOL, ","),
                        tuple(SqlToken.Kind.NUMBER, "1.5e3"),
                        tuple(SqlToken.Kind.SYMBOL, ","),
                        tuple(SqlToken.Kind.WORD, "x$y"));
        assertThat(tokens.get(2).name()).isEqualTo("My \"T\" -- x");
        assertThat(tokens.get(5).name()).isEqualTo("bob");
        assertThat(tokens.get(0).isWord("alter")).isTrue();
        assertThat(tokens.get(2).start()).isEqualTo(12);
        assertThat(tokens.get(7).start())
                .as("offsets count from the start of their statement")
                .isZero();
        assertThat(new SqlToken(SqlToken.Kind.STRING, "'it''s'", 0).name()).isEqualTo("it's");
    }

    @Test
    void tokens_follow_the_standard_conforming_strings_argument() {
        assertThat(SqlLexer.tokens("SELECT 'a\\', 'b'", true)).hasSize(4);
        assertThat(SqlLexer.tokens("SELECT 'a\\', 'b'", false))
                .extracting(SqlToken::text)
                .containsExactly("SELECT", "'a\\', '", "b'");
    }
}
