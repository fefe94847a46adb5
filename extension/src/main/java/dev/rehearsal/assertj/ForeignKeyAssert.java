package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldHaveProperty.shouldHaveProperty;
import static dev.rehearsal.assertj.ShouldHaveSchemaElement.shouldHave;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one foreign key, reached by {@code assertThat(db).table("Recipient").hasForeignKey("documentId")};
 * it describes itself as {@code [foreign key ("documentId") of "Recipient"]}. Every assertion reads the catalog
 * again and first requires the foreign key to exist.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class ForeignKeyAssert extends AbstractAssert<ForeignKeyAssert, DatabaseForeignKey> {
    private Navigation navigation = Navigation.DIRECT;

    /** An assert on {@code key}; usually reached through {@link TableAssert#hasForeignKey(String...)}. */
    public ForeignKeyAssert(DatabaseForeignKey key) {
        super(Objects.requireNonNull(key, "foreign key"), ForeignKeyAssert.class);
        info.description(new TextDescription("%s", key.displayName()));
    }

    /**
     * Verifies the referenced table and columns; the table as {@code "Document"} (any schema) or {@code
     * "public.Document"}.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").hasForeignKey("documentId").referencing("Document", "id");   // passes
     * assertThat(db).table("Recipient").hasForeignKey("documentId").referencing("User", "id");       // fails
     * </code></pre>
     */
    public ForeignKeyAssert referencing(String table, String... columns) {
        Objects.requireNonNull(table, "referenced table");
        SchemaSnapshot.ForeignKey key = located();
        String referenced = key.referencedTable();
        boolean tableMatches = referenced.equals(table) || referenced.endsWith("." + table);
        boolean columnsMatch = columns.length == 0 || key.referencedColumns().equals(List.of(columns));
        if (!tableMatches || !columnsMatch) {
            throwAssertionError(shouldHaveProperty(
                    describe(key),
                    "REFERENCES " + table + (columns.length == 0 ? "" : " " + SchemaObjects.columns(List.of(columns))),
                    "REFERENCES " + referenced + " " + SchemaObjects.columns(key.referencedColumns()),
                    origin()));
        }
        return myself;
    }

    /**
     * Verifies the ON DELETE action: {@code "CASCADE"}, {@code "RESTRICT"}, {@code "NO ACTION"}, {@code "SET
     * NULL"} or {@code "SET DEFAULT"} (case-insensitive).
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").hasForeignKey("documentId").onDelete("CASCADE");    // passes
     * assertThat(db).table("Recipient").hasForeignKey("documentId").onDelete("SET NULL");   // fails: CASCADE
     * </code></pre>
     */
    public ForeignKeyAssert onDelete(String action) {
        Objects.requireNonNull(action, "action");
        SchemaSnapshot.ForeignKey key = located();
        if (!key.onDelete().equals(action.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "))) {
            throwAssertionError(
                    shouldHaveProperty(describe(key), "ON DELETE " + action, "ON DELETE " + key.onDelete(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the foreign key is validated: not added {@code NOT VALID}, or validated since ({@code ALTER
     * TABLE … VALIDATE CONSTRAINT}), so every existing row was checked.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").hasForeignKey("documentId").isValidated();   // passes
     * // fails after ADD CONSTRAINT … NOT VALID without VALIDATE CONSTRAINT
     * </code></pre>
     */
    public ForeignKeyAssert isValidated() {
        SchemaSnapshot.ForeignKey key = located();
        if (!key.validated()) {
            throwAssertionError(shouldHaveProperty(
                    describe(key),
                    "been validated (every existing row checked)",
                    "NOT VALID: rows that existed before it was added were never checked;"
                            + " ALTER TABLE … VALIDATE CONSTRAINT " + Sql.quote(key.name()) + " checks them",
                    origin()));
        }
        return myself;
    }

    final ForeignKeyAssert navigation(Navigation navigation) {
        this.navigation = navigation;
        return this;
    }

    /** Back to the assertions on the referencing table. */
    public TableAssert returnToTable() {
        return navigation.table(actual.table());
    }

    private SchemaSnapshot.ForeignKey located() {
        RestoredDatabase db = actual.table().database();
        Optional<Catalog.Relation> relation = Catalog.find(db, actual.table());
        if (relation.isEmpty()) {
            throwAssertionError(TableAssert.missing(actual.table()));
        }
        SchemaSnapshot.Table table = SchemaObjects.table(db, relation.get());
        Optional<SchemaSnapshot.ForeignKey> key = find(table, actual.columns());
        if (key.isEmpty()) {
            throwAssertionError(missing(relation.get(), table, actual.columns(), db));
        }
        return key.get();
    }

    static Optional<SchemaSnapshot.ForeignKey> find(SchemaSnapshot.Table table, List<String> columns) {
        return table.foreignKeys().stream()
                .filter(k -> k.columns().equals(columns))
                .findFirst();
    }

    static org.assertj.core.error.ErrorMessageFactory missing(
            Catalog.Relation relation, SchemaSnapshot.Table table, List<String> columns, RestoredDatabase db) {
        return shouldHave(
                relation.sql(),
                "a foreign key on " + SchemaObjects.columns(columns),
                table.foreignKeys().stream()
                        .map(ForeignKeyAssert::describeShort)
                        .toList(),
                Origin.of(db));
    }

    static String describeShort(SchemaSnapshot.ForeignKey key) {
        return Sql.quote(key.name()) + " " + SchemaObjects.columns(key.columns()) + " REFERENCES "
                + key.referencedTable() + " " + SchemaObjects.columns(key.referencedColumns()) + " ON DELETE "
                + key.onDelete() + (key.validated() ? "" : " NOT VALID");
    }

    private String describe(SchemaSnapshot.ForeignKey key) {
        return "foreign key " + Sql.quote(key.name()) + " " + SchemaObjects.columns(key.columns()) + " of "
                + actual.table().displayName();
    }

    private String origin() {
        return Origin.of(actual.table().database());
    }
}
