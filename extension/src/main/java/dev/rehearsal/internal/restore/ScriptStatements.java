package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the script runner needs to know about single statements: COPY direction, client-encoding changes, and the
 * databases pg_dump {@code -C} scripts create. Works on tokens, so quotes, comments and dollar-quoted bodies never
 * mislead it. The roles a statement refers to are found by {@link RoleReferences}.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class ScriptStatements {

    /** How the runner treats a statement. */
    enum Kind {
        /** {@code COPY … FROM STDIN}: the data follows in the script. */
        COPY_FROM_STDIN,
        /** {@code COPY … TO STDOUT}: the server sends data back. */
        COPY_TO_STDOUT,
        /** {@code COPY … FROM|TO PROGRAM}: runs a shell command on the server; refused. */
        COPY_PROGRAM,
        /** {@code SET client_encoding}, {@code SET NAMES}, {@code RESET client_encoding}: never sent. */
        CLIENT_ENCODING,
        /** {@code SET transaction_timeout} (PostgreSQL 17+). */
        TRANSACTION_TIMEOUT,
        /** Everything else: sent as it is. */
        OTHER
    }

    private ScriptStatements() {}

    static Kind kind(String text, boolean standardConformingStrings) {
        String first = firstWord(text);
        switch (first) {
            case "COPY":
                return copyKind(SqlLexer.tokens(text, standardConformingStrings));
            case "SET":
            case "RESET":
                List<SqlToken> tokens = SqlLexer.tokens(text, standardConformingStrings);
                int name = settingIndex(tokens);
                if (name < 0) {
                    return Kind.OTHER;
                }
                if (tokens.get(name).isWord("client_encoding")
                        || tokens.get(name).isWord("names")) {
                    return Kind.CLIENT_ENCODING;
                }
                return tokens.get(name).isWord("transaction_timeout") ? Kind.TRANSACTION_TIMEOUT : Kind.OTHER;
            default:
                return Kind.OTHER;
        }
    }

    /**
     * The encoding a {@link Kind#CLIENT_ENCODING} statement selects; {@code UTF8} for {@code DEFAULT} and
     * {@code RESET} (Rehearsal's databases are UTF8).
     */
    static String clientEncoding(String text, boolean standardConformingStrings) {
        List<SqlToken> tokens = SqlLexer.tokens(text, standardConformingStrings);
        int name = settingIndex(tokens);
        if (name < 0 || tokens.get(0).isWord("RESET")) {
            return "UTF8";
        }
        int value = name + 1;
        if (value < tokens.size()
                && (tokens.get(value).isSymbol('=') || tokens.get(value).isWord("TO"))) {
            value++;
        }
        if (value >= tokens.size() || tokens.get(value).isWord("DEFAULT")) {
            return "UTF8";
        }
        SqlToken token = tokens.get(value);
        String encoding = token.name();
        return encoding == null ? token.text() : token.kind() == SqlToken.Kind.WORD ? token.text() : encoding;
    }

    /** Index of the setting name in SET/RESET [SESSION|LOCAL] name …, or -1. */
    private static int settingIndex(List<SqlToken> tokens) {
        int i = 1;
        if (i < tokens.size()
                && (tokens.get(i).isWord("SESSION") || tokens.get(i).isWord("LOCAL"))) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).kind() == SqlToken.Kind.WORD ? i : -1;
    }

    private static Kind copyKind(List<SqlToken> tokens) {
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (token.isWord("FROM") || token.isWord("TO"))) {
                SqlToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (next == null) {
                    return Kind.OTHER;
                }
                if (next.isWord("PROGRAM")) {
                    return Kind.COPY_PROGRAM;
                }
                if (token.isWord("FROM") && next.isWord("STDIN")) {
                    return Kind.COPY_FROM_STDIN;
                }
                if (token.isWord("TO") && next.isWord("STDOUT")) {
                    return Kind.COPY_TO_STDOUT;
                }
                return Kind.OTHER;
            }
        }
        return Kind.OTHER;
    }

    /**
     * The database a {@code CREATE DATABASE name …} or {@code DROP DATABASE [IF EXISTS] name …} statement names,
     * or null for any other statement.
     */
    static String createdOrDroppedDatabase(String text, boolean standardConformingStrings) {
        String first = firstWord(text);
        if (!first.equals("CREATE") && !first.equals("DROP")) {
            return null;
        }
        List<SqlToken> tokens = SqlLexer.tokens(text, standardConformingStrings);
        if (tokens.size() < 3 || !tokens.get(1).isWord("DATABASE")) {
            return null;
        }
        int name = 2;
        if (first.equals("DROP")
                && tokens.get(2).isWord("IF")
                && tokens.size() > 3
                && tokens.get(3).isWord("EXISTS")) {
            name = 4;
        }
        return name < tokens.size() ? tokens.get(name).name() : null;
    }

    /**
     * The statement with every {@code DATABASE <alias>} (alias one of {@code aliases}) naming {@code target}
     * instead, e.g. {@code ALTER DATABASE original SET …} or {@code COMMENT ON DATABASE original IS …}; the text
     * itself when nothing names an alias.
     */
    static String renameDatabase(String text, boolean standardConformingStrings, Set<String> aliases, String target) {
        if (aliases.isEmpty() || !text.toLowerCase(Locale.ROOT).contains("database")) {
            return text;
        }
        List<SqlToken> tokens = SqlLexer.tokens(text, standardConformingStrings);
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).isSymbol(';')) {
                return text;
            }
        }
        StringBuilder result = new StringBuilder(text);
        for (int i = tokens.size() - 2; i >= 0; i--) {
            SqlToken name = tokens.get(i + 1);
            if (tokens.get(i).isWord("DATABASE")
                    && (name.kind() == SqlToken.Kind.WORD || name.kind() == SqlToken.Kind.QUOTED_IDENTIFIER)
                    && aliases.contains(name.name())) {
                result.replace(name.start(), name.start() + name.text().length(), Roles.quoteIdentifier(target));
            }
        }
        return result.toString();
    }

    /** The statement's leading key word in upper case, or "" when it starts with something else. */
    static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end) < 0x80) {
            end++;
        }
        return text.substring(0, end).toUpperCase(Locale.ROOT);
    }
}
