package dev.rehearsal.assertj;

import java.util.List;
import java.util.Objects;

/**
 * An index of a {@link DatabaseTable}, named either by its name or by its key columns: the subject of {@link
 * IndexAssert}.
 *
 * <p>A value: immutable and safe to share between threads.
 *
 * @param table the table
 * @param columnsOrName the key columns (or expressions, as {@code pg_get_indexdef} renders them) in order, or a
 *     single index name
 */
public record DatabaseIndex(DatabaseTable table, List<String> columnsOrName) {

    public DatabaseIndex {
        Objects.requireNonNull(table, "table");
        columnsOrName = List.copyOf(columnsOrName);
        if (columnsOrName.isEmpty()) {
            throw new IllegalArgumentException("name the index, or at least one of its key columns");
        }
    }

    /** As messages show it: {@code index on ("email") of "User"}. */
    public String displayName() {
        return "index " + SchemaObjects.columns(columnsOrName) + " of " + table.displayName();
    }
}
