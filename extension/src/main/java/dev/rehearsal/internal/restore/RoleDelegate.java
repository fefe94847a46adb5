package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The role statements of a plain-script restore on a confined embedded server of PostgreSQL 15 or older. There a role
 * with {@code CREATEROLE} may grant membership in any non-superuser role, predefined ones included
 * ({@code pg_execute_server_program}, {@code pg_write_server_files}, …), so the restoring user has no CREATEROLE (16+
 * asks for {@code ADMIN OPTION} to grant a role: there it keeps CREATEROLE and nothing here runs). What a restore
 * legitimately does with roles runs on the server's administrator connection instead, only in these shapes (parsed
 * with {@link SqlLexer}) and after these checks:
 *
 * <ul>
 *   <li>{@code CREATE ROLE|USER|GROUP name [WITH] option…} and {@code ALTER ROLE|USER name [WITH] option…} of a role
 *       this restore created (the {@link StatementPolicy} skips the others), where every option is one of
 *       {@code LOGIN NOLOGIN INHERIT NOINHERIT CREATEDB NOCREATEDB NOCREATEROLE NOSUPERUSER NOREPLICATION NOBYPASSRLS},
 *       {@code CONNECTION LIMIT n}, {@code [ENCRYPTED] PASSWORD 'p'|NULL}, {@code VALID UNTIL 't'};
 *   <li>{@code COMMENT ON ROLE name IS 'text'|NULL} of a role this restore created;
 *   <li>{@code GRANT role, … TO role, … [WITH ADMIN OPTION] [GRANTED BY role]} where every granted role was created by
 *       this restore and every member too (or is the restoring user). When the roles all existed before the restore
 *       (an earlier restore of the same cluster dump made them), the grant is skipped with a note: a role that existed
 *       is never changed;
 *   <li>{@code ALTER ROLE name IN DATABASE <restored> SET|RESET …} of a role that reaches nothing outside (see {@link
 *       OwnershipDelegate#unsafe}) for a parameter the restoring user may set itself (context {@code user}, or
 *       granted {@code SET} on PostgreSQL 15): it only applies in the database the restore created.
 * </ul>
 *
 * Anything else, and every statement inside a transaction the script opened, runs on the restoring session as it is,
 * where PostgreSQL refuses it (SQLSTATE 42501): {@code SUPERUSER}, {@code REPLICATION}, {@code BYPASSRLS} and
 * {@code CREATEROLE} are thus refused, never dropped, as is a grant of a predefined role, of a superuser or of a
 * member of one, and {@code CREATE ROLE … IN ROLE|ROLE|ADMIN …}. The refusal names the statement, file and line and
 * the opt-in {@code rehearsal.embedded.superuser=true}.
 *
 * <p>Not thread-safe: one per restoring session. Internal, not API.
 */
final class RoleDelegate {

    private static final Set<String> FLAGS = Set.of(
            "LOGIN",
            "NOLOGIN",
            "INHERIT",
            "NOINHERIT",
            "CREATEDB",
            "NOCREATEDB",
            "NOCREATEROLE",
            "NOSUPERUSER",
            "NOREPLICATION",
            "NOBYPASSRLS");

    private final OwnershipDelegate ownership;
    private final StatementPolicy policy;
    private final String restorer;
    private final String database;
    private final int major;

    RoleDelegate(OwnershipDelegate ownership, StatementPolicy policy, String restorer, String database, int major) {
        this.ownership = ownership;
        this.policy = policy;
        this.restorer = restorer;
        this.database = database;
        this.major = major;
    }

    /** What became of a statement. */
    enum Outcome {
        /** Ran on the administrator connection. */
        DELEGATED,
        /** Not run, a note says why. */
        SKIPPED,
        /** Not this class's: run it on the restoring session as it is. */
        CONFINED
    }

    /**
     * Runs {@code sql} (of class {@code type}) on the administrator connection when it is one of the delegated shapes
     * and passes the checks; a {@code CREATE ROLE} that finds the role there already reports it to the policy.
     */
    Outcome execute(Connection confined, String sql, StatementClass type, int line, boolean standardConformingStrings)
            throws SQLException {
        if (!ownership.delegatesRoles() || OwnershipDelegate.inTransaction(confined)) {
            return Outcome.CONFINED;
        }
        List<SqlToken> tokens = withoutSemicolon(SqlLexer.tokens(sql, standardConformingStrings));
        switch (type.category()) {
            case CREATE_ROLE:
                if (at(tokens, 1).isWord("ROLE")
                        || at(tokens, 1).isWord("USER")
                        || at(tokens, 1).isWord("GROUP")) {
                    SqlToken name = at(tokens, 2);
                    if (OwnershipDelegate.isRoleName(name) && options(tokens, 3)) {
                        try {
                            run(sql);
                            policy.roleCreated(name.name());
                        } catch (SQLException e) {
                            if (!Roles.isDuplicate(e)) {
                                throw e;
                            }
                            policy.roleExisted(name.name(), line);
                        }
                        return Outcome.DELEGATED;
                    }
                }
                return Outcome.CONFINED;
            case ALTER_ROLE:
                return policy.created(type.name())
                                && (at(tokens, 1).isWord("ROLE")
                                        || at(tokens, 1).isWord("USER"))
                                && OwnershipDelegate.isRoleName(at(tokens, 2))
                                && options(tokens, 3)
                        ? delegated(sql)
                        : Outcome.CONFINED;
            case ROLE_COMMENT:
                return policy.created(type.name())
                                && tokens.size() == 6
                                && at(tokens, 0).isWord("COMMENT")
                                && at(tokens, 1).isWord("ON")
                                && at(tokens, 2).isWord("ROLE")
                                && OwnershipDelegate.isRoleName(at(tokens, 3))
                                && at(tokens, 4).isWord("IS")
                                && (at(tokens, 5).kind() == SqlToken.Kind.STRING
                                        || at(tokens, 5).isWord("NULL"))
                        ? delegated(sql)
                        : Outcome.CONFINED;
            case MEMBERSHIP:
                return membership(sql, tokens, line);
            case ROLE_SETTING:
                return roleSetting(sql, tokens, type);
            default:
                return Outcome.CONFINED;
        }
    }

    private Outcome delegated(String sql) throws SQLException {
        run(sql);
        return Outcome.DELEGATED;
    }

    private void run(String sql) throws SQLException {
        synchronized (Roles.LOCK) {
            try (Statement statement = ownership.administrator().orElseThrow().createStatement()) {
                statement.setEscapeProcessing(false);
                OwnershipDelegate.run(statement, sql);
            }
        }
    }

    /** Whether {@code tokens} from {@code from} on are {@code [WITH] option…}, every option a harmless one. */
    private static boolean options(List<SqlToken> tokens, int from) {
        int i = at(tokens, from).isWord("WITH") ? from + 1 : from;
        while (i < tokens.size()) {
            SqlToken token = tokens.get(i);
            if (token.kind() == SqlToken.Kind.WORD
                    && FLAGS.contains(token.text().toUpperCase(java.util.Locale.ROOT))) {
                i++;
            } else if (token.isWord("CONNECTION") && at(tokens, i + 1).isWord("LIMIT")) {
                int value = at(tokens, i + 2).isSymbol('-') ? i + 3 : i + 2;
                if (at(tokens, value).kind() != SqlToken.Kind.NUMBER) {
                    return false;
                }
                i = value + 1;
            } else if (token.isWord("PASSWORD")
                    || (token.isWord("ENCRYPTED") && at(tokens, i + 1).isWord("PASSWORD"))) {
                int value = token.isWord("ENCRYPTED") ? i + 2 : i + 1;
                SqlToken password = at(tokens, value);
                if (password.kind() != SqlToken.Kind.STRING && !password.isWord("NULL")) {
                    return false;
                }
                i = value + 1;
            } else if (token.isWord("VALID") && at(tokens, i + 1).isWord("UNTIL")) {
                if (at(tokens, i + 2).kind() != SqlToken.Kind.STRING) {
                    return false;
                }
                i += 3;
            } else {
                return false;
            }
        }
        return true;
    }

    /** {@code GRANT role, … TO role, … [WITH ADMIN OPTION] [GRANTED BY role]}. */
    private Outcome membership(String sql, List<SqlToken> tokens, int line) throws SQLException {
        if (!at(tokens, 0).isWord("GRANT")) {
            return Outcome.CONFINED;
        }
        List<String> granted = new ArrayList<>();
        int i = names(tokens, 1, granted);
        if (i < 0 || !at(tokens, i).isWord("TO")) {
            return Outcome.CONFINED;
        }
        List<String> members = new ArrayList<>();
        i = names(tokens, i + 1, members);
        if (i < 0) {
            return Outcome.CONFINED;
        }
        if (at(tokens, i).isWord("WITH")
                && at(tokens, i + 1).isWord("ADMIN")
                && at(tokens, i + 2).isWord("OPTION")) {
            i += 3;
        }
        if (at(tokens, i).isWord("GRANTED") && at(tokens, i + 1).isWord("BY")) {
            if (!OwnershipDelegate.isRoleName(at(tokens, i + 2))) {
                return Outcome.CONFINED;
            }
            i += 3;
        }
        if (i != tokens.size()) {
            return Outcome.CONFINED;
        }
        boolean allCreated = true;
        List<String> existing = new ArrayList<>();
        for (String role : granted) {
            if (!policy.created(role)) {
                if (ownership.unsafe(role).isPresent() || role.startsWith("pg_")) {
                    return Outcome.CONFINED; // PostgreSQL refuses it: the restoring user has no CREATEROLE
                }
                allCreated = false;
                existing.add(role);
            }
        }
        for (String role : members) {
            if (!policy.created(role) && !role.equals(restorer)) {
                if (ownership.unsafe(role).isPresent()) {
                    return Outcome.CONFINED;
                }
                allCreated = false;
                existing.add(role);
            }
        }
        if (allCreated) {
            return delegated(sql);
        }
        policy.notes()
                .add(
                        "membership:" + sql,
                        line,
                        "role membership not granted: " + String.join(", ", existing) + " existed before this restore"
                                + " and is left as it is (" + StatementPolicy.oneLine(sql) + ")");
        return Outcome.SKIPPED;
    }

    /** Role names separated by commas from {@code from}; the index after the last, or -1. */
    private static int names(List<SqlToken> tokens, int from, List<String> names) {
        int i = from;
        while (true) {
            SqlToken name = at(tokens, i);
            if (!OwnershipDelegate.isRoleName(name) || name.isWord("PUBLIC") || name.isWord("GROUP")) {
                return -1;
            }
            names.add(name.name());
            i++;
            if (!at(tokens, i).isSymbol(',')) {
                return i;
            }
            i++;
        }
    }

    /** {@code ALTER ROLE name IN DATABASE <restored> SET name {TO|=} value | RESET name | RESET ALL}. */
    private Outcome roleSetting(String sql, List<SqlToken> tokens, StatementClass type) throws SQLException {
        String role = type.name();
        if (role == null
                || role.equals(restorer)
                || !OwnershipDelegate.isRoleName(at(tokens, 2))
                || !at(tokens, 3).isWord("IN")
                || !at(tokens, 4).isWord("DATABASE")
                || !database.equals(at(tokens, 5).name())
                || ownership.unsafe(role).isPresent()) {
            return Outcome.CONFINED; // the restoring user's own settings, or refused by PostgreSQL
        }
        boolean set = at(tokens, 6).isWord("SET");
        if (!set && !at(tokens, 6).isWord("RESET")) {
            return Outcome.CONFINED;
        }
        if (!set && at(tokens, 7).isWord("ALL") && tokens.size() == 8) {
            return delegated(sql);
        }
        StringBuilder name = new StringBuilder();
        int i = 7;
        while (true) {
            SqlToken part = at(tokens, i);
            if (part.kind() != SqlToken.Kind.WORD && part.kind() != SqlToken.Kind.QUOTED_IDENTIFIER) {
                return Outcome.CONFINED;
            }
            name.append(part.name());
            i++;
            if (!at(tokens, i).isSymbol('.')) {
                break;
            }
            name.append('.');
            i++;
        }
        if (set && !(at(tokens, i).isWord("TO") || at(tokens, i).isSymbol('='))) {
            return Outcome.CONFINED; // SET … FROM CURRENT would take the administrator's value
        }
        if (!set && i != tokens.size()) {
            return Outcome.CONFINED;
        }
        return settable(name.toString()) ? delegated(sql) : Outcome.CONFINED;
    }

    /** Whether the restoring user may set parameter {@code name} itself (so the administrator adds no privilege). */
    private boolean settable(String name) throws SQLException {
        String sql = "SELECT s.context = 'user'"
                + (major >= 15 ? " OR pg_catalog.has_parameter_privilege(?, s.name, 'SET')" : "")
                + " FROM pg_catalog.pg_settings s WHERE s.name = ?";
        try (PreparedStatement query = ownership.administrator().orElseThrow().prepareStatement(sql)) {
            int at = 1;
            if (major >= 15) {
                query.setString(at++, restorer);
            }
            query.setString(at, name.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return name.contains("."); // a placeholder (an extension's or application's own setting)
                }
                return row.getBoolean(1);
            }
        }
    }

    private static List<SqlToken> withoutSemicolon(List<SqlToken> tokens) {
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).isSymbol(';')) {
            end--;
        }
        return tokens.subList(0, end);
    }

    private static SqlToken at(List<SqlToken> tokens, int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : new SqlToken(SqlToken.Kind.SYMBOL, "", -1);
    }
}
