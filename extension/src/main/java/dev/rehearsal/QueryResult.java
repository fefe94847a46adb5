package dev.rehearsal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The immutable result of {@link RestoredDatabase#query}: column names and rows of JDBC values.
 *
 * <p>Values are what PgJDBC's {@code getObject} returns (e.g. {@code Integer}, {@code Long}, {@code String},
 * {@code java.sql.Timestamp}); {@code null} for SQL NULL.
 */
public final class QueryResult {
    private final List<String> columns;
    private final List<List<Object>> rows;

    public QueryResult(List<String> columns, List<List<Object>> rows) {
        this.columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " values but the result has " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        this.rows = Collections.unmodifiableList(copy);
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The only value of a one-row, one-column result. */
    public Object singleValue() {
        if (rows.size() != 1 || columns.size() != 1) {
            throw new IllegalStateException("expected exactly one row with one column but the result has " + rows.size()
                    + " row(s) and " + columns.size() + " column(s)");
        }
        return rows.get(0).get(0);
    }

    /** The values of one column, by name. */
    public List<Object> column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column [" + name + "] in " + columns);
        }
        List<Object> values = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            values.add(row.get(index));
        }
        return Collections.unmodifiableList(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryResult that && columns.equals(that.columns) && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, rows);
    }

    @Override
    public String toString() {
        return "QueryResult" + columns + rows;
    }
}
