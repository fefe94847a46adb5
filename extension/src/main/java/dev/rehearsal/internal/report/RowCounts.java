package dev.rehearsal.internal.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Exact row counts of a database's tables, counted in the database ({@code count(*)}), for the report's before/after
 * columns. Tables larger than {@link #MAX_COUNTED_BYTES} on disk are left out (a report must not cost a scan of a
 * gigabyte table); the report then shows no count for them.
 *
 * <p>Internal, not API.
 */
public final class RowCounts {
    /** The largest table (heap bytes, {@code pg_relation_size}) whose rows are counted: 64 MB. */
    public static final long MAX_COUNTED_BYTES = 64L * 1024 * 1024;

    private RowCounts() {}

    /**
     * The row count of every ordinary table outside the system schemas, by {@code schema.table}, in name order; a
     * table too large to count maps to {@code null}.
     */
    public static Map<String, Long> count(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String[]> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT n.nspname, c.relname, pg_relation_size(c.oid)"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                        + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
                        + " ORDER BY 1, 2")) {
            while (rows.next()) {
                tables.add(new String[] {rows.getString(1), rows.getString(2), Long.toString(rows.getLong(3))});
            }
        }
        for (String[] table : tables) {
            String name = table[0] + "." + table[1];
            if (Long.parseLong(table[2]) > MAX_COUNTED_BYTES) {
                counts.put(name, null);
                continue;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery("SELECT count(*) FROM " + quote(table[0]) + "." + quote(table[1]))) {
                rows.next();
                counts.put(name, rows.getLong(1));
            }
        }
        return counts;
    }

    /** Before and after side by side, every table of either, in name order. */
    public static List<MigrationRecord.TableRows> compare(Map<String, Long> before, Map<String, Long> after) {
        List<MigrationRecord.TableRows> rows = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Long from = before.get(name);
            Long to = after.get(name);
            if (from != null || to != null || !Objects.equals(before.containsKey(name), after.containsKey(name))) {
                rows.add(new MigrationRecord.TableRows(name, from, to));
            }
        }
        return rows;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
