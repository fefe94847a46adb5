package dev.rehearsal.internal.migrate.dbmate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * dbmate's {@code schema_migrations} as {@code pkg/driver/postgres/postgres.go} keeps it: the schema is the one the
 * table name gives ({@code schema.table}), else the connection's {@code current_schema()} (dbmate would first take
 * the URL's {@code search_path} parameter; Rehearsal's connections carry none), else {@code public}; names are quoted
 * by the server ({@code quote_ident}). One row per applied version, {@code varchar} (dbmate v2.35+, PR #641; {@code
 * varchar(128)} from v2.0, PR #391, and {@code varchar(255)} before). Verified with dbmate 2.36.0: {@code version
 * character varying NOT NULL}, primary key {@code schema_migrations_pkey}.
 *
 * <p>Internal, not API.
 */
final class DbmateTable {
    private final Connection connection;
    private final String schema;
    private final String table;
    private final String quoted;

    private DbmateTable(Connection connection, String schema, String table, String quoted) {
        this.connection = connection;
        this.schema = schema;
        this.table = table;
        this.quoted = quoted;
    }

    static DbmateTable of(Connection connection, String configured) throws SQLException {
        String schema = "";
        String table = configured;
        int dot = configured.indexOf('.');
        if (dot >= 0) {
            schema = configured.substring(0, dot);
            table = configured.substring(dot + 1);
        }
        if (schema.isEmpty()) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select current_schema()")) {
                rs.next();
                schema = rs.getString(1) == null ? "" : rs.getString(1);
            }
        }
        if (schema.isEmpty()) {
            schema = "public";
        }
        List<String> parts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select quote_ident(unnest(?::text[]))")) {
            Array array = connection.createArrayOf("text", new String[] {schema, table});
            statement.setArray(1, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    parts.add(rs.getString(1));
                }
            }
        }
        return new DbmateTable(connection, schema, table, parts.get(0) + "." + parts.get(1));
    }

    String quoted() {
        return quoted;
    }

    boolean exists() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** {@code CreateMigrationsTable}: creates it if missing, and its schema when PostgreSQL says 3F000. */
    void create() throws SQLException {
        String create = "create table if not exists " + quoted + " (version varchar primary key)";
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(create);
            } catch (SQLException e) {
                if (!"3F000".equals(e.getSQLState())) {
                    throw e;
                }
                statement.execute("create schema if not exists " + quoted.substring(0, quoted.lastIndexOf('.')));
                statement.execute(create);
            }
        }
    }

    /** {@code SelectMigrations}: the recorded versions (empty when the table is missing). */
    Set<String> versions() throws SQLException {
        Set<String> versions = new LinkedHashSet<>();
        if (!exists()) {
            return versions;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select version from " + quoted + " order by version desc")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /** {@code InsertMigration}, in whatever transaction the connection is in. */
    void insert(String version) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("insert into " + quoted + " (version) values (?)")) {
            statement.setString(1, version);
            statement.executeUpdate();
        }
    }
}
