package dev.rehearsal.internal.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ordinary role restores, migrations (every tool, including {@code COMMAND}) and tests connect as on a confined
 * server whose superuser only Rehearsal uses: the embedded server ({@link EmbeddedPostgresServer}) and the
 * testcontainers provider's container ({@link TestcontainersPostgres}). Named {@code postgres} (so that a dump's
 * {@code OWNER TO postgres} and an application's {@code user=postgres} mean it), {@code LOGIN CREATEDB}, not a
 * superuser, with {@code CREATEROLE} on PostgreSQL 16 and later only (up to 15 CREATEROLE could grant itself any
 * predefined role, such as {@code pg_execute_server_program}; there a restore's role statements run as the
 * administrator after checks, see {@code internal.restore.RoleDelegate}), and, on PostgreSQL 16 and later, made a member (SET, INHERIT) of every role it creates, so that a
 * dump's {@code OWNER TO} a role it created works as it does for a superuser. PostgreSQL's own privilege checks then
 * refuse what reaches outside the rehearsal's databases.
 */
final class RestoringRole {
    /** The role's name. */
    static final String NAME = "postgres";

    private RestoringRole() {}

    /**
     * Takes back the role's memberships in superusers and predefined {@code pg_*} roles ({@code pg_database_owner}
     * aside), which no confined role has: a data directory or container used before PostgreSQL 13–15's role statements
     * were confined (a backup's {@code GRANT pg_execute_server_program TO postgres} went through there) keeps them
     * otherwise. On PostgreSQL 16+ each grant is revoked as granted by its grantor.
     */
    private static void revokeReachingOutside(Statement statement, int major) throws SQLException {
        List<String> revokes = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT quote_ident(r.rolname), quote_ident(g.rolname)"
                + " FROM pg_catalog.pg_auth_members m"
                + " JOIN pg_catalog.pg_roles r ON r.oid = m.roleid"
                + " JOIN pg_catalog.pg_roles u ON u.oid = m.member"
                + " LEFT JOIN pg_catalog.pg_roles g ON g.oid = m.grantor"
                + " WHERE u.rolname = '" + NAME + "'"
                + " AND (r.rolsuper OR (r.rolname LIKE 'pg\\_%' AND r.rolname <> 'pg_database_owner'))")) {
            while (rows.next()) {
                revokes.add("REVOKE " + rows.getString(1) + " FROM " + NAME
                        + (major >= 16 && rows.getString(2) != null ? " GRANTED BY " + rows.getString(2) : ""));
            }
        }
        for (String revoke : revokes) {
            statement.execute(revoke);
        }
    }

    /**
     * Creates the role, or brings it up to date, on the server {@code admin} is a superuser's connection to; its
     * password is stored as a {@link ScramVerifier} computed here (the password itself never travels in a statement).
     * Equivalent to {@link #prepare(Connection, String, Optional) prepare(admin, password, Optional.empty())}.
     */
    static void prepare(Connection admin, String password) throws SQLException {
        prepare(admin, password, Optional.empty());
    }

    /**
     * As {@link #prepare(Connection, String)}, but when the role exists with the right attributes and the verifier it
     * stores is {@code remembered} (the one this method returned for the same password before, kept by the caller
     * where only the JVM's user reads it), the role is left as it is: computing a verifier is 4096 rounds of
     * HMAC-SHA-256, a tenth of a second in a JVM that just started. A password the role changed itself, or lost
     * attributes, no longer match, and the role is set up again.
     *
     * @return the verifier the role stores now
     */
    static String prepare(Connection admin, String password, Optional<String> remembered) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            int major;
            try (ResultSet row = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
                row.next();
                major = row.getInt(1);
            }
            // Up to PostgreSQL 15, CREATEROLE may grant any non-superuser role, pg_execute_server_program and the
            // like included: there a restore's role statements run on the administrator connection after checks
            // (internal.restore.RoleDelegate). 16+ asks for ADMIN OPTION, so the role may create roles there.
            boolean createRole = major >= 16;
            Optional<String> stored = Optional.empty();
            boolean exists = false;
            boolean current = false;
            try (ResultSet row =
                    statement.executeQuery("SELECT rolpassword, rolcanlogin AND rolcreatedb AND rolcreaterole = "
                            + createRole + " AND NOT (rolsuper OR rolreplication OR rolbypassrls)"
                            + " FROM pg_catalog.pg_authid WHERE rolname = '" + NAME + "'")) {
                if (row.next()) {
                    exists = true;
                    stored = Optional.ofNullable(row.getString(1));
                    current = row.getBoolean(2);
                }
            }
            String verifier;
            if (current && stored.isPresent() && stored.equals(remembered)) {
                verifier = stored.get();
            } else {
                verifier = ScramVerifier.of(password);
                String attributes = "LOGIN CREATEDB " + (createRole ? "CREATEROLE" : "NOCREATEROLE")
                        + " NOSUPERUSER NOREPLICATION NOBYPASSRLS PASSWORD '" + verifier + "'";
                statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + NAME + " " + attributes);
            }
            if (createRole) {
                statement.execute("ALTER ROLE " + NAME + " SET createrole_self_grant = 'set, inherit'");
            }
            revokeReachingOutside(statement, major);
            return verifier;
        }
    }
}
