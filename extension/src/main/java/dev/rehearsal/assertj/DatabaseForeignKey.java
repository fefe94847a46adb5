package dev.rehearsal.assertj;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a {@link DatabaseTable}, named by its referencing columns: the subject of {@link
 * ForeignKeyAssert}.
 *
 * <p>A value: immutable and safe to share between threads.
 *
 * @param table the referencing table
 * @param columns the referencing columns, in key order
 */
public record DatabaseForeignKey(DatabaseTable table, List<String> columns) {

    public DatabaseForeignKey {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("name at least one referencing column of the foreign key");
        }
    }

    /** As messages show it: {@code foreign key ("documentId") of "Recipient"}. */
    public String displayName() {
        return "foreign key " + SchemaObjects.columns(columns) + " of " + table.displayName();
    }
}
