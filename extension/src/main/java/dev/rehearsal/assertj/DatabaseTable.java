package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of a {@link RestoredDatabase}, named as a test names it: the subject of {@link TableAssert}.
 *
 * <p>The name is matched exactly as written, like a quoted identifier ({@code "Session"} is not {@code
 * "session"}). Without a schema the table is looked up like an unqualified name: in the first schema of the
 * search_path that has it (usually {@code public}).
 *
 * <p>A value: immutable and safe to share between threads. Nothing is read from the database until an assertion
 * runs.
 *
 * @param database the database the table lives in
 * @param schema the schema, when the name was qualified
 * @param name the table's name, exactly as in the catalog
 */
public record DatabaseTable(RestoredDatabase database, Optional<String> schema, String name) {

    public DatabaseTable {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Parses {@code "Session"} or {@code "audit.Session"}: a dot separates the schema from the table.
     *
     * @throws IllegalArgumentException when the name is empty or has an empty part
     */
    public static DatabaseTable parse(RestoredDatabase database, String qualifiedName) {
        Objects.requireNonNull(qualifiedName, "table name");
        int dot = qualifiedName.indexOf('.');
        if (dot < 0) {
            requireNonEmpty(qualifiedName, qualifiedName);
            return new DatabaseTable(database, Optional.empty(), qualifiedName);
        }
        String schema = qualifiedName.substring(0, dot);
        String table = qualifiedName.substring(dot + 1);
        requireNonEmpty(schema, qualifiedName);
        requireNonEmpty(table, qualifiedName);
        return new DatabaseTable(database, Optional.of(schema), table);
    }

    /** The name as messages show it: {@code "Session"} or {@code "audit"."Session"}. */
    public String displayName() {
        return schema.map(s -> Sql.qualified(s, name)).orElseGet(() -> Sql.quote(name));
    }

    private static void requireNonEmpty(String part, String whole) {
        if (part.isBlank()) {
            throw new IllegalArgumentException("table name [" + whole
                    + "] is not valid: expected \"table\" or \"schema.table\" with non-empty parts");
        }
    }
}
