package dev.rehearsal.assertj;

import java.util.Objects;

/**
 * A column of a {@link DatabaseTable}, named exactly as in the catalog: the subject of {@link ColumnAssert}.
 *
 * <p>A value: immutable and safe to share between threads.
 *
 * @param table the table
 * @param name the column's name, matched exactly (like a quoted identifier)
 */
public record DatabaseColumn(DatabaseTable table, String name) {

    public DatabaseColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "column name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank");
        }
    }

    /** The name as messages show it: {@code "Recipient"."documentDeletedAt"}. */
    public String displayName() {
        return table.displayName() + "." + Sql.quote(name);
    }
}
