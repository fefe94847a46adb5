package dev.rehearsal.internal.migrate.sqlx;

import dev.rehearsal.internal.migrate.scripts.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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

    /** Every row by version; empty when the table is missing. */
    List<Row> rows() throws SQLException {
        if (!Sql.exists(connection, name)) {
            return List.of();
        }
        return Sql.query(
                connection,
                "SELECT version, description, installed_on, success, checksum, execution_time FROM " + name
                        + " ORDER BY version",
                rs -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4),
                        rs.getBytes(5),
                        rs.getLong(6)));
    }

    /** {@code execute_migration}'s bookkeeping: {@code success = TRUE, execution_time = -1}. */
    void insert(SqlxSource.Migration migration) throws SQLException {
        Sql.update(
                connection,
                "INSERT INTO " + name
                        + " ( version, description, success, checksum, execution_time ) VALUES ( ?, ?, TRUE, ?, -1 )",
                migration.version(),
                migration.description(),
                migration.checksum());
    }

    /** {@code apply}'s last step: {@code UPDATE … SET execution_time = <nanoseconds>}. */
    void recordTime(long version, long nanos) throws SQLException {
        Sql.update(connection, "UPDATE " + name + " SET execution_time = ? WHERE version = ?", nanos, version);
    }

    /** Deletes a {@code success = false} row; returns whether there was one. */
    boolean deleteFailed(long version) throws SQLException {
        return Sql.update(connection, "DELETE FROM " + name + " WHERE version = ? AND success = false", version) == 1;
    }
}
