package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the roles a statement refers to, so a restore can create them first. Works on tokens, so names inside
 * strings, comments and function bodies never count.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class RoleReferences {

    private static final Set<String> NOT_ROLES =
            Set.of("public", "current_user", "session_user", "current_role", "none", "default");

    private RoleReferences() {}

    /**
     * Adds the roles the statement refers to ({@code OWNER TO}, {@code GRANT … TO}, {@code REVOKE … FROM},
     * {@code GRANTED BY}, {@code FOR ROLE}, policies' {@code TO}, {@code SET ROLE},
     * {@code SET SESSION AUTHORIZATION}, {@code CREATE USER MAPPING FOR}, {@code ALTER ROLE r IN DATABASE}) to
     * {@code referenced}, and the roles it creates to {@code created}.
     * PUBLIC, CURRENT_USER, SESSION_USER, CURRENT_ROLE and {@code pg_*} roles are left out.
     */
    public static void collect(
            String text, boolean standardConformingStrings, Set<String> referenced, Set<String> created) {
        String first = ScriptStatements.firstWord(text);
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
        } else if (first.equals("CREATE") && tokens.size() > 2 && tokens.get(2).isWord("MAPPING")) {
            userMapping(tokens, found);
        } else if (first.equals("CREATE") && tokens.size() > 2 && isCreateRole(tokens.get(1))) {
            addName(tokens.get(2), created);
            return;
        } else if (first.equals("ALTER")
                && tokens.size() > 5
                && isCreateRole(tokens.get(1))
                && tokens.get(3).isWord("IN")
                && tokens.get(4).isWord("DATABASE")) {
            addName(tokens.get(2), found);
        } else {
            boolean policy = tokens.size() > 1 && tokens.get(1).isWord("POLICY");
            boolean grant = false;
            boolean revoke = false;
            boolean sawOn = false;
            int grantedItems = -1;
            for (int i = 0; i < tokens.size(); i++) {
                SqlToken token = tokens.get(i);
                if (token.isWord("OWNER") && next(tokens, i).isWord("TO") && !renames(previous(tokens, i))) {
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

    /** {@code RENAME COLUMN owner TO x} and the like name a column, not an owner. */
    private static boolean renames(SqlToken before) {
        return before.isWord("RENAME")
                || before.isWord("COLUMN")
                || before.isWord("CONSTRAINT")
                || before.isWord("ATTRIBUTE");
    }

    /** {@code CREATE USER MAPPING [IF NOT EXISTS] FOR role SERVER …} ({@code FOR USER} is the current user). */
    private static void userMapping(List<SqlToken> tokens, List<String> found) {
        for (int i = 3; i < tokens.size() - 1; i++) {
            if (tokens.get(i).isWord("FOR")) {
                if (!tokens.get(i + 1).isWord("USER")) {
                    addValue(tokens, i + 1, found);
                }
                return;
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
}
