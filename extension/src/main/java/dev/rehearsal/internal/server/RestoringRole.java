package dev.rehearsal.internal.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
     * Creates the role, or brings it up to date, on the server {@code admin} is a superuser's connection to; its
     * password is stored as a {@link ScramVerifier} computed here (the password itself never travels in a statement).
     */
    static void prepare(Connection admin, String password) throws SQLException {
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
            String attributes = "LOGIN CREATEDB " + (major >= 16 ? "CREATEROLE" : "NOCREATEROLE")
                    + " NOSUPERUSER NOREPLICATION NOBYPASSRLS PASSWORD '" + ScramVerifier.of(password) + "'";
            boolean exists;
            try (ResultSet row =
                    statement.executeQuery("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = '" + NAME + "'")) {
                row.next();
                exists = row.getInt(1) > 0;
            }
            statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + NAME + " " + attributes);
            if (major >= 16) {
                statement.execute("ALTER ROLE " + NAME + " SET createrole_self_grant = 'set, inherit'");
            }
        }
    }
}
