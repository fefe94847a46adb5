package dev.rehearsal.internal.migrate.dbmate;

import dev.rehearsal.internal.migrate.scripts.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
            schema = Sql.first(connection, "select current_schema()", rs -> rs.getString(1))
                    .orElse("");
        }
        if (schema.isEmpty()) {
            schema = "public";
        }
        Array array = connection.createArrayOf("text", new String[] {schema, table});
        List<String> parts =
                Sql.query(connection, "select quote_ident(unnest(?::text[]))", rs -> rs.getString(1), array);
        return new DbmateTable(connection, schema, table, parts.get(0) + "." + parts.get(1));
    }

    String quoted() {
        return quoted;
    }

    boolean exists() throws SQLException {
        return Sql.first(
                        connection,
                        "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                        rs -> true,
                        schema,
                        table)
                .isPresent();
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
        if (!exists()) {
            return new LinkedHashSet<>();
        }
        return new LinkedHashSet<>(Sql.query(
                connection, "select version from " + quoted + " order by version desc", rs -> rs.getString(1)));
    }

    /** {@code InsertMigration}, in whatever transaction the connection is in. */
    void insert(String version) throws SQLException {
        Sql.update(connection, "insert into " + quoted + " (version) values (?)", version);
    }
}
