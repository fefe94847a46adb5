package dev.rehearsal.internal.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ordinary role restores, migrations (every tool, including {@code COMMAND}) and tests connect as on a confined
 * server whose superuser only Rehearsal uses: the embedded server ({@link EmbeddedPostgresServer}) and the
 * testcontainers provider's container ({@link TestcontainersPostgres}). Named {@code postgres} (so that a dump's
 * {@code OWNER TO postgres} and an application's {@code user=postgres} mean it), {@code LOGIN CREATEDB CREATEROLE},
 * not a superuser, and, on PostgreSQL 16 and later, made a member (SET, INHERIT) of every role it creates, so that a
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
        String attributes = "LOGIN CREATEDB CREATEROLE NOSUPERUSER NOREPLICATION NOBYPASSRLS PASSWORD '"
                + ScramVerifier.of(password) + "'";
        try (Statement statement = admin.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            boolean exists;
            try (ResultSet row =
                    statement.executeQuery("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = '" + NAME + "'")) {
                row.next();
                exists = row.getInt(1) > 0;
            }
            statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + NAME + " " + attributes);
            int major;
            try (ResultSet row = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
                row.next();
                major = row.getInt(1);
            }
            if (major >= 16) {
                statement.execute("ALTER ROLE " + NAME + " SET createrole_self_grant = 'set, inherit'");
            }
        }
    }
}
