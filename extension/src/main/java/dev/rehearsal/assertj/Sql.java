package dev.rehearsal.assertj;

import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.RestoredDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** JDBC access for the assertions: every statement on its own connection, results streamed, never buffered. */
final class Sql {
    private static final int FETCH_SIZE = 1000;

    private Sql() {}

    /** Receives the rows of a query one at a time. */
    interface RowHandler {
        /** Handles one row; returns {@code false} to stop reading. */
        boolean row(List<Object> values);
    }

    /** A quoted identifier: {@code Session} becomes {@code "Session"}, embedded quotes doubled. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A schema-qualified, quoted relation name. */
    static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /** The first line of a statement, shortened for a description. */
    static String abbreviate(String sql, int max) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1).stripTrailing() + "…";
    }

    /**
     * Runs a query and streams its rows to {@code handler} with a server-side cursor, so a huge result never sits
     * in memory. SQL arrays are read into lists before the connection closes.
     *
     * @return the column labels
     * @throws RehearsalSqlException when the server rejects the query
     */
    static List<String> stream(RestoredDatabase db, String sql, List<?> args, RowHandler handler) {
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            List<String> columns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setEscapeProcessing(false);
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < args.size(); i++) {
                    statement.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int width = meta.getColumnCount();
                    for (int i = 1; i <= width; i++) {
                        columns.add(meta.getColumnLabel(i));
                    }
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>(width);
                        for (int i = 1; i <= width; i++) {
                            row.add(Values.detach(rs.getObject(i)));
                        }
                        if (!handler.row(row)) {
                            break;
                        }
                    }
                }
            }
            connection.commit();
            return columns;
        } catch (SQLException e) {
            throw new RehearsalSqlException(sql, "database " + db.databaseName(), e);
        }
    }

    /** All rows of a small (catalog) query. */
    static List<List<Object>> rows(RestoredDatabase db, String sql, Object... args) {
        List<List<Object>> rows = new ArrayList<>();
        stream(db, sql, List.of(args), row -> rows.add(row));
        return rows;
    }

    /** The single {@code bigint} of a {@code SELECT count(*) …}. */
    static long count(RestoredDatabase db, String sql, Object... args) {
        List<List<Object>> rows = rows(db, sql, args);
        return ((Number) rows.get(0).get(0)).longValue();
    }
}
