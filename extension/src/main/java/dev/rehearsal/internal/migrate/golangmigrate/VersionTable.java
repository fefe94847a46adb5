package dev.rehearsal.internal.migrate.golangmigrate;

import dev.rehearsal.internal.migrate.scripts.Sql;
import dev.rehearsal.internal.migrate.scripts.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * golang-migrate's version table as {@code database/postgres/postgres.go} keeps it: {@code "<schema>"."<table>"}
 * (default {@code schema_migrations} in {@code CURRENT_SCHEMA()}) with at most one row {@code (version, dirty)}.
 *
 * <p>Internal, not API.
 */
final class VersionTable {
    /** The version and dirty flag of the single row. */
    record Recorded(long version, boolean dirty) {}

    private final Connection connection;
    private final String schema;
    private final String table;

    VersionTable(Connection connection, String schema, String table) {
        this.connection = connection;
        this.schema = schema;
        this.table = table;
    }

    /** The table in the connection's {@code CURRENT_SCHEMA()}. */
    static VersionTable inCurrentSchema(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT CURRENT_SCHEMA()")) {
            rs.next();
            String schema = rs.getString(1);
            if (schema == null) {
                throw new SQLException(
                        "no schema (CURRENT_SCHEMA() is null: the search_path names no existing"
                                + " schema); golang-migrate fails the same way with ErrNoSchema",
                        "3F000");
            }
            return new VersionTable(connection, schema, table);
        }
    }

    String schema() {
        return schema;
    }

    String table() {
        return table;
    }

    String qualified() {
        return quote(schema) + "." + quote(table);
    }

    /** {@code ensureVersionTable}: creates the table unless {@code information_schema.tables} lists it. */
    void ensure() throws SQLException {
        if (exists()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + qualified()
                    + " (version bigint not null primary key, dirty boolean not null)");
        }
    }

    boolean exists() throws SQLException {
        return Sql.first(
                        connection,
                        "SELECT COUNT(1) FROM information_schema.tables WHERE table_schema = ? AND table_name = ? LIMIT 1",
                        rs -> rs.getInt(1) == 1,
                        schema,
                        table)
                .orElse(false);
    }

    /** {@code Version()}: the row, empty when there is none or the table is missing (NilVersion). */
    Optional<Recorded> read() throws SQLException {
        if (!exists()) {
            return Optional.empty();
        }
        return Sql.first(
                connection,
                "SELECT version, dirty FROM " + qualified() + " LIMIT 1",
                rs -> new Recorded(rs.getLong(1), rs.getBoolean(2)));
    }

    /**
     * {@code SetVersion(version, dirty)}: in one transaction, {@code TRUNCATE} and (for a version ≥ 0, or -1 with
     * dirty) {@code INSERT}.
     */
    void set(long version, boolean dirty) throws SQLException {
        Transactions.begin(connection);
        try {
            Sql.update(connection, "TRUNCATE " + qualified());
            if (version >= 0 || dirty) {
                Sql.update(
                        connection, "INSERT INTO " + qualified() + " (version, dirty) VALUES (?, ?)", version, dirty);
            }
            Transactions.commit(connection);
        } catch (SQLException e) {
            Transactions.rollback(connection, e);
            throw e;
        }
    }

    /** lib/pq's {@code QuoteIdentifier}. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
