package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a statement of a restore script touches beyond the objects of its own database: roles, ownership and
 * privileges, tablespaces, cluster-wide settings, databases, extensions. {@link StatementPolicy} decides from it what
 * runs. Works on tokens, so names inside strings, comments and function bodies never count, and tokenizes only
 * statements whose first words can matter (an {@code INSERT} or {@code CREATE TABLE} is {@link Category#OTHER}
 * at once).
 *
 * <p>Internal, not API.
 *
 * @param category what the statement is
 * @param name the role, tablespace or extension it is about (see each category), or null
 * @param database the database it names ({@code CREATE DATABASE d}, {@code ALTER DATABASE d …},
 *     {@code GRANT … ON DATABASE d}, {@code ALTER ROLE r IN DATABASE d SET …}), or null
 */
record StatementClass(Category category, String name, String database) {

    /** The kinds of statement a restore treats specially. */
    enum Category {
        /** {@code ALTER … OWNER TO role}. */
        OWNERSHIP,
        /** {@code GRANT}/{@code REVOKE} on objects, {@code ALTER DEFAULT PRIVILEGES}. */
        PRIVILEGES,
        /** {@code GRANT role TO role}, {@code REVOKE role FROM role}, {@code ALTER GROUP g ADD|DROP USER}. */
        MEMBERSHIP,
        /** {@code SET|RESET SESSION AUTHORIZATION}, {@code SET|RESET ROLE}. */
        SESSION_AUTHORIZATION,
        /** {@code CREATE ROLE|USER|GROUP name}. */
        CREATE_ROLE,
        /** {@code ALTER ROLE|USER name [WITH] options} (attributes, password, rename). */
        ALTER_ROLE,
        /** {@code ALTER ROLE name|ALL [IN DATABASE d] SET|RESET …}. */
        ROLE_SETTING,
        /** {@code COMMENT ON ROLE}, {@code SECURITY LABEL ON ROLE}. */
        ROLE_COMMENT,
        /** {@code DROP ROLE|USER|GROUP}. */
        DROP_ROLE,
        /** {@code CREATE|ALTER|DROP TABLESPACE}, comments, labels and grants on tablespaces. */
        TABLESPACE,
        /** {@code SET default_tablespace = name} with a non-empty name. */
        DEFAULT_TABLESPACE,
        /** {@code ALTER SYSTEM}, {@code GRANT|REVOKE … ON PARAMETER}. */
        CLUSTER_SETTING,
        /** {@code CREATE DATABASE}, {@code DROP DATABASE}, {@code UPDATE pg_catalog.pg_database}. */
        DATABASE_LIFECYCLE,
        /** {@code ALTER DATABASE d IS_TEMPLATE|ALLOW_CONNECTIONS|RENAME|SET TABLESPACE …}. */
        DATABASE_FLAGS,
        /** {@code ALTER DATABASE d SET|RESET|CONNECTION LIMIT …}, comments and labels on databases. */
        DATABASE_PROPERTY,
        /** {@code CREATE EXTENSION [IF NOT EXISTS] name}. */
        EXTENSION,
        /** Everything else. */
        OTHER
    }

    private static final StatementClass OTHER = new StatementClass(Category.OTHER, null, null);
    private static final Pattern LEADING_WORDS = Pattern.compile("^[A-Za-z]+(?:\\s+[A-Za-z_]+){0,2}");
    private static final Pattern SESSION_ROLE = Pattern.compile(
            "^(?:SET|RESET)\\s+(?:(?:SESSION|LOCAL)\\s+)?(?:ROLE|SESSION\\s+AUTHORIZATION)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SET_DEFAULT_TABLESPACE =
            Pattern.compile("^SET\\s+(?:(?:SESSION|LOCAL)\\s+)?default_tablespace\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE_PG_DATABASE =
            Pattern.compile("^UPDATE\\s+(?:pg_catalog\\s*\\.\\s*)?pg_database\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATNAME = Pattern.compile("datname\\s*=\\s*'((?:[^']|'')*)'");

    static StatementClass of(String text, boolean standardConformingStrings) {
        String first = ScriptStatements.firstWord(text);
        switch (first) {
            case "ALTER":
                return alter(tokens(text, standardConformingStrings));
            case "GRANT":
            case "REVOKE":
                return grant(tokens(text, standardConformingStrings));
            case "SET":
            case "RESET":
                return set(text, standardConformingStrings);
            case "CREATE":
            case "DROP":
                return createOrDrop(first, text, standardConformingStrings);
            case "COMMENT":
            case "SECURITY":
                return commentOrLabel(text, standardConformingStrings);
            case "UPDATE":
                return updateCatalog(text);
            default:
                return OTHER;
        }
    }

    private static StatementClass alter(List<SqlToken> tokens) {
        SqlToken what = at(tokens, 1);
        if (what.isWord("SYSTEM")) {
            return new StatementClass(Category.CLUSTER_SETTING, null, null);
        }
        if (what.isWord("DEFAULT") && at(tokens, 2).isWord("PRIVILEGES")) {
            return new StatementClass(Category.PRIVILEGES, null, null);
        }
        if (what.isWord("TABLESPACE")) {
            return new StatementClass(Category.TABLESPACE, at(tokens, 2).name(), null);
        }
        if (what.isWord("ROLE") || what.isWord("USER")) {
            return alterRole(tokens);
        }
        if (what.isWord("GROUP")) {
            Category category = at(tokens, 3).isWord("ADD") || at(tokens, 3).isWord("DROP")
                    ? Category.MEMBERSHIP
                    : Category.ALTER_ROLE;
            return new StatementClass(category, at(tokens, 2).name(), null);
        }
        boolean ownership = ownerTo(tokens) >= 0;
        if (what.isWord("DATABASE")) {
            String database = at(tokens, 2).name();
            if (ownership) {
                return new StatementClass(Category.OWNERSHIP, null, database);
            }
            int option = at(tokens, 3).isWord("WITH") ? 4 : 3;
            SqlToken word = at(tokens, option);
            boolean flag = word.isWord("IS_TEMPLATE")
                    || word.isWord("ALLOW_CONNECTIONS")
                    || word.isWord("RENAME")
                    || (word.isWord("SET") && at(tokens, option + 1).isWord("TABLESPACE"));
            return new StatementClass(flag ? Category.DATABASE_FLAGS : Category.DATABASE_PROPERTY, null, database);
        }
        return ownership ? new StatementClass(Category.OWNERSHIP, null, null) : OTHER;
    }

    private static StatementClass alterRole(List<SqlToken> tokens) {
        String role = at(tokens, 2).name();
        int next = 3;
        String database = null;
        if (at(tokens, 3).isWord("IN") && at(tokens, 4).isWord("DATABASE")) {
            database = at(tokens, 5).name();
            next = 6;
        }
        if (at(tokens, next).isWord("SET") || at(tokens, next).isWord("RESET") || database != null) {
            return new StatementClass(Category.ROLE_SETTING, role, database);
        }
        return new StatementClass(Category.ALTER_ROLE, role, null);
    }

    /** The index of a top-level {@code OWNER} in {@code OWNER TO}, or -1 ({@code RENAME COLUMN owner TO x} is not). */
    static int ownerTo(List<SqlToken> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            SqlToken token = tokens.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && token.isWord("OWNER") && tokens.get(i + 1).isWord("TO")) {
                SqlToken before = at(tokens, i - 1);
                if (!before.isWord("RENAME")
                        && !before.isWord("COLUMN")
                        && !before.isWord("CONSTRAINT")
                        && !before.isWord("ATTRIBUTE")) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static StatementClass grant(List<SqlToken> tokens) {
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0) {
                continue;
            } else if (token.isWord("ON")) {
                SqlToken kind = at(tokens, i + 1);
                if (kind.isWord("DATABASE")) {
                    return new StatementClass(
                            Category.PRIVILEGES, null, at(tokens, i + 2).name());
                }
                if (kind.isWord("TABLESPACE")) {
                    return new StatementClass(
                            Category.TABLESPACE, at(tokens, i + 2).name(), null);
                }
                if (kind.isWord("PARAMETER")) {
                    return new StatementClass(Category.CLUSTER_SETTING, null, null);
                }
                return new StatementClass(Category.PRIVILEGES, null, null);
            } else if (token.isWord("TO") || token.isWord("FROM")) {
                break;
            }
        }
        return new StatementClass(Category.MEMBERSHIP, null, null);
    }

    private static StatementClass set(String text, boolean standardConformingStrings) {
        if (SESSION_ROLE.matcher(text).find()) {
            return new StatementClass(Category.SESSION_AUTHORIZATION, null, null);
        }
        if (!SET_DEFAULT_TABLESPACE.matcher(text).find()) {
            return OTHER;
        }
        List<SqlToken> tokens = tokens(text, standardConformingStrings);
        int name = at(tokens, 1).isWord("SESSION") || at(tokens, 1).isWord("LOCAL") ? 2 : 1;
        int value = at(tokens, name + 1).isSymbol('=') || at(tokens, name + 1).isWord("TO") ? name + 2 : name + 1;
        SqlToken token = at(tokens, value);
        String tablespace = token.name();
        if (tablespace == null || tablespace.isEmpty() || token.isWord("DEFAULT")) {
            return OTHER;
        }
        return new StatementClass(Category.DEFAULT_TABLESPACE, tablespace, null);
    }

    private static StatementClass createOrDrop(String first, String text, boolean standardConformingStrings) {
        Matcher words = LEADING_WORDS.matcher(text);
        String lead = words.find() ? words.group().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
        String[] parts = lead.split(" ");
        String kind = parts.length > 1 ? parts[1] : "";
        boolean mapping = parts.length > 2 && parts[2].equals("MAPPING");
        if (!List.of("ROLE", "USER", "GROUP", "DATABASE", "TABLESPACE", "EXTENSION")
                        .contains(kind)
                || mapping) {
            return OTHER;
        }
        List<SqlToken> tokens = tokens(text, standardConformingStrings);
        int nameIndex = 2;
        if (at(tokens, 2).isWord("IF")) {
            nameIndex = at(tokens, 3).isWord("NOT") ? 5 : 4;
        }
        String name = at(tokens, nameIndex).name();
        boolean create = first.equals("CREATE");
        switch (kind) {
            case "DATABASE":
                return new StatementClass(Category.DATABASE_LIFECYCLE, null, name);
            case "TABLESPACE":
                return new StatementClass(Category.TABLESPACE, name, null);
            case "EXTENSION":
                return create ? new StatementClass(Category.EXTENSION, name, null) : OTHER;
            default:
                return new StatementClass(create ? Category.CREATE_ROLE : Category.DROP_ROLE, name, null);
        }
    }

    private static StatementClass commentOrLabel(String text, boolean standardConformingStrings) {
        List<SqlToken> tokens = tokens(text, standardConformingStrings);
        int on = tokens.get(0).isWord("COMMENT") ? 1 : -1;
        if (tokens.get(0).isWord("SECURITY") && at(tokens, 1).isWord("LABEL")) {
            on = at(tokens, 2).isWord("FOR") ? 4 : 2;
        }
        if (on < 0 || !at(tokens, on).isWord("ON")) {
            return OTHER;
        }
        SqlToken kind = at(tokens, on + 1);
        String name = at(tokens, on + 2).name();
        if (kind.isWord("ROLE")) {
            return new StatementClass(Category.ROLE_COMMENT, name, null);
        }
        if (kind.isWord("DATABASE")) {
            return new StatementClass(Category.DATABASE_PROPERTY, null, name);
        }
        if (kind.isWord("TABLESPACE")) {
            return new StatementClass(Category.TABLESPACE, name, null);
        }
        return OTHER;
    }

    private static StatementClass updateCatalog(String text) {
        if (!UPDATE_PG_DATABASE.matcher(text).find()) {
            return OTHER;
        }
        Matcher datname = DATNAME.matcher(text);
        String database = datname.find() ? datname.group(1).replace("''", "'") : null;
        return new StatementClass(Category.DATABASE_LIFECYCLE, null, database);
    }

    private static List<SqlToken> tokens(String text, boolean standardConformingStrings) {
        return SqlLexer.tokens(text, standardConformingStrings);
    }

    private static final SqlToken NOTHING = new SqlToken(SqlToken.Kind.SYMBOL, "", -1);

    private static SqlToken at(List<SqlToken> tokens, int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : NOTHING;
    }
}
