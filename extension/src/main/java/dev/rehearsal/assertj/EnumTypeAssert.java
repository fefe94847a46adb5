package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldHaveProperty.shouldHaveProperty;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one enum type, reached by {@code assertThat(db).enumType("DocumentStatus")}; it describes itself as
 * {@code [enum type DocumentStatus]}.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class EnumTypeAssert extends AbstractAssert<EnumTypeAssert, DatabaseEnumType> {

    /** An assert on {@code type}; usually reached through {@link RestoredDatabaseAssert#enumType(String)}. */
    public EnumTypeAssert(DatabaseEnumType type) {
        super(Objects.requireNonNull(type, "enum type"), EnumTypeAssert.class);
        info.description(new TextDescription("%s", "enum type " + type.name()));
    }

    /**
     * Verifies the type's labels, exactly and in sort order: {@code ALTER TYPE … ADD VALUE} without {@code
     * BEFORE}/{@code AFTER} appends, and the order decides {@code ORDER BY} and {@code <} on the column.
     *
     * <pre><code class='java'>
     * assertThat(db).enumType("DocumentStatus").hasLabels("DRAFT", "PENDING", "COMPLETED");   // passes
     * assertThat(db).enumType("DocumentStatus").hasLabels("DRAFT", "COMPLETED");   // fails: it also has PENDING
     * </code></pre>
     */
    public EnumTypeAssert hasLabels(String... labels) {
        Objects.requireNonNull(labels, "labels");
        RestoredDatabase db = actual.database();
        SchemaSnapshot snapshot = db.schema();
        SchemaSnapshot.EnumType type = snapshot.enumType(actual.name()).orElse(null);
        if (type == null) {
            throwAssertionError(shouldHaveProperty(
                    "enum type " + actual.name(),
                    "labels " + List.of(labels),
                    "no such enum type; the database has: "
                            + (snapshot.enums().isEmpty()
                                    ? "(none)"
                                    : String.join(
                                            ", ",
                                            snapshot.enums().stream()
                                                    .map(SchemaSnapshot.EnumType::qualifiedName)
                                                    .toList())),
                    Origin.of(db)));
            return myself;
        }
        List<String> expected = List.of(labels);
        if (!type.labels().equals(expected)) {
            String note = new TreeSet<>(type.labels()).equals(new TreeSet<>(expected))
                    ? " (the same labels in another order: the order decides ORDER BY and < on the type)"
                    : "";
            throwAssertionError(shouldHaveProperty(
                    "enum type " + type.qualifiedName(),
                    "labels " + expected,
                    "labels " + type.labels() + note,
                    Origin.of(db)));
        }
        return myself;
    }
}
