package dev.rehearsal.internal.migrate.sqlx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * sqlx's {@code _sqlx_migrations} ({@code sqlx-postgres/src/migrate.rs}), created with {@code CREATE TABLE IF NOT
 * EXISTS _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, installed_on TIMESTAMPTZ NOT NULL
 * DEFAULT now(), success BOOLEAN NOT NULL, checksum BYTEA NOT NULL, execution_time BIGINT NOT NULL)}.
 *
 * <p>Internal, not API.
 */
final class SqlxTable {
    /** One row. */
    record Row(
            long version,
            String description,
            Instant installedOn,
            boolean success,
            byte[] checksum,
            long executionTime) {
        Optional<Duration> duration() {
            return executionTime < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(executionTime));
        }
    }

    private final Connection connection;
    private final String name;

    SqlxTable(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    String name() {
        return name;
    }

    /** {@code ensure_migrations_table}. */
    void ensure() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("\nCREATE TABLE IF NOT EXISTS " + name + " (\n    version BIGINT PRIMARY KEY,\n   "
                    + " description TEXT NOT NULL,\n    installed_on TIMESTAMPTZ NOT NULL DEFAULT now(),\n    success"
                    + " BOOLEAN NOT NULL,\n    checksum BYTEA NOT NULL,\n    execution_time BIGINT NOT NULL\n);\n");
        }
    }

    boolean exists() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Every row by version; empty when the table is missing. */
    List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        if (!exists()) {
            return rows;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version, description, installed_on, success, checksum,"
                        + " execution_time FROM " + name + " ORDER BY version")) {
            while (rs.next()) {
                rows.add(new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4),
                        rs.getBytes(5),
                        rs.getLong(6)));
            }
        }
        return rows;
    }

    /** {@code execute_migration}'s bookkeeping: {@code success = TRUE, execution_time = -1}. */
    void insert(SqlxSource.Migration migration) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + name
                + " ( version, description, success, checksum, execution_time ) VALUES ( ?, ?, TRUE, ?, -1 )")) {
            statement.setLong(1, migration.version());
            statement.setString(2, migration.description());
            statement.setBytes(3, migration.checksum());
            statement.executeUpdate();
        }
    }

    /** {@code apply}'s last step: {@code UPDATE … SET execution_time = <nanoseconds>}. */
    void recordTime(long version, long nanos) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE " + name + " SET execution_time = ? WHERE version = ?")) {
            statement.setLong(1, nanos);
            statement.setLong(2, version);
            statement.executeUpdate();
        }
    }

    /** Deletes a {@code success = false} row; returns whether there was one. */
    boolean deleteFailed(long version) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM " + name + " WHERE version = ? AND success = false")) {
            statement.setLong(1, version);
            return statement.executeUpdate() == 1;
        }
    }
}
