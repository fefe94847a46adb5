package dev.rehearsal.internal.template;

import dev.rehearsal.RehearsalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code CREATE DATABASE … TEMPLATE} does not copy, copied by hand: the owner, the access privileges, the
 * comment, and the settings of {@code ALTER DATABASE … SET} and {@code ALTER ROLE … IN DATABASE … SET}. A restored
 * dump sets them (pg_dump {@code -C}, pg_dumpall), and its copies must have them too: a migration or a query can
 * depend on a database's {@code search_path}.
 *
 * <p>Settings are copied through {@code set_config} and {@code SET … FROM CURRENT}, so every value is parsed by the
 * server exactly as it was stored (list settings such as {@code search_path} included).
 *
 * <p>Internal, not API.
 */
final class DatabaseProperties {
    private static final System.Logger LOG = System.getLogger(DatabaseProperties.class.getName());
    private static final String PROPERTIES = "SELECT pg_get_userbyid(d.datdba), d.datacl::text[],"
            + " shobj_description(d.oid, 'pg_database'), current_user FROM pg_database d WHERE d.datname = ?";
    private static final String SETTINGS = "SELECT r.rolname, s.setconfig FROM pg_db_role_setting s"
            + " JOIN pg_database d ON d.oid = s.setdatabase LEFT JOIN pg_roles r ON r.oid = s.setrole"
            + " WHERE d.datname = ? ORDER BY r.rolname NULLS FIRST";

    private DatabaseProperties() {}

    /** Opens the server's administrator connection, if it has one. */
    interface Administrator {
        java.util.Optional<Connection> open() throws SQLException;
    }

    /**
     * Copies the properties of {@code template} onto {@code copy}, on a maintenance connection; a role's setting in
     * the database that the user may not copy (PostgreSQL 15 and older: the confined user has no CREATEROLE) is copied
     * on {@code administrator}'s connection: it is the template's, which the restore or migrations put there.
     */
    static void copy(Connection connection, String template, String copy, Administrator administrator)
            throws SQLException {
        String owner;
        String[] acl;
        String comment;
        String currentUser;
        try (PreparedStatement query = connection.prepareStatement(PROPERTIES)) {
            query.setString(1, template);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new RehearsalException("The template database " + template + " vanished while copying it");
                }
                owner = row.getString(1);
                acl = row.getArray(2) == null
                        ? null
                        : (String[]) row.getArray(2).getArray();
                comment = row.getString(3);
                currentUser = row.getString(4);
            }
        }
        String target = DatabaseAdmin.quote(copy);
        try (Statement statement = connection.createStatement()) {
            if (owner != null && !owner.equals(currentUser)) {
                permitted(statement, "ALTER DATABASE " + target + " OWNER TO " + DatabaseAdmin.quote(owner));
            }
            if (acl != null) {
                permitted(statement, "REVOKE ALL ON DATABASE " + target + " FROM PUBLIC");
                for (String item : acl) {
                    for (String grant : grants(item, target)) {
                        permitted(statement, grant);
                    }
                }
            }
            if (comment != null) {
                statement.execute("COMMENT ON DATABASE " + target + " IS " + literal(comment));
            }
        }
        copySettings(connection, template, target, administrator);
    }

    /**
     * Runs {@code sql}; a user who may not (an external server's non-superuser, SQLSTATE 42501) gets a warning
     * instead of a failure: the copy is still usable, only that property differs from the template.
     */
    private static void permitted(Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw e;
            }
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> "Rehearsal could not give a database copy its template's property (" + sql + "): "
                            + e.getMessage() + ". Connect as a superuser to copy it.");
        }
    }

    private static void copySettings(Connection connection, String template, String target, Administrator administrator)
            throws SQLException {
        List<String[]> settings = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SETTINGS)) {
            query.setString(1, template);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String role = row.getString(1);
                    for (String entry : (String[]) row.getArray(2).getArray()) {
                        settings.add(new String[] {role, entry});
                    }
                }
            }
        }
        for (String[] setting : settings) {
            int equals = setting[1].indexOf('=');
            String name = setting[1].substring(0, equals);
            String value = setting[1].substring(equals + 1);
            String scope = setting[0] == null
                    ? "ALTER DATABASE " + target
                    : "ALTER ROLE " + DatabaseAdmin.quote(setting[0]) + " IN DATABASE " + target;
            try {
                copySetting(connection, scope, name, value);
            } catch (SQLException e) {
                java.util.Optional<Connection> admin = setting[0] != null && "42501".equals(e.getSQLState())
                        ? administrator.open()
                        : java.util.Optional.empty();
                if (admin.isEmpty()) {
                    throw e;
                }
                try (Connection privileged = admin.get()) {
                    copySetting(privileged, scope, name, value);
                }
            }
        }
    }

    /**
     * {@code scope SET name FROM CURRENT} after {@code set_config(name, value)}, which parses the stored text as the
     * server does; settings a session cannot take (e.g. {@code default_transaction_read_only}, which would block the
     * next statement) are written as a literal instead.
     */
    private static void copySetting(Connection connection, String scope, String name, String value)
            throws SQLException {
        String identifier = DatabaseAdmin.quote(name);
        boolean viaSession = !name.equalsIgnoreCase("default_transaction_read_only")
                && !name.equalsIgnoreCase("transaction_read_only");
        try (Statement statement = connection.createStatement()) {
            if (viaSession) {
                try {
                    try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
                        set.setString(1, name);
                        set.setString(2, value);
                        set.execute();
                    }
                    statement.execute(scope + " SET " + identifier + " FROM CURRENT");
                    return;
                } catch (SQLException e) {
                    // some settings cannot be set in a running session (e.g. backend-only ones): write the literal
                } finally {
                    statement.execute("RESET " + identifier);
                }
            }
            statement.execute(scope + " SET " + identifier + " TO " + literal(value));
        }
    }

    /** The GRANTs that reproduce one {@code aclitem} ({@code grantee=privileges/grantor}) on {@code target}. */
    static List<String> grants(String item, String target) {
        int equals = item.lastIndexOf('=', item.indexOf('/') < 0 ? item.length() : item.indexOf('/'));
        String grantee = item.substring(0, equals);
        String privileges = item.substring(equals + 1, item.indexOf('/') < 0 ? item.length() : item.indexOf('/'));
        String to = grantee.isEmpty() ? "PUBLIC" : grantee.startsWith("\"") ? grantee : DatabaseAdmin.quote(grantee);
        List<String> plain = new ArrayList<>();
        List<String> withOption = new ArrayList<>();
        for (int i = 0; i < privileges.length(); i++) {
            String privilege = switch (privileges.charAt(i)) {
                case 'C' -> "CREATE";
                case 'c' -> "CONNECT";
                case 'T' -> "TEMPORARY";
                default -> null;
            };
            if (privilege == null) {
                continue;
            }
            boolean grantOption = i + 1 < privileges.length() && privileges.charAt(i + 1) == '*';
            (grantOption ? withOption : plain).add(privilege);
        }
        List<String> grants = new ArrayList<>();
        if (!plain.isEmpty()) {
            grants.add("GRANT " + String.join(", ", plain) + " ON DATABASE " + target + " TO " + to);
        }
        if (!withOption.isEmpty()) {
            grants.add("GRANT " + String.join(", ", withOption) + " ON DATABASE " + target + " TO " + to
                    + " WITH GRANT OPTION");
        }
        return grants;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
