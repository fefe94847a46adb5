package dev.rehearsal.internal.migrate.scripts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC round trips every tool's history table makes: a query read row by row, an update with parameters, and
 * whether a relation exists. Parameters are bound with {@link PreparedStatement#setObject} (a {@code Long} as {@code
 * bigint}, a {@code byte[]} as {@code bytea}, a {@code Timestamp} as {@code timestamp}, …).
 *
 * <p>Internal, not API.
 */
public final class Sql {
    private Sql() {}

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Every row of {@code sql}, run with {@code values} as its parameters, read by {@code reader}. */
    public static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... values)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values);
                ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
            return rows;
        }
    }

    /** The first row of {@code sql}, empty when there is none. */
    public static <T> Optional<T> first(Connection connection, String sql, RowReader<T> reader, Object... values)
            throws SQLException {
        return query(connection, sql, reader, values).stream().findFirst();
    }

    /** Runs {@code sql} (an update, or a statement without a result) with {@code values}; the update count. */
    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            statement.execute();
            return statement.getUpdateCount();
        }
    }

    /** Whether {@code name} (as written, e.g. {@code schema.table}) names an existing relation ({@code to_regclass}). */
    public static boolean exists(Connection connection, String name) throws SQLException {
        return first(connection, "SELECT to_regclass(?) IS NOT NULL", rs -> rs.getBoolean(1), name)
                .orElse(false);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
