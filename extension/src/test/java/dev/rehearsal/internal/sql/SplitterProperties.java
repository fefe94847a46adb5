package dev.rehearsal.internal.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Properties every split must have, whatever the input: used by the seeded fuzz tests, and by hand with a
 * coverage-guided fuzzer. Each check throws an {@link AssertionError} describing the first property that does not
 * hold; any other exception escaping the lexer is a bug too.
 *
 * <ol>
 *   <li><b>Chunking</b>: feeding the script line by line gives the same pieces (text and line) as feeding it at once.
 *   <li><b>Nothing lost or invented</b>: the tokens of the whole script (left to right, {@code ;} aside) are the
 *       tokens of its statements, one after the other.
 *   <li><b>Re-splitting</b>: each statement split again on its own (under the standard_conforming_strings setting
 *       it was read with) is exactly that one statement.
 *   <li><b>Shape</b>: statements start with a token, every statement but the last ends with {@code ;}, lines only
 *       grow, and the line a statement starts on holds the statement's first line.
 *   <li><b>Tokens</b>: every token's offset points at its text in the statement.
 *   <li><b>psql mode</b>: pieces are the same fed at once or line by line; without backslashes, the same
 *       statements as SQL mode; a meta-command's line holds its backslash and name.
 * </ol>
 */
public final class SplitterProperties {
    private SplitterProperties() {}

    /** Checks the SQL-mode properties (1–5) and the psql-mode ones (6) for {@code script}. */
    public static void check(String script) {
        List<SqlStatement> statements = SqlScriptSplitter.split(script);
        checkChunking(script, statements);
        checkNothingLostOrInvented(script, statements);
        checkResplitting(statements);
        checkShape(script, statements);
        checkPsqlMode(script, statements);
    }

    /** The script cut after each {@code \n}, the way the script reader feeds the lexer. */
    static List<String> lines(String script) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < script.length(); i++) {
            if (script.charAt(i) == '\n') {
                lines.add(script.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < script.length()) {
            lines.add(script.substring(start));
        }
        return lines;
    }

    private static List<SqlPiece> feedLineByLine(SqlLexer lexer, String script) {
        List<SqlPiece> pieces = new ArrayList<>();
        int line = 1;
        for (String chunk : lines(script)) {
            pieces.addAll(lexer.feed(chunk, line));
            line++;
        }
        lexer.finish().ifPresent(pieces::add);
        return pieces;
    }

    private static List<SqlPiece> feedAtOnce(SqlLexer lexer, String script) {
        List<SqlPiece> pieces = new ArrayList<>(lexer.feed(script, 1));
        lexer.finish().ifPresent(pieces::add);
        return pieces;
    }

    private static void checkChunking(String script, List<SqlStatement> statements) {
        List<SqlPiece> chunked = feedLineByLine(SqlLexer.forSql(), script);
        if (!chunked.equals(statements)) {
            throw new AssertionError("feeding line by line gives " + chunked + "\nbut at once " + statements);
        }
    }

    private static void checkNothingLostOrInvented(String script, List<SqlStatement> statements) {
        // the last statement comes without trailing whitespace, even inside an unterminated quote
        List<String> whole = significant(SqlLexer.tokens(stripTrailingSpace(script), true));
        List<String> joined = new ArrayList<>();
        boolean standardConformingStrings = true;
        for (SqlStatement statement : statements) {
            joined.addAll(significant(SqlLexer.tokens(statement.text(), standardConformingStrings)));
            standardConformingStrings =
                    StandardConformingStrings.setBy(statement.text()).orElse(standardConformingStrings);
        }
        if (!whole.equals(joined)) {
            throw new AssertionError("the statements' tokens " + joined + "\nare not the script's tokens " + whole);
        }
    }

    private static String stripTrailingSpace(String text) {
        int end = text.length();
        while (end > 0 && " \t\n\r\f\u000b".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Tokens as kind:text, without {@code ;} (lone semicolons are dropped between statements). */
    private static List<String> significant(List<SqlToken> tokens) {
        List<String> result = new ArrayList<>();
        for (SqlToken token : tokens) {
            if (!token.isSymbol(';')) {
                result.add(token.kind() + ":" + token.text());
            }
        }
        return result;
    }

    private static void checkResplitting(List<SqlStatement> statements) {
        boolean standardConformingStrings = true;
        for (SqlStatement statement : statements) {
            SqlLexer lexer = SqlLexer.forSql();
            lexer.setStandardConformingStrings(standardConformingStrings);
            List<SqlPiece> again = feedAtOnce(lexer, statement.text());
            List<SqlPiece> expected = List.of(new SqlStatement(statement.text(), 1));
            if (!again.equals(expected)) {
                throw new AssertionError("the statement " + statement + " split again gives " + again);
            }
            for (SqlToken token : SqlLexer.tokens(statement.text(), standardConformingStrings)) {
                if (!statement.text().startsWith(token.text(), token.start())) {
                    throw new AssertionError("token " + token + " is not at its offset in " + statement);
                }
            }
            standardConformingStrings =
                    StandardConformingStrings.setBy(statement.text()).orElse(standardConformingStrings);
        }
    }

    private static void checkShape(String script, List<SqlStatement> statements) {
        List<String> lines = lines(script);
        int previousLine = 1;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            String text = statement.text();
            if (text.isEmpty()
                    || " \t\n\r\f\u000b".indexOf(text.charAt(0)) >= 0
                    || text.startsWith("--")
                    || text.startsWith("/*")
                    || text.equals(";")) {
                throw new AssertionError("statement " + i + " does not start with a token: " + statement);
            }
            if (i < statements.size() - 1 && !text.endsWith(";")) {
                throw new AssertionError(
                        "statement " + i + " of " + statements.size() + " does not end with ;: " + statement);
            }
            if (statement.line() < previousLine || statement.line() > Math.max(1, lines.size())) {
                throw new AssertionError("statement " + i + " claims line " + statement.line() + " after line "
                        + previousLine + " of " + lines.size() + ": " + statement);
            }
            previousLine = statement.line();
            String firstLine = text.lines().findFirst().orElse("");
            if (!lines.get(statement.line() - 1).contains(firstLine)) {
                throw new AssertionError("line " + statement.line() + " (" + lines.get(statement.line() - 1)
                        + ") does not hold the start of " + statement);
            }
        }
    }

    private static void checkPsqlMode(String script, List<SqlStatement> statements) {
        List<SqlPiece> atOnce = feedAtOnce(SqlLexer.forPsqlScript(), script);
        List<SqlPiece> chunked = feedLineByLine(SqlLexer.forPsqlScript(), script);
        if (!chunked.equals(atOnce)) {
            throw new AssertionError("psql mode: line by line gives " + chunked + "\nbut at once " + atOnce);
        }
        if (script.indexOf('\\') < 0 && !atOnce.equals(statements)) {
            throw new AssertionError("psql mode without backslashes gives " + atOnce + "\nbut SQL mode " + statements);
        }
        List<String> lines = lines(script);
        for (SqlPiece piece : atOnce) {
            if (piece.line() < 1 || piece.line() > Math.max(1, lines.size())) {
                throw new AssertionError(
                        "psql mode: " + piece + " claims line " + piece.line() + " of " + lines.size());
            }
            if (piece instanceof MetaCommand command
                    && !lines.get(command.line() - 1).contains("\\" + command.name())) {
                throw new AssertionError("psql mode: line " + command.line() + " (" + lines.get(command.line() - 1)
                        + ") does not hold " + command);
            }
        }
    }
}
