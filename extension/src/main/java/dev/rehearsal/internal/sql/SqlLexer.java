package dev.rehearsal.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An incremental, psql-compatible statement splitter: feed it a script in chunks of whole lines, get back the
 * statements (and, in psql mode, meta-commands) each chunk completes.
 *
 * <p>It follows the rules of psql's lexer ({@code src/fe_utils/psqlscan.l}): {@code --} and nested
 * {@code /* *}{@code /} comments; {@code '…'} strings whose backslashes count only when
 * {@code standard_conforming_strings} is off (the lexer follows {@code SET}/{@code RESET
 * standard_conforming_strings} statements it splits, default on); {@code E'…'} strings with backslash escapes;
 * {@code B'…'}, {@code X'…'}, {@code N'…'}, {@code U&'…'}; {@code "quoted identifiers"} and {@code U&"…"};
 * dollar quotes {@code $tag$…$tag$} (a {@code $} inside an identifier such as {@code a$b$} or a parameter
 * {@code $1} opens none); parentheses; and the {@code BEGIN … END} bodies of {@code CREATE [OR REPLACE]
 * FUNCTION|PROCEDURE} (SQL-standard bodies, PostgreSQL 14+). A {@code ;} outside all of these ends a statement.
 *
 * <p>In psql mode a backslash outside quotes and comments starts a meta-command that runs to the end of its
 * line ({@code \;} and {@code \:} put a literal {@code ;} or {@code :} into the statement instead). Otherwise a
 * backslash is an ordinary character, as it is for the server.
 *
 * <p>Contract: every chunk passed to {@link #feed} ends right after a {@code \n}, except the last chunk of the
 * input. Not thread-safe. Internal, not API.
 */
public final class SqlLexer {

    private enum State {
        NORMAL,
        LINE_COMMENT,
        BLOCK_COMMENT,
        QUOTE,
        ESCAPE_QUOTE,
        IDENTIFIER_QUOTE,
        DOLLAR_QUOTE
    }

    private final boolean psqlMode;
    private final List<SqlToken> tokens;
    private boolean standardConformingStrings = true;

    private State state = State.NORMAL;
    private int commentDepth;
    private String dollarTag;
    private boolean escapePending;

    private final StringBuilder statement = new StringBuilder();
    private boolean started;
    private int startLine;
    private int parenDepth;
    private final RoutineBodies routineBodies = new RoutineBodies();
    private int tokenStart;
    private SqlToken.Kind tokenKind;

    private int line;

    private SqlLexer(boolean psqlMode, List<SqlToken> tokens) {
        this.psqlMode = psqlMode;
        this.tokens = tokens;
    }

    /** A lexer for plain SQL (migration files): backslashes outside quotes are ordinary characters. */
    public static SqlLexer forSql() {
        return new SqlLexer(false, null);
    }

    /** A lexer for psql scripts: backslashes outside quotes and comments start meta-commands. */
    public static SqlLexer forPsqlScript() {
        return new SqlLexer(true, null);
    }

    /**
     * The tokens of one statement (comments and whitespace left out), lexed with the given
     * {@code standard_conforming_strings} setting.
     */
    public static List<SqlToken> tokens(String statementText, boolean standardConformingStrings) {
        List<SqlToken> tokens = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(false, tokens);
        lexer.standardConformingStrings = standardConformingStrings;
        lexer.feed(statementText, 1);
        lexer.finish();
        return tokens;
    }

    /** Whether {@code '…'} strings are read with standard_conforming_strings on (the default). */
    public boolean standardConformingStrings() {
        return standardConformingStrings;
    }

    /**
     * Sets how {@code '…'} strings are read from now on, e.g. after a new session started with the server's
     * default.
     */
    public void setStandardConformingStrings(boolean on) {
        standardConformingStrings = on;
    }

    /** Whether an unfinished statement is pending (some real token was read since the last statement). */
    public boolean insideStatement() {
        return started;
    }

    /** Whether the lexer is inside a quote or comment that a previous chunk opened. */
    public boolean insideQuoteOrComment() {
        return state != State.NORMAL && state != State.LINE_COMMENT;
    }

    /** The length in characters of the pending statement so far, or 0. */
    public int pendingLength() {
        return started ? statement.length() : 0;
    }

    /** The line the pending statement starts on, or 0. */
    public int pendingStatementLine() {
        return started ? startLine : 0;
    }

    /**
     * Reads one chunk of whole lines starting at line {@code firstLine} and returns, in order, the statements it
     * completed and the meta-commands it met.
     */
    public List<SqlPiece> feed(CharSequence text, int firstLine) {
        List<SqlPiece> out = new ArrayList<>(2);
        line = firstLine;
        int n = text.length();
        int i = 0;
        while (i < n) {
            switch (state) {
                case LINE_COMMENT -> i = lineComment(text, i, n);
                case BLOCK_COMMENT -> i = blockComment(text, i, n);
                case QUOTE -> i = quoted(text, i, n, '\'');
                case IDENTIFIER_QUOTE -> i = quoted(text, i, n, '"');
                case ESCAPE_QUOTE -> i = escapeQuoted(text, i, n);
                case DOLLAR_QUOTE -> i = dollarQuoted(text, i, n);
                case NORMAL -> i = normal(text, i, n, out);
            }
        }
        return out;
    }

    /**
     * Ends the input: returns the pending statement (without trailing whitespace, even inside an unterminated quote),
     * if it has a real token.
     */
    public Optional<SqlStatement> finish() {
        if (state != State.NORMAL && state != State.LINE_COMMENT && tokenKind != null) {
            emitToken(tokenKind);
        }
        state = State.NORMAL;
        escapePending = false;
        if (!started) {
            return Optional.empty();
        }
        int end = statement.length();
        while (end > 0 && isSpace(statement.charAt(end - 1))) {
            end--;
        }
        String text = statement.substring(0, end);
        SqlStatement result = new SqlStatement(text, startLine);
        resetStatement();
        return Optional.of(result);
    }

    private int normal(CharSequence text, int i, int n, List<SqlPiece> out) {
        char c = text.charAt(i);
        char next = i + 1 < n ? text.charAt(i + 1) : '\0';
        if (isSpace(c)) {
            return advance(text, i, 1);
        }
        if (c == '-' && next == '-') {
            state = State.LINE_COMMENT;
            return advance(text, i, 2);
        }
        if (c == '/' && next == '*') {
            state = State.BLOCK_COMMENT;
            commentDepth = 0;
            return advance(text, i, 2);
        }
        if (c == '\\' && psqlMode) {
            return backslash(text, i, n, next, out);
        }
        if (!started) {
            started = true;
            startLine = line;
            statement.setLength(0);
        }
        if (c == '\'') {
            return openQuote(text, i, 1, standardConformingStrings ? State.QUOTE : State.ESCAPE_QUOTE);
        }
        if (c == '"') {
            return openQuote(text, i, 1, State.IDENTIFIER_QUOTE);
        }
        if (isIdentifierStart(c)) {
            if (next == '\'') {
                switch (c) {
                    case 'b', 'B', 'x', 'X':
                        return openQuote(text, i, 2, State.QUOTE);
                    case 'e', 'E':
                        return openQuote(text, i, 2, State.ESCAPE_QUOTE);
                    case 'n', 'N':
                        return openQuote(text, i, 2, standardConformingStrings ? State.QUOTE : State.ESCAPE_QUOTE);
                    default:
                        break;
                }
            }
            if ((c == 'u' || c == 'U') && next == '&' && i + 2 < n) {
                char third = text.charAt(i + 2);
                if (third == '\'') {
                    return openQuote(text, i, 3, State.QUOTE);
                }
                if (third == '"') {
                    return openQuote(text, i, 3, State.IDENTIFIER_QUOTE);
                }
            }
            return word(text, i, n);
        }
        if (c >= '0' && c <= '9') {
            return number(text, i, n);
        }
        if (c == '$') {
            return dollar(text, i, n);
        }
        if (c == '(') {
            parenDepth++;
        } else if (c == ')' && parenDepth > 0) {
            parenDepth--;
        }
        int end = advance(text, i, 1);
        emitSymbol(c);
        if (c == ';' && parenDepth == 0 && !routineBodies.inside()) {
            completeStatement(out);
        }
        return end;
    }

    private int backslash(CharSequence text, int i, int n, char next, List<SqlPiece> out) {
        if (next == ';' || next == ':') {
            if (!started) {
                started = true;
                startLine = line;
                statement.setLength(0);
            }
            statement.append(next);
            emitSymbol(next);
            if (next == ';') {
                routineBodies.restartIdentifiers();
            }
            return i + 2;
        }
        int eol = i;
        while (eol < n && text.charAt(eol) != '\n') {
            eol++;
        }
        String command = text.subSequence(i + 1, eol).toString();
        if (command.endsWith("\r")) {
            command = command.substring(0, command.length() - 1);
        }
        int nameEnd = 0;
        while (nameEnd < command.length() && isCommandNameChar(command.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == 0 && !command.isEmpty()) {
            nameEnd = 1;
        }
        out.add(new MetaCommand(
                command.substring(0, nameEnd), command.substring(nameEnd).strip(), line, started));
        int end = Math.min(eol + 1, n);
        if (eol < n) {
            line++;
        }
        return end;
    }

    private int openQuote(CharSequence text, int i, int length, State quoteState) {
        tokenStart = statement.length();
        tokenKind = quoteState == State.IDENTIFIER_QUOTE ? SqlToken.Kind.QUOTED_IDENTIFIER : SqlToken.Kind.STRING;
        state = quoteState;
        return advance(text, i, length);
    }

    private int word(CharSequence text, int i, int n) {
        int end = i + 1;
        while (end < n && isIdentifierPart(text.charAt(end))) {
            end++;
        }
        String word = text.subSequence(i, end).toString();
        tokenStart = statement.length();
        int next = advance(text, i, end - i);
        emitToken(SqlToken.Kind.WORD);
        routineBodies.identifier(word, parenDepth);
        return next;
    }

    private int number(CharSequence text, int i, int n) {
        int end = i;
        while (end < n && (isDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        if (end + 1 < n && text.charAt(end) == '.' && text.charAt(end + 1) != '.') {
            end++;
            while (end < n && (isDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
        }
        if (end < n && (text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
            int exponent = end + 1;
            if (exponent < n && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < n && isDigit(text.charAt(exponent))) {
                end = exponent;
                while (end < n && isDigit(text.charAt(end))) {
                    end++;
                }
            }
        }
        tokenStart = statement.length();
        int next = advance(text, i, end - i);
        emitToken(SqlToken.Kind.NUMBER);
        return next;
    }

    private int dollar(CharSequence text, int i, int n) {
        int j = i + 1;
        if (j < n && (text.charAt(j) == '$' || isDollarTagStart(text.charAt(j)))) {
            int k = j;
            while (k < n && text.charAt(k) != '$' && isDollarTagPart(text.charAt(k))) {
                k++;
            }
            if (k < n && text.charAt(k) == '$') {
                dollarTag = text.subSequence(i, k + 1).toString();
                tokenStart = statement.length();
                tokenKind = SqlToken.Kind.DOLLAR_STRING;
                state = State.DOLLAR_QUOTE;
                return advance(text, i, k + 1 - i);
            }
        } else if (j < n && isDigit(text.charAt(j))) {
            int k = j;
            while (k < n && isDigit(text.charAt(k))) {
                k++;
            }
            tokenStart = statement.length();
            int next = advance(text, i, k - i);
            emitToken(SqlToken.Kind.PARAMETER);
            return next;
        }
        int next = advance(text, i, 1);
        emitSymbol('$');
        return next;
    }

    private int lineComment(CharSequence text, int i, int n) {
        int end = i;
        while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        if (end < n) {
            state = State.NORMAL;
        }
        return advance(text, i, end - i);
    }

    private int blockComment(CharSequence text, int i, int n) {
        char c = text.charAt(i);
        char next = i + 1 < n ? text.charAt(i + 1) : '\0';
        if (c == '/' && next == '*') {
            commentDepth++;
            return advance(text, i, 2);
        }
        if (c == '*' && next == '/') {
            if (commentDepth == 0) {
                state = State.NORMAL;
            } else {
                commentDepth--;
            }
            return advance(text, i, 2);
        }
        int end = i + 1;
        while (end < n && text.charAt(end) != '/' && text.charAt(end) != '*') {
            end++;
        }
        return advance(text, i, end - i);
    }

    private int quoted(CharSequence text, int i, int n, char quote) {
        int close = i;
        while (close < n && text.charAt(close) != quote) {
            close++;
        }
        if (close == n) {
            return advance(text, i, n - i);
        }
        if (close + 1 < n && text.charAt(close + 1) == quote) {
            return advance(text, i, close + 2 - i);
        }
        int end = advance(text, i, close + 1 - i);
        state = State.NORMAL;
        emitToken(tokenKind);
        return end;
    }

    private int escapeQuoted(CharSequence text, int i, int n) {
        int j = i;
        if (escapePending) {
            escapePending = false;
            j++;
        }
        while (j < n) {
            char c = text.charAt(j);
            if (c == '\\') {
                if (j + 1 == n) {
                    escapePending = true;
                    return advance(text, i, n - i);
                }
                j += 2;
            } else if (c == '\'') {
                if (j + 1 < n && text.charAt(j + 1) == '\'') {
                    j += 2;
                } else {
                    int end = advance(text, i, j + 1 - i);
                    state = State.NORMAL;
                    emitToken(tokenKind);
                    return end;
                }
            } else {
                j++;
            }
        }
        return advance(text, i, n - i);
    }

    private int dollarQuoted(CharSequence text, int i, int n) {
        int close = indexOf(text, dollarTag, i, n);
        if (close < 0) {
            return advance(text, i, n - i);
        }
        int end = advance(text, i, close + dollarTag.length() - i);
        state = State.NORMAL;
        dollarTag = null;
        emitToken(SqlToken.Kind.DOLLAR_STRING);
        return end;
    }

    private void completeStatement(List<SqlPiece> out) {
        String text = statement.toString();
        int statementLine = startLine;
        resetStatement();
        if (text.equals(";")) {
            return;
        }
        out.add(new SqlStatement(text, statementLine));
        StandardConformingStrings.setBy(text).ifPresent(on -> standardConformingStrings = on);
    }

    private void resetStatement() {
        statement.setLength(0);
        started = false;
        startLine = 0;
        parenDepth = 0;
        routineBodies.reset();
        tokenKind = null;
    }

    /** Consumes {@code length} characters: appends them to the pending statement and counts line breaks. */
    private int advance(CharSequence text, int i, int length) {
        int end = i + length;
        if (started) {
            statement.append(text, i, end);
        }
        for (int k = i; k < end; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return end;
    }

    private void emitSymbol(char c) {
        if (tokens != null) {
            tokens.add(new SqlToken(SqlToken.Kind.SYMBOL, String.valueOf(c), statement.length() - 1));
        }
    }

    private void emitToken(SqlToken.Kind kind) {
        if (tokens != null && started) {
            tokens.add(new SqlToken(kind, statement.substring(tokenStart), tokenStart));
        }
        tokenKind = null;
    }

    private static int indexOf(CharSequence text, String needle, int from, int n) {
        if (text instanceof String s) {
            int found = s.indexOf(needle, from);
            return found >= n ? -1 : found;
        }
        outer:
        for (int i = from; i + needle.length() <= n; i++) {
            for (int k = 0; k < needle.length(); k++) {
                if (text.charAt(i + k) != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The server's and psql's whitespace ({@code space} in scan.l and psqlscan.l; {@code \v} since PostgreSQL 16). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isDollarTagStart(char c) {
        return isIdentifierStart(c);
    }

    private static boolean isDollarTagPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static boolean isCommandNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
    }
}
