package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the script runner needs to know about single statements: COPY direction, client-encoding changes, and the
 * roles a statement refers to. Works on tokens, so quotes, comments and dollar-quoted bodies never mislead it.
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

    private static final Set<String> NOT_ROLES =
            Set.of("public", "current_user", "session_user", "current_role", "none", "default");

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
     * Adds the roles the statement refers to ({@code OWNER TO}, {@code GRANT … TO}, {@code REVOKE … FROM},
     * {@code GRANTED BY}, {@code FOR ROLE}, policies' {@code TO}, {@code SET ROLE},
     * {@code SET SESSION AUTHORIZATION}) to {@code referenced}, and the roles it creates to {@code created}.
     * PUBLIC, CURRENT_USER, SESSION_USER, CURRENT_ROLE and {@code pg_*} roles are left out.
     */
    static void collectRoles(
            String text, boolean standardConformingStrings, Set<String> referenced, Set<String> created) {
        String first = firstWord(text);
        if (!first.equals("ALTER")
                && !first.equals("GRANT")
                && !first.equals("REVOKE")
                && !first.equals("SET")
                && !first.equals("CREATE")) {
            return;
        }
        List<SqlToken> tokens = topLevel(SqlLexer.tokens(text, standardConformingStrings));
        List<String> found = new ArrayList<>();
        if (first.equals("SET")) {
            setRole(tokens, found);
        } else if (first.equals("CREATE") && tokens.size() > 2 && isCreateRole(tokens.get(1))) {
            addName(tokens.get(2), created);
            return;
        } else {
            boolean policy = tokens.size() > 1 && tokens.get(1).isWord("POLICY");
            boolean grant = false;
            boolean revoke = false;
            boolean sawOn = false;
            int grantedItems = -1;
            for (int i = 0; i < tokens.size(); i++) {
                SqlToken token = tokens.get(i);
                if (token.isWord("OWNER") && next(tokens, i).isWord("TO")) {
                    roleList(tokens, i + 2, found);
                } else if (token.isWord("GRANT") && !previous(tokens, i).isWord("WITH")) {
                    grant = true;
                    sawOn = false;
                    grantedItems = i + 1;
                } else if (token.isWord("REVOKE")) {
                    revoke = true;
                    sawOn = false;
                    grantedItems = i + 1;
                } else if (token.isWord("ON")) {
                    sawOn = true;
                } else if ((grant && token.isWord("TO")) || (revoke && token.isWord("FROM"))) {
                    roleList(tokens, i + 1, found);
                    if (!sawOn && grantedItems > 0) {
                        memberships(tokens, grantedItems, i, found);
                    }
                    grant = revoke = false;
                } else if (token.isWord("GRANTED") && next(tokens, i).isWord("BY")) {
                    roleList(tokens, i + 2, found);
                } else if (token.isWord("FOR")
                        && (next(tokens, i).isWord("ROLE") || next(tokens, i).isWord("USER"))) {
                    roleList(tokens, i + 2, found);
                } else if (policy && token.isWord("TO")) {
                    roleList(tokens, i + 1, found);
                }
            }
        }
        for (String role : found) {
            if (!NOT_ROLES.contains(role.toLowerCase(Locale.ROOT)) && !role.startsWith("pg_") && !role.isEmpty()) {
                referenced.add(role);
            }
        }
    }

    private static boolean isCreateRole(SqlToken token) {
        return token.isWord("ROLE") || token.isWord("USER") || token.isWord("GROUP");
    }

    private static void setRole(List<SqlToken> tokens, List<String> found) {
        int i = 1;
        if (i < tokens.size()
                && (tokens.get(i).isWord("SESSION") || tokens.get(i).isWord("LOCAL"))) {
            if (tokens.get(i).isWord("SESSION") && next(tokens, i).isWord("AUTHORIZATION")) {
                addValue(tokens, i + 2, found);
                return;
            }
            i++;
        }
        if (i < tokens.size() && tokens.get(i).isWord("ROLE")) {
            addValue(tokens, i + 1, found);
        }
    }

    /** Role names granted or revoked as memberships: {@code GRANT a, b TO c} (no ON clause). */
    private static void memberships(List<SqlToken> tokens, int from, int to, List<String> found) {
        int start = from;
        if (to - from >= 3
                && tokens.get(from + 1).isWord("OPTION")
                && tokens.get(from + 2).isWord("FOR")) {
            start = from + 3;
        }
        for (int i = start; i < to; i++) {
            SqlToken token = tokens.get(i);
            if (!token.isSymbol(',')) {
                addName(token, found);
            }
        }
    }

    private static void roleList(List<SqlToken> tokens, int from, List<String> found) {
        int i = from;
        while (i < tokens.size()) {
            if (tokens.get(i).isWord("GROUP") || tokens.get(i).isWord("ROLE")) {
                i++;
            }
            if (i >= tokens.size()) {
                return;
            }
            addName(tokens.get(i), found);
            if (!next(tokens, i).isSymbol(',')) {
                return;
            }
            i += 2;
        }
    }

    private static void addValue(List<SqlToken> tokens, int index, List<String> found) {
        if (index < tokens.size()) {
            SqlToken token = tokens.get(index);
            if (token.kind() == SqlToken.Kind.STRING && token.text().startsWith("'")) {
                found.add(token.name());
            } else {
                addName(token, found);
            }
        }
    }

    private static void addName(SqlToken token, Collection<String> found) {
        if (token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
            String name = token.name();
            if (name != null) {
                found.add(name);
            }
        }
    }

    /** The tokens at parenthesis depth 0 (parenthesised parts dropped, the parentheses kept). */
    private static List<SqlToken> topLevel(List<SqlToken> tokens) {
        List<SqlToken> result = new ArrayList<>(tokens.size());
        int depth = 0;
        for (SqlToken token : tokens) {
            if (token.isSymbol('(')) {
                if (depth++ == 0) {
                    result.add(token);
                }
            } else if (token.isSymbol(')')) {
                if (depth > 0 && --depth == 0) {
                    result.add(token);
                }
            } else if (depth == 0) {
                result.add(token);
            }
        }
        return result;
    }

    private static final SqlToken NOTHING = new SqlToken(SqlToken.Kind.SYMBOL, "", -1);

    private static SqlToken next(List<SqlToken> tokens, int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1) : NOTHING;
    }

    private static SqlToken previous(List<SqlToken> tokens, int i) {
        return i > 0 ? tokens.get(i - 1) : NOTHING;
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
                && next(tokens, 2).isWord("EXISTS")) {
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
