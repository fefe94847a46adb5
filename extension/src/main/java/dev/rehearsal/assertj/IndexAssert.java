package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldHaveProperty.shouldHaveProperty;
import static dev.rehearsal.assertj.ShouldHaveSchemaElement.shouldHave;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one index, reached by {@code assertThat(db).table("User").hasIndex("email")}; it describes itself
 * as {@code [index ("email") of "User"]}. Every assertion reads the catalog again and first requires the index.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class IndexAssert extends AbstractAssert<IndexAssert, DatabaseIndex> {
    private Navigation navigation = Navigation.DIRECT;

    /** An assert on {@code index}; usually reached through {@link TableAssert#hasIndex(String...)}. */
    public IndexAssert(DatabaseIndex index) {
        super(Objects.requireNonNull(index, "index"), IndexAssert.class);
        info.description(new TextDescription("%s", index.displayName()));
    }

    /**
     * Verifies that the index is unique.
     *
     * <pre><code class='java'>
     * assertThat(db).table("User").hasIndex("email").isUnique();       // passes: CREATE UNIQUE INDEX
     * assertThat(db).table("Document").hasIndex("ownerId").isUnique(); // fails, showing its definition
     * </code></pre>
     */
    public IndexAssert isUnique() {
        SchemaSnapshot.Index index = located();
        if (!index.unique()) {
            throwAssertionError(shouldHaveProperty(describe(index), "UNIQUE", index.definition(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the index is valid: a {@code CREATE INDEX CONCURRENTLY} that failed (e.g. on duplicates) leaves
     * an invalid index that the planner ignores and a UNIQUE one that still blocks writes.
     *
     * <pre><code class='java'>
     * assertThat(db).table("User").hasIndex("email").isValid();   // passes
     * // fails after CREATE UNIQUE INDEX CONCURRENTLY met duplicates: "INVALID (pg_index.indisvalid = false)"
     * </code></pre>
     */
    public IndexAssert isValid() {
        SchemaSnapshot.Index index = located();
        if (!index.valid()) {
            throwAssertionError(shouldHaveProperty(
                    describe(index),
                    "a valid index",
                    "INVALID (pg_index.indisvalid = false; a failed CREATE INDEX CONCURRENTLY leaves this): "
                            + index.definition() + "; DROP INDEX " + Sql.quote(index.name())
                            + " and create it again once the data allows it",
                    origin()));
        }
        return myself;
    }

    final IndexAssert navigation(Navigation navigation) {
        this.navigation = navigation;
        return this;
    }

    /** Back to the assertions on the table. */
    public TableAssert returnToTable() {
        return navigation.table(actual.table());
    }

    private SchemaSnapshot.Index located() {
        RestoredDatabase db = actual.table().database();
        Optional<Catalog.Relation> relation = Catalog.find(db, actual.table());
        if (relation.isEmpty()) {
            throwAssertionError(TableAssert.missing(actual.table()));
        }
        SchemaSnapshot.Table table = SchemaObjects.table(db, relation.get());
        Optional<SchemaSnapshot.Index> index = find(table, actual.columnsOrName());
        if (index.isEmpty()) {
            throwAssertionError(missing(relation.get(), table, actual.columnsOrName(), db));
        }
        return index.get();
    }

    /** By name when one name is given and an index has it, else by key columns in order. */
    static Optional<SchemaSnapshot.Index> find(SchemaSnapshot.Table table, List<String> columnsOrName) {
        if (columnsOrName.size() == 1) {
            Optional<SchemaSnapshot.Index> byName = table.indexes().stream()
                    .filter(i -> i.name().equals(columnsOrName.get(0)))
                    .findFirst();
            if (byName.isPresent()) {
                return byName;
            }
        }
        List<String> quoted = columnsOrName.stream().map(Sql::quote).toList();
        return table.indexes().stream()
                .filter(i -> i.columns().equals(columnsOrName) || i.columns().equals(quoted))
                .findFirst();
    }

    static org.assertj.core.error.ErrorMessageFactory missing(
            Catalog.Relation relation, SchemaSnapshot.Table table, List<String> columnsOrName, RestoredDatabase db) {
        return shouldHave(
                relation.sql(),
                (columnsOrName.size() == 1
                                ? "an index named " + Sql.quote(columnsOrName.get(0)) + ", or "
                                : "an index ")
                        + "on key columns " + SchemaObjects.columns(columnsOrName),
                table.indexes().stream()
                        .map(i -> i.definition() + (i.valid() ? "" : " (INVALID)"))
                        .toList(),
                Origin.of(db));
    }

    private String describe(SchemaSnapshot.Index index) {
        return "index " + Sql.quote(index.name()) + " of " + actual.table().displayName();
    }

    private String origin() {
        return Origin.of(actual.table().database());
    }
}
