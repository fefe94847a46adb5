package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import java.util.List;

/** The schema snapshot of one relation the assertions found through {@link Catalog}. */
final class SchemaObjects {
    private SchemaObjects() {}

    /**
     * The snapshot of {@code relation}; a view or materialized view (which has no constraints, indexes of its own
     * aside) gets an empty one.
     */
    static SchemaSnapshot.Table table(RestoredDatabase db, Catalog.Relation relation) {
        return db.schema().tables().stream()
                .filter(t -> t.schema().equals(relation.schema()) && t.name().equals(relation.name()))
                .findFirst()
                .orElseGet(() -> new SchemaSnapshot.Table(
                        relation.schema(),
                        relation.name(),
                        relation.kindName(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    /** {@code (a, b)} with each name quoted as needed. */
    static String columns(List<String> names) {
        return "(" + String.join(", ", names.stream().map(Sql::quote).toList()) + ")";
    }
}
