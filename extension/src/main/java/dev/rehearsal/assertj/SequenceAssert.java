package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldHaveProperty.shouldHaveProperty;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one sequence, reached by {@code assertThat(db).sequence("Document_id_seq")}; it describes itself as
 * {@code [sequence Document_id_seq]}.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class SequenceAssert extends AbstractAssert<SequenceAssert, DatabaseSequence> {

    /** An assert on {@code sequence}; usually reached through {@link RestoredDatabaseAssert#sequence(String)}. */
    public SequenceAssert(DatabaseSequence sequence) {
        super(Objects.requireNonNull(sequence, "sequence"), SequenceAssert.class);
        info.description(new TextDescription("%s", "sequence " + sequence.name()));
    }

    /**
     * Verifies that the next value the sequence hands out is beyond every value already in the column that owns it
     * ({@code OWNED BY}, as serial and identity columns are): a restore or a data migration that inserted explicit
     * ids without {@code setval} leaves the sequence behind, and the application's next insert fails on the primary
     * key. The maximum is computed in the database.
     *
     * <pre><code class='java'>
     * assertThat(db).sequence("Document_id_seq").isAheadOfData();   // passes: next value 711, max(id) 710
     * // fails after INSERTs with explicit ids: "next value 1 but max(public.Document.id) is 710"
     * </code></pre>
     */
    public SequenceAssert isAheadOfData() {
        RestoredDatabase db = actual.database();
        SchemaSnapshot snapshot = db.schema();
        SchemaSnapshot.Sequence sequence = snapshot.sequence(actual.name()).orElse(null);
        if (sequence == null) {
            throwAssertionError(shouldHaveProperty(
                    "sequence " + actual.name(),
                    "to exist",
                    "no such sequence; the database has: "
                            + (snapshot.sequences().isEmpty()
                                    ? "(none)"
                                    : String.join(
                                            ", ",
                                            snapshot.sequences().stream()
                                                    .map(SchemaSnapshot.Sequence::qualifiedName)
                                                    .toList())),
                    Origin.of(db)));
            return myself;
        }
        if (sequence.ownedBy() == null) {
            throwAssertionError(shouldHaveProperty(
                    "sequence " + sequence.qualifiedName(),
                    "an owning column (OWNED BY table.column) to compare its values with",
                    "no owning column: it is not the sequence of a serial or identity column; compare it with a query"
                            + " instead, e.g. assertThat(db).query(\"SELECT max(id) < nextval(…)\")",
                    Origin.of(db)));
            return myself;
        }
        int lastDot = sequence.ownedBy().lastIndexOf('.');
        int tableDot = sequence.ownedBy().indexOf('.');
        String table = Sql.qualified(
                sequence.ownedBy().substring(0, tableDot), sequence.ownedBy().substring(tableDot + 1, lastDot));
        String column = Sql.quote(sequence.ownedBy().substring(lastDot + 1));
        Object max = db.query("SELECT max(" + column + ")::text FROM " + table).singleValue();
        long next = sequence.lastValue() == null ? sequence.start() : sequence.lastValue() + sequence.increment();
        if (max != null) {
            long maxValue = new java.math.BigDecimal(max.toString()).longValue();
            boolean ahead = sequence.increment() > 0 ? next > maxValue : next < maxValue;
            if (!ahead) {
                throwAssertionError(shouldHaveProperty(
                        "sequence " + sequence.qualifiedName() + " (owned by " + sequence.ownedBy() + ")",
                        "a next value beyond max(" + column + ") = " + maxValue,
                        "next value " + next + " (last value " + sequence.lastValue() + ", increment "
                                + sequence.increment() + "): the next insert that takes it collides with existing rows;"
                                + " fix with SELECT setval('" + sequence.qualifiedName() + "', (SELECT max(" + column
                                + ") FROM " + table + "))",
                        Origin.of(db)));
            }
        }
        return myself;
    }
}
