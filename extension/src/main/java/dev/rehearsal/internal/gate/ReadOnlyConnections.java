package dev.rehearsal.internal.gate;

import dev.rehearsal.internal.migrate.ConnectionSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;

/**
 * Connections to a database the gate must never change: every transaction on them is read-only, enforced by the
 * server. The session starts with {@code default_transaction_read_only=on} (the {@code options} startup parameter),
 * sets it again with {@code SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY} (a URL's own {@code options} may
 * replace the startup one), and is refused unless {@code SHOW default_transaction_read_only} then says {@code on}. A
 * tool's reader that tried to write would fail with SQLSTATE 25006 instead.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 */
public final class ReadOnlyConnections implements ConnectionSource {
    private final String jdbcUrl;
    private final String user;
    private final String password;

    public ReadOnlyConnections(String jdbcUrl, String user, String password) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection open() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("options", "-c default_transaction_read_only=on");
        properties.setProperty("readOnly", "true");
        properties.setProperty("readOnlyMode", "always");
        properties.setProperty("ApplicationName", "rehearsal-gate");
        Connection connection = DriverManager.getConnection(jdbcUrl, properties);
        try {
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                try (ResultSet row = statement.executeQuery("SHOW default_transaction_read_only")) {
                    String value = row.next() ? row.getString(1) : "(nothing)";
                    if (!"on".equals(value)) {
                        throw new SQLException("The gate's session on " + jdbcUrl + " is not read-only: expected"
                                + " default_transaction_read_only = on, found " + value + ". Nothing was read.");
                    }
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
