package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Restores a backup's ownership while the restore itself runs confined. The confined embedded server (and the
 * testcontainers provider's container) restores as an ordinary role, so that PostgreSQL itself refuses what reaches
 * outside the restored database; but two things every pg_dump writes need more than that role has, only to say who
 * owns or authored an object <em>inside</em> it:
 *
 * <ul>
 *   <li>{@code ALTER … OWNER TO role}: PostgreSQL lets an ordinary owner give an object away only to a role that has
 *       {@code CREATE} on its schema (PostgreSQL 15's {@code public} grants it to nobody) and, before 16, of which it
 *       is a member. Such a statement runs on the server's administrator connection to the same database, after two
 *       checks: the role is {@linkplain #check allowed} (not a superuser, no replication or RLS bypass, on PostgreSQL
 *       15 and older no CREATEROLE, not a member of a superuser, of a predefined {@code pg_*} role or (15 and older)
 *       of a CREATEROLE role), and the restoring user owns the object now (the same
 *       statement with {@code OWNER TO CURRENT_USER} runs on the restoring session and is rolled back: PostgreSQL's
 *       own ownership check). The administrator searches exactly the schemas the restoring session does
 *       ({@code current_schemas(true)}), so both name the same object. The restoring user is then made a member of
 *       the role if it is not one yet (PostgreSQL 15 and older), so that migrations may still change the object.
 *   <li>{@code SET SESSION AUTHORIZATION role} (pg_dump {@code --use-set-session-authorization}, and the ACLs of
 *       objects whose grantor is not their owner): only a superuser may, so the restoring session runs {@code SET
 *       ROLE role} instead (the role {@linkplain #check allowed}, made a member first if the restoring user is not one
 *       yet: PostgreSQL 16+ already makes it one of every role it creates), and {@code RESET SESSION AUTHORIZATION}
 *       becomes {@code RESET ROLE}. Objects and grants made meanwhile belong to, and are granted by, that role, as
 *       with the superuser's session authorization; a {@code RESET ROLE} only returns to the confined user.
 * </ul>
 *
 * Everything else runs with the restoring user's privileges, so what truly needs a superuser (event triggers,
 * {@code LEAKPROOF}, untrusted languages) is refused by the server. Statements inside a transaction the script opened
 * are not delegated (the administrator could not see what the transaction made): they run as they are.
 *
 * <p>On PostgreSQL 15 and older the restoring user has no CREATEROLE (it could grant itself any predefined role);
 * the role statements a restore needs run on the same administrator connection, through {@link RoleDelegate}.
 *
 * <p>Without an administrator connection (external servers, the embedded server or the container with the superuser
 * opt-in), every statement runs as it is.
 *
 * <p>Not thread-safe: one per restoring session. Internal, not API.
 */
public final class OwnershipDelegate implements AutoCloseable {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** Whether a role may own objects of, or author statements in, a restored database. */
    private static final String ROLE_CHECK = "SELECT r.rolsuper, r.rolreplication, r.rolbypassrls,"
            + " r.rolname LIKE 'pg\\_%',"
            + " (SELECT string_agg(p.rolname, ', ' ORDER BY p.rolname) FROM pg_catalog.pg_roles p"
            + "  WHERE p.oid <> r.oid AND (p.rolsuper OR (p.rolname LIKE 'pg\\_%' AND p.rolname <> 'pg_database_owner')"
            + "  OR (p.rolcreaterole AND ?)) AND pg_catalog.pg_has_role(r.oid, p.oid, 'MEMBER')),"
            + " r.rolcreaterole AND ?"
            + " FROM pg_catalog.pg_roles r WHERE r.rolname = ?";

    private final PostgresServer server;
    private final String database;
    private boolean looked;
    private Connection admin;
    private final Set<String> allowed = new HashSet<>();
    private final Set<String> members = new HashSet<>();

    private OwnershipDelegate(PostgresServer server, String database) {
        this.server = server;
        this.database = database;
    }

    /** The delegate of a restore into {@code database} of {@code server}; the administrator connects on first use. */
    public static OwnershipDelegate of(PostgresServer server, String database) {
        return new OwnershipDelegate(server, database);
    }

    /**
     * Runs {@code sql} on the restoring session {@code confined}: an {@code ALTER … OWNER TO role} on the
     * administrator connection after the checks, a {@code SET|RESET SESSION AUTHORIZATION} as {@code SET|RESET
     * ROLE}, anything else (and everything without an administrator) as it is.
     *
     * @throws SQLException the server's failure, or a refusal (SQLSTATE 42501) naming the role and why
     */
    public void execute(Connection confined, Statement statement, String sql, boolean standardConformingStrings)
            throws SQLException {
        String first = ScriptStatements.firstWord(sql);
        if ((first.equals("ALTER") || first.equals("SET") || first.equals("RESET"))
                && administrator().isPresent()
                && !inTransaction(confined)) {
            List<SqlToken> tokens = SqlLexer.tokens(sql, standardConformingStrings);
            if (first.equals("ALTER")) {
                int owner = StatementClass.ownerTo(tokens);
                SqlToken role = owner >= 0 && owner + 2 < tokens.size() ? tokens.get(owner + 2) : null;
                if (role != null && isRoleName(role) && endsAt(tokens, owner + 3)) {
                    alterOwner(confined, statement, sql, role);
                    return;
                }
            } else {
                int value = sessionAuthorization(tokens);
                if (value >= 0) {
                    setRole(confined, statement, value < tokens.size() ? tokens.get(value) : null, sql);
                    return;
                }
            }
        }
        run(statement, sql);
    }

    /** Whether nothing but a semicolon follows {@code index}. */
    private static boolean endsAt(List<SqlToken> tokens, int index) {
        return index == tokens.size()
                || (index == tokens.size() - 1 && tokens.get(index).isSymbol(';'));
    }

    static void run(Statement statement, String sql) throws SQLException {
        statement.execute(sql);
        while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
            // drain every result
        }
    }

    /** A role named by a word or quoted identifier that is not {@code CURRENT_USER} and the like. */
    static boolean isRoleName(SqlToken token) {
        if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
            return token.name() != null;
        }
        return token.kind() == SqlToken.Kind.WORD
                && !token.isWord("CURRENT_USER")
                && !token.isWord("SESSION_USER")
                && !token.isWord("CURRENT_ROLE");
    }

    private void alterOwner(Connection confined, Statement own, String sql, SqlToken role) throws SQLException {
        String name = role.name();
        if (name.equals(server.username())) {
            run(own, sql); // the restoring user itself: nothing to delegate
            return;
        }
        check(name, sql);
        String probe = sql.substring(0, role.start()) + "CURRENT_USER"
                + sql.substring(role.start() + role.text().length());
        String path;
        try (Statement statement = confined.createStatement()) {
            statement.execute("BEGIN");
            try {
                statement.execute(probe);
                try (ResultSet row = statement.executeQuery("SELECT pg_catalog.array_to_string(ARRAY("
                        + "SELECT pg_catalog.quote_ident(s) FROM pg_catalog.unnest(pg_catalog.current_schemas(true))"
                        + " s), ',')")) {
                    row.next();
                    path = row.getString(1);
                }
            } finally {
                statement.execute("ROLLBACK");
            }
        }
        Connection connection = administrator().orElseThrow();
        try (PreparedStatement set =
                connection.prepareStatement("SELECT pg_catalog.set_config('search_path', ?, false)")) {
            set.setString(1, path.isEmpty() ? "pg_catalog" : path);
            set.execute();
        }
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            run(statement, sql);
        }
        // so that migrations (as the restoring user) may still change the object, as on PostgreSQL 16+, where the
        // restoring user is a member of every role it creates
        becomeMember(confined, name);
    }

    /**
     * For {@code SET [SESSION] SESSION AUTHORIZATION value} the index of the value; for {@code RESET SESSION
     * AUTHORIZATION} the end (no value); -1 for anything else ({@code SET LOCAL SESSION AUTHORIZATION} runs as it is).
     */
    private static int sessionAuthorization(List<SqlToken> tokens) {
        int at = 1;
        if (tokens.get(0).isWord("SET")
                && at(tokens, 1).isWord("SESSION")
                && at(tokens, 2).isWord("SESSION")) {
            at = 2;
        }
        if (!at(tokens, at).isWord("SESSION") || !at(tokens, at + 1).isWord("AUTHORIZATION")) {
            return -1;
        }
        return tokens.get(0).isWord("RESET") ? tokens.size() : at + 2;
    }

    private static SqlToken at(List<SqlToken> tokens, int index) {
        return index < tokens.size() ? tokens.get(index) : new SqlToken(SqlToken.Kind.SYMBOL, "", -1);
    }

    private void setRole(Connection confined, Statement statement, SqlToken role, String sql) throws SQLException {
        if (role == null || role.isWord("DEFAULT") || role.isSymbol(';')) {
            run(statement, "RESET ROLE");
            return;
        }
        String name = role.name();
        if (name == null) {
            run(statement, sql); // not a role name: let the server say what is wrong
            return;
        }
        if (!name.equals(server.username())) {
            check(name, sql);
            becomeMember(confined, name);
        }
        run(statement, "SET ROLE " + Roles.quoteIdentifier(name));
    }

    /**
     * Makes the restoring user a member of {@code role} unless it is one (PostgreSQL 15 and older: 16+ makes it a
     * member of every role it creates, {@code createrole_self_grant}).
     */
    private void becomeMember(Connection confined, String role) throws SQLException {
        if (!members.add(role)) {
            return;
        }
        try (PreparedStatement query = confined.prepareStatement(
                "SELECT pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER') FROM pg_catalog.pg_roles r"
                        + " WHERE r.rolname = ?")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getBoolean(1)) {
                    return; // missing (the SET ROLE says so) or a member already
                }
            }
        }
        try (Statement statement = administrator().orElseThrow().createStatement()) {
            statement.execute(
                    "GRANT " + Roles.quoteIdentifier(role) + " TO " + Roles.quoteIdentifier(server.username()));
        }
    }

    /**
     * Refuses {@code role} unless it may own objects of a restored database: see {@link #unsafe}. A role that does not exist passes (the statement then fails on the server).
     */
    private void check(String role, String sql) throws SQLException {
        if (allowed.contains(role)) {
            return;
        }
        Optional<String> why = unsafe(role);
        if (why.isPresent()) {
            throw new SQLException(
                    "Rehearsal does not give objects of a restored database to " + role + ", or act as it: it is "
                            + why.get() + ", which reaches outside the database ("
                            + StatementPolicy.oneLine(sql.strip())
                            + ")",
                    INSUFFICIENT_PRIVILEGE);
        }
        allowed.add(role);
    }

    /**
     * Why {@code role} reaches outside a restored database, if it does: a superuser, REPLICATION, BYPASSRLS, a
     * predefined {@code pg_*} role, (PostgreSQL 15 and older, where it may grant itself any predefined role)
     * CREATEROLE, or a member of a role that is one of these (pg_database_owner aside). Empty for a role that does
     * not exist. Needs the administrator connection.
     */
    Optional<String> unsafe(String role) throws SQLException {
        boolean upTo15 = server.majorVersion() <= 15;
        try (PreparedStatement query = administrator().orElseThrow().prepareStatement(ROLE_CHECK)) {
            query.setBoolean(1, upTo15);
            query.setBoolean(2, upTo15);
            query.setString(3, role);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String why = row.getBoolean(1)
                        ? "a superuser"
                        : row.getBoolean(2)
                                ? "a role with REPLICATION"
                                : row.getBoolean(3)
                                        ? "a role with BYPASSRLS"
                                        : row.getBoolean(4)
                                                ? "a predefined role"
                                                : row.getString(5) != null
                                                        ? "a member of " + row.getString(5)
                                                        : row.getBoolean(6)
                                                                ? "a role with CREATEROLE (on PostgreSQL "
                                                                        + server.majorVersion()
                                                                        + " it may grant itself any predefined role)"
                                                                : null;
                return Optional.ofNullable(why);
            }
        }
    }

    /**
     * Whether role statements of a restore run on the administrator connection ({@link RoleDelegate}): on a confined
     * server of PostgreSQL 15 or older, whose restoring user has no CREATEROLE.
     */
    boolean delegatesRoles() throws SQLException {
        return server.majorVersion() <= 15 && administrator().isPresent();
    }

    /**
     * The connection that creates the roles a dump refers to ({@link Roles#createMissing}): the administrator's where
     * {@link #delegatesRoles() role statements are delegated}, else {@code confined}.
     */
    public Connection forRoles(Connection confined) throws SQLException {
        return delegatesRoles() ? administrator().orElseThrow() : confined;
    }

    Optional<Connection> administrator() throws SQLException {
        if (!looked) {
            looked = true;
            admin = server.connectAsAdministrator(database).orElse(null);
        }
        return Optional.ofNullable(admin);
    }

    static boolean inTransaction(Connection connection) throws SQLException {
        return connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
    }

    @Override
    public void close() {
        if (admin != null) {
            try {
                admin.close();
            } catch (SQLException e) {
                // the restore is over; nothing depends on a clean close
            }
            admin = null;
        }
    }
}
