package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.internal.migrate.scripts.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The statements Prisma runs on {@code _prisma_migrations} ({@code sql_migration_persistence.rs}), each
 * autocommitted on its own, with timestamps from the engine's clock (here: the JVM's).
 *
 * <p>Schema: Prisma leaves the table name unqualified and sets {@code search_path} to the URL's {@code ?schema=}
 * (default {@code public}). Rehearsal does the same ({@link PrismaSession} sets {@code search_path = "public"}) and
 * creates the table with Prisma's exact, unqualified DDL; its own reads and writes name {@code
 * "public"."_prisma_migrations"} so that a migration changing {@code search_path} cannot redirect them.
 */
final class PrismaHistoryTable {
    static final String SCHEMA = "public";
    static final String NAME = "_prisma_migrations";
    private static final String TABLE = "\"public\".\"_prisma_migrations\"";

    /** Prisma's DDL ({@code flavour/postgres.rs create_migrations_table}), verbatim. */
    static final String CREATE_TABLE = """
            CREATE TABLE _prisma_migrations (
                id                      VARCHAR(36) PRIMARY KEY NOT NULL,
                checksum                VARCHAR(64) NOT NULL,
                finished_at             TIMESTAMPTZ,
                migration_name          VARCHAR(255) NOT NULL,
                logs                    TEXT,
                rolled_back_at          TIMESTAMPTZ,
                started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
                applied_steps_count     INTEGER NOT NULL DEFAULT 0
            );
            """;

    private final Connection connection;

    PrismaHistoryTable(Connection connection) {
        this.connection = connection;
    }

    /** Whether {@code public._prisma_migrations} exists (what Prisma's read of the table would find). */
    boolean exists() {
        String sql = "SELECT to_regclass('\"public\".\"_prisma_migrations\"') IS NOT NULL";
        try {
            return Sql.first(connection, sql, rows -> rows.getBoolean(1)).orElseThrow();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The ordinary tables (relkind 'r') of the schema, as Prisma's {@code table_names} lists them. */
    List<String> ordinaryTables() {
        String sql = "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid ="
                + " c.relnamespace WHERE c.relkind = 'r' AND n.nspname = ? ORDER BY c.relname";
        try {
            return Sql.query(connection, sql, rs -> rs.getString(1), SCHEMA);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    void create() {
        update(CREATE_TABLE);
    }

    /** Every row, {@code ORDER BY started_at ASC} like Prisma's {@code load_migrations_table}. */
    List<HistoryRow> rows() {
        String sql = "SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at,"
                + " applied_steps_count FROM " + TABLE + " ORDER BY started_at ASC";
        try {
            return Sql.query(
                    connection,
                    sql,
                    rows -> new HistoryRow(
                            rows.getString(1),
                            rows.getString(2),
                            instant(rows, 3),
                            rows.getString(4),
                            Optional.ofNullable(rows.getString(5)),
                            instant(rows, 6),
                            instant(rows, 7).orElseThrow(),
                            rows.getInt(8)));
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** {@code record_migration_started}: a new row with only id, checksum, started_at and name set. */
    String recordStarted(String name, String checksum, Instant now) {
        String id = UUID.randomUUID().toString();
        update(
                "INSERT INTO " + TABLE + " (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)",
                id,
                checksum,
                timestamp(now),
                name);
        return id;
    }

    void recordSuccessfulStep(String id) {
        update("UPDATE " + TABLE + " SET applied_steps_count = (applied_steps_count + 1) WHERE id = ?", id);
    }

    void recordFinished(String id, Instant now) {
        update("UPDATE " + TABLE + " SET finished_at = ? WHERE id = ?", timestamp(now), id);
    }

    void recordFailedStep(String id, String logs) {
        update("UPDATE " + TABLE + " SET logs = ? WHERE id = ?", logs, id);
    }

    void markRolledBack(String id, Instant now) {
        update("UPDATE " + TABLE + " SET rolled_back_at = ? WHERE id = ?", timestamp(now), id);
    }

    /** {@code mark_migration_applied}: logs {@code ''}, started_at = finished_at = now, applied_steps_count 0. */
    String markApplied(String name, String checksum, Instant now) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime at = timestamp(now);
        update(
                "INSERT INTO " + TABLE + " (id, checksum, logs, started_at, finished_at, migration_name)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                id,
                checksum,
                "",
                at,
                at,
                name);
        return id;
    }

    private void update(String sql, Object... values) {
        try {
            Sql.update(connection, sql, values);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    /** The engine clock's value as PostgreSQL stores it (microseconds). */
    static OffsetDateTime timestamp(Instant now) {
        return OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private RehearsalSqlException failure(String sql, SQLException e) {
        String database;
        try {
            database = connection.getCatalog();
        } catch (SQLException ignored) {
            database = "?";
        }
        return new RehearsalSqlException(sql, "the Prisma history table _prisma_migrations of database " + database, e);
    }
}
