package dev.rehearsal.internal.restore;

import dev.rehearsal.RoleHandling;
import dev.rehearsal.internal.restore.StatementClass.Category;
import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlStatement;
import dev.rehearsal.internal.sql.SqlToken;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides, statement by statement, what a restore sends to the server: as written, changed, or not at all (with a
 * {@link RestoreNotes note} saying why). The rules, for every fixture:
 *
 * <ul>
 *   <li>Tablespaces are not created ({@code CREATE TABLESPACE} needs a directory on the database server and is
 *       cluster-wide): tablespace statements are skipped and {@code SET default_tablespace = ts} becomes
 *       {@code SET default_tablespace = ''}, so the objects land in the default tablespace (like
 *       {@code pg_restore --no-tablespaces}).
 *   <li>Cluster-wide settings are not applied: {@code ALTER SYSTEM}, {@code GRANT … ON PARAMETER}, and role
 *       settings that are not tied to the restored database ({@code ALTER ROLE r SET …}); they would change every
 *       database of the shared server. {@code ALTER ROLE r IN DATABASE <restored> SET …} is applied to the target.
 *   <li>Roles are never dropped, and a role that already existed is never changed: {@code CREATE ROLE} of an
 *       existing role is a no-op (pg_dumpall scripts always contain one for the bootstrap superuser), and
 *       {@code ALTER ROLE} (attributes, password) and {@code COMMENT ON ROLE} run only for roles this restore
 *       created. So a fresh cluster's outcome is reproduced for every role the server lacked, while the bootstrap
 *       superuser, the connecting user, and roles made by people or by earlier restores keep their attributes.
 *   <li>With {@link RoleHandling#SKIP}: ownership and privileges are not restored ({@code ALTER … OWNER TO},
 *       {@code GRANT}/{@code REVOKE}, {@code ALTER DEFAULT PRIVILEGES}, {@code SET|RESET ROLE},
 *       {@code SET|RESET SESSION AUTHORIZATION}), and no role statement runs — like
 *       {@code pg_restore --no-owner --no-privileges}; every object belongs to the restoring user.
 *   <li>The database the script stands for ({@code CREATE DATABASE}d and {@code \connect}ed to in a pg_dump
 *       {@code -C} script, or the chosen database of a cluster dump) is the target: its {@code CREATE/DROP
 *       DATABASE} and {@code UPDATE pg_catalog.pg_database} are skipped, its template and connection flags are
 *       left to Rehearsal, and its other database-level statements ({@code ALTER DATABASE … SET},
 *       {@code COMMENT ON DATABASE}, {@code GRANT … ON DATABASE}, {@code ALTER DATABASE … OWNER TO}) are pointed
 *       at the target.
 *   <li>In a pg_dumpall cluster dump, the statements of every other database are skipped (the sections after a
 *       {@code \connect} to it, and statements naming it).
 * </ul>
 *
 * <p>{@link #verbatim} policies (a runbook's own SQL, {@code RestoredDatabase.runScript}) send everything as written,
 * except the {@code -C} database handling.
 *
 * <p>Not thread-safe (tracks the roles a restore created). Internal, not API.
 */
final class StatementPolicy {

    /** What to do with one statement. */
    enum Action {
        /** Send {@link Decision#text()}. */
        RUN,
        /** Send nothing. */
        SKIP,
        /** Send {@code CREATE ROLE}; an existing role makes it a no-op. */
        CREATE_ROLE
    }

    /** The decision for one statement: the text to send (possibly changed) when it runs. */
    record Decision(Action action, String text) {}

    private final boolean verbatim;
    private final RoleHandling roles;
    private final String clusterDatabase;
    private final Set<String> aliases;
    private final String target;
    private final RestoreNotes notes;
    private final Set<String> createdRoles = new java.util.HashSet<>();

    private StatementPolicy(
            boolean verbatim,
            RoleHandling roles,
            String clusterDatabase,
            Set<String> aliases,
            String target,
            RestoreNotes notes) {
        this.verbatim = verbatim;
        this.roles = roles;
        this.clusterDatabase = clusterDatabase;
        this.aliases = aliases;
        this.target = target;
        this.notes = notes;
    }

    /** Everything as written; database {@code aliases} (pg_dump {@code -C}) stand for {@code target}. */
    static StatementPolicy verbatim(Set<String> aliases, String target) {
        return new StatementPolicy(true, RoleHandling.CREATE_MISSING, null, aliases, target, new RestoreNotes());
    }

    /**
     * A fixture restore into {@code target}.
     *
     * @param clusterDatabase for a pg_dumpall cluster dump, the database of it being restored; null otherwise
     * @param aliases database names that stand for the target (the cluster database, or pg_dump {@code -C}'s)
     */
    static StatementPolicy restore(
            RoleHandling roles, String clusterDatabase, Set<String> aliases, String target, RestoreNotes notes) {
        Objects.requireNonNull(roles, "roles");
        return new StatementPolicy(false, roles, clusterDatabase, aliases, target, notes);
    }

    RestoreNotes notes() {
        return notes;
    }

    /**
     * Whether statements of this class can run at all under {@code roles}, wherever they are in a restored
     * fixture: the scan collects the roles and extensions a restore needs only from those. (Database-level
     * statements count as able to run; they name no role of their own except {@code OWNER TO}, which is
     * {@link Category#OWNERSHIP}.)
     */
    static boolean mayRun(StatementClass statement, RoleHandling roles) {
        return switch (statement.category()) {
            case OWNERSHIP, PRIVILEGES, SESSION_AUTHORIZATION, MEMBERSHIP, CREATE_ROLE, ALTER_ROLE, ROLE_COMMENT ->
                roles != RoleHandling.SKIP;
            case ROLE_SETTING -> roles != RoleHandling.SKIP && statement.database() != null;
            case DROP_ROLE, TABLESPACE, CLUSTER_SETTING -> false;
            case DEFAULT_TABLESPACE, DATABASE_LIFECYCLE, DATABASE_FLAGS, DATABASE_PROPERTY, EXTENSION, OTHER -> true;
        };
    }

    /**
     * The section of a cluster dump a statement belongs to: the database it names, else the database the script
     * is connected to ({@code current}, null before the first {@code \connect}).
     */
    static String section(StatementClass statement, String current) {
        return statement.database() != null ? statement.database() : current;
    }

    /** Records that this restore's {@code CREATE ROLE name} succeeded. */
    void roleCreated(String name) {
        createdRoles.add(name);
    }

    /** Whether this restore created the role {@code name} (its {@code CREATE ROLE}, or a role a dump refers to). */
    boolean created(String name) {
        return createdRoles.contains(name);
    }

    /** Records that {@code CREATE ROLE name} found the role already there. */
    void roleExisted(String name, int line) {
        notes.add(
                "role:" + name,
                line,
                "role " + name + " already exists on the server: left as it is (attributes, password, comment)");
    }

    /** What to do with {@code sql}, of class {@code statement}, met while connected to {@code current}. */
    Decision decide(SqlStatement sql, StatementClass statement, String current, boolean standardConformingStrings) {
        Category category = statement.category();
        if (!verbatim && clusterDatabase != null) {
            String section = section(statement, current);
            if (section != null && !section.equals(clusterDatabase)) {
                return skip(
                        "database:" + section,
                        sql,
                        "database " + section + " of the cluster dump is not restored (the test gets " + clusterDatabase
                                + ")");
            }
        }
        boolean targetDatabase = statement.database() != null && aliases.contains(statement.database());
        if (category == Category.DATABASE_LIFECYCLE && targetDatabase) {
            return new Decision(Action.SKIP, sql.text());
        }
        if (verbatim) {
            return run(sql, standardConformingStrings);
        }
        boolean skipRoles = roles == RoleHandling.SKIP;
        switch (category) {
            case OWNERSHIP, PRIVILEGES, SESSION_AUTHORIZATION, MEMBERSHIP:
                if (skipRoles) {
                    return skip("roles=SKIP", sql, "ownership and privileges are not restored (roles = SKIP)");
                }
                break;
            case CREATE_ROLE:
                return skipRoles
                        ? skip("roles=SKIP:create", sql, "roles are not created or changed (roles = SKIP)")
                        : new Decision(Action.CREATE_ROLE, sql.text());
            case ALTER_ROLE, ROLE_COMMENT:
                if (skipRoles) {
                    return skip("roles=SKIP:create", sql, "roles are not created or changed (roles = SKIP)");
                }
                if (!createdRoles.contains(statement.name())) {
                    return skip(
                            "role:" + statement.name(),
                            sql,
                            "role " + statement.name() + " already exists on the server: left as it is"
                                    + " (attributes, password, comment)");
                }
                if (category == Category.ALTER_ROLE) {
                    return new Decision(Action.RUN, withoutDefaultNegations(sql.text(), standardConformingStrings));
                }
                break;
            case ROLE_SETTING:
                if (skipRoles) {
                    return skip("roles=SKIP:create", sql, "roles are not created or changed (roles = SKIP)");
                }
                if (!targetDatabase) {
                    return skip(
                            "setting:" + sql.text(),
                            sql,
                            "role setting not applied ("
                                    + (statement.database() == null
                                            ? "it would apply to the whole shared server"
                                            : "it is for database " + statement.database() + ", not the restored one")
                                    + "): " + oneLine(sql.text()));
                }
                break;
            case DROP_ROLE:
                return skip("drop-role:" + sql.text(), sql, "roles are never dropped: " + oneLine(sql.text()));
            case TABLESPACE, DEFAULT_TABLESPACE:
                String note = "tablespace " + statement.name() + " is not created; what the dump places in it goes"
                        + " to the default tablespace";
                notes.add("tablespace:" + statement.name(), sql.line(), note);
                return category == Category.TABLESPACE
                        ? new Decision(Action.SKIP, sql.text())
                        : new Decision(Action.RUN, "SET default_tablespace = '';");
            case CLUSTER_SETTING:
                return skip("cluster:" + sql.text(), sql, "cluster-wide setting not applied: " + oneLine(sql.text()));
            case DATABASE_LIFECYCLE, DATABASE_FLAGS:
                if (targetDatabase || clusterDatabase != null) {
                    return skip(
                            "flags:" + sql.text(),
                            sql,
                            "not applied, Rehearsal manages its databases' creation and template and connection"
                                    + " flags: " + oneLine(sql.text()));
                }
                break;
            default:
                break;
        }
        return run(sql, standardConformingStrings);
    }

    /**
     * {@code ALTER ROLE r WITH NOSUPERUSER … NOREPLICATION NOBYPASSRLS …} (every pg_dumpall role) without those three
     * words: for a role this restore created they change nothing (a role is created without these attributes), and
     * PostgreSQL 16+ lets only a superuser even name them, so a confined restore could not run the statement. The
     * attributes themselves ({@code SUPERUSER}, …) stay and are refused by a confined server.
     */
    static String withoutDefaultNegations(String text, boolean standardConformingStrings) {
        StringBuilder result = new StringBuilder(text);
        List<SqlToken> tokens = SqlLexer.tokens(text, standardConformingStrings);
        for (int i = tokens.size() - 1; i >= 2; i--) {
            SqlToken token = tokens.get(i);
            if (token.isWord("NOSUPERUSER") || token.isWord("NOREPLICATION") || token.isWord("NOBYPASSRLS")) {
                int end = token.start() + token.text().length();
                while (end < result.length() && result.charAt(end) == ' ') {
                    end++;
                }
                result.delete(token.start(), end);
            }
        }
        return result.toString();
    }

    private Decision run(SqlStatement sql, boolean standardConformingStrings) {
        if (aliases.isEmpty()) {
            return new Decision(Action.RUN, sql.text());
        }
        return new Decision(
                Action.RUN, ScriptStatements.renameDatabase(sql.text(), standardConformingStrings, aliases, target));
    }

    private Decision skip(String key, SqlStatement sql, String note) {
        notes.add(key, sql.line(), note);
        return new Decision(Action.SKIP, sql.text());
    }

    /** The first line of a statement, at most 120 characters, for notes. */
    static String oneLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end) + " …";
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
