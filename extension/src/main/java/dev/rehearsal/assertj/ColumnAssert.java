package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldBeNullable.shouldBeNullable;
import static dev.rehearsal.assertj.ShouldHaveColumn.shouldHaveColumn;
import static dev.rehearsal.assertj.ShouldHaveNoNulls.shouldHaveNoNulls;
import static dev.rehearsal.assertj.ShouldHaveNoNulls.shouldHaveNoNullsWhere;
import static dev.rehearsal.assertj.ShouldHaveNullCount.shouldHaveNullCount;
import static dev.rehearsal.assertj.ShouldHaveType.shouldHaveType;
import static dev.rehearsal.assertj.ShouldNotBeNullable.shouldNotBeNullable;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one column of a table, reached by {@code assertThat(db).table("Recipient").column("deletedAt")};
 * it describes itself as {@code [column "Recipient"."deletedAt"]}.
 *
 * <p>Every assertion first requires the table and the column (matched exactly, like quoted identifiers) to exist
 * and fails saying which is missing. Types and nullability come from the catalog; NULLs are counted in the database,
 * and a failure names the first offending rows by primary key (by {@code ctid} when the table has none).
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class ColumnAssert extends AbstractAssert<ColumnAssert, DatabaseColumn> {
    private Navigation navigation = Navigation.DIRECT;

    /** An assert on {@code column}; usually reached through {@link TableAssert#column(String)}. */
    public ColumnAssert(DatabaseColumn column) {
        super(Objects.requireNonNull(column, "column"), ColumnAssert.class);
        info.description(new TextDescription("%s", "column " + column.displayName()));
    }

    final ColumnAssert navigation(Navigation navigation) {
        this.navigation = navigation;
        return this;
    }

    /**
     * Verifies the column's type as PostgreSQL spells it ({@code format_type(atttypid, atttypmod)}, e.g. {@code
     * "timestamp(3) without time zone"}, {@code "text"}, {@code "character varying(191)"}), ignoring case and extra
     * spaces. Aliases are not translated: write {@code "integer"}, not {@code "int4"}.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").column("deletedAt").hasType("timestamp(3) without time zone"); // passes
     * assertThat(db).table("Recipient").column("deletedAt").hasType("timestamp"); // fails, showing the real type
     * </code></pre>
     */
    public ColumnAssert hasType(String expected) {
        Objects.requireNonNull(expected, "expected type");
        Catalog.Column column = located().column();
        if (!normalizeType(column.type()).equals(normalizeType(expected))) {
            throwAssertionError(shouldHaveType(actual.displayName(), expected, column.type(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the column accepts NULL (is not declared {@code NOT NULL}).
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").column("deletedAt").isNullable();   // passes
     * assertThat(db).table("Recipient").column("id").isNullable();          // fails: declared NOT NULL
     * </code></pre>
     */
    public ColumnAssert isNullable() {
        if (located().column().notNull()) {
            throwAssertionError(shouldBeNullable(actual.displayName(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the column is declared {@code NOT NULL}; a failure says how many rows hold NULL now.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").column("id").isNotNullable();          // passes
     * assertThat(db).table("Recipient").column("deletedAt").isNotNullable();   // fails: nullable, 3 rows hold NULL
     * </code></pre>
     */
    public ColumnAssert isNotNullable() {
        Located located = located();
        if (!located.column().notNull()) {
            long nulls = countNulls(located.relation(), "TRUE");
            throwAssertionError(shouldNotBeNullable(actual.displayName(), nulls, origin()));
        }
        return myself;
    }

    /**
     * Verifies that no row holds NULL in this column, counted in the database.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Document").column("ownerId").hasNoNulls();     // passes after the backfill
     * assertThat(db).table("Document").column("deletedAt").hasNoNulls();   // fails: "found 3 rows with NULL:
     *                                                                      //   primary key (id): 1, 5, 9"
     * </code></pre>
     */
    public ColumnAssert hasNoNulls() {
        Catalog.Relation relation = located().relation();
        long nulls = countNulls(relation, "TRUE");
        if (nulls > 0) {
            throwAssertionError(
                    shouldHaveNoNulls(actual.displayName(), nulls, identify(relation, "TRUE", nulls), origin()));
        }
        return myself;
    }

    /**
     * Verifies how many rows hold NULL in this column, counted in the database.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Document").column("deletedAt").hasNullCount(117);   // passes: 117 live documents
     * assertThat(db).table("Document").column("deletedAt").hasNullCount(0);     // fails, naming the NULL rows
     * </code></pre>
     */
    public ColumnAssert hasNullCount(long expected) {
        Catalog.Relation relation = located().relation();
        long nulls = countNulls(relation, "TRUE");
        if (nulls != expected) {
            String offending = nulls == 0 ? "" : identify(relation, "TRUE", nulls);
            throwAssertionError(shouldHaveNullCount(actual.displayName(), expected, nulls, offending, origin()));
        }
        return myself;
    }

    /**
     * Verifies that no row selected by {@code sqlCondition} (a SQL boolean expression over the table's columns,
     * inserted as written) holds NULL in this column.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").column("documentDeletedAt")
     *         .hasNoNullsWhere("\"documentId\" IN (SELECT id FROM \"Document\" WHERE \"deletedAt\" IS NOT NULL)");
     * // passes when the migration copied deletedAt to every recipient of a deleted document;
     * // fails otherwise: "found 2 such rows with NULL: primary key (id): 4, 8"
     * </code></pre>
     */
    public ColumnAssert hasNoNullsWhere(String sqlCondition) {
        Objects.requireNonNull(sqlCondition, "sqlCondition");
        Catalog.Relation relation = located().relation();
        String condition = "(" + sqlCondition + "\n)";
        long nulls = countNulls(relation, condition);
        if (nulls > 0) {
            throwAssertionError(shouldHaveNoNullsWhere(
                    actual.displayName(), sqlCondition, nulls, identify(relation, condition, nulls), origin()));
        }
        return myself;
    }

    /** Navigates back to the table, to chain assertions on another column. */
    @CheckReturnValue
    public TableAssert returnToTable() {
        return navigation.table(actual.table());
    }

    private long countNulls(Catalog.Relation relation, String condition) {
        return Sql.count(db(), "SELECT count(*) FROM " + relation.sql() + " WHERE " + nullIn(condition));
    }

    private String identify(Catalog.Relation relation, String condition, long found) {
        return Catalog.identify(db(), relation, nullIn(condition), found);
    }

    private String nullIn(String condition) {
        return condition + " AND " + Sql.quote(actual.name()) + " IS NULL";
    }

    private Catalog.Relation relation() {
        Optional<Catalog.Relation> relation = Catalog.find(db(), actual.table());
        if (relation.isEmpty()) {
            throwAssertionError(TableAssert.missing(actual.table()));
        }
        return relation.get();
    }

    /** The table and the column, or a failure naming the one that is missing. */
    /**
     * Verifies the column's default expression as the server renders it ({@code pg_get_expr}), ignoring case
     * differences of keywords, extra spaces and a trailing type cast the server adds: {@code "'DRAFT'"} matches
     * {@code 'DRAFT'::"DocumentStatus"}, {@code "now()"} matches {@code now()}, {@code "CURRENT_TIMESTAMP"} matches
     * {@code CURRENT_TIMESTAMP}.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Document").column("status").hasDefault("'DRAFT'");   // passes
     * assertThat(db).table("Document").column("title").hasDefault("''");       // fails: "it has no default"
     * </code></pre>
     */
    public ColumnAssert hasDefault(String expected) {
        Objects.requireNonNull(expected, "expected default");
        SchemaSnapshot.Column column = snapshotColumn();
        String actualDefault = column.defaultValue();
        if (actualDefault == null || !defaultMatches(actualDefault, expected)) {
            throwAssertionError(ShouldHaveProperty.shouldHaveProperty(
                    "column " + actual.displayName(),
                    "DEFAULT " + expected,
                    actualDefault == null
                            ? (column.generated() != null
                                    ? "no default: it is GENERATED ALWAYS AS (" + column.generated() + ") STORED"
                                    : column.identity() != null
                                            ? "no default: it is an identity column (GENERATED " + column.identity()
                                                    + " AS IDENTITY)"
                                            : "no default")
                            : "DEFAULT " + actualDefault,
                    origin()));
        }
        return myself;
    }

    /**
     * Verifies that the column is an identity column ({@code GENERATED ALWAYS} or {@code BY DEFAULT AS IDENTITY}).
     *
     * <pre><code class='java'>
     * assertThat(db).table("Invoice").column("id").isIdentity();   // passes after a migration to identity columns
     * assertThat(db).table("User").column("id").isIdentity();      // fails: "DEFAULT nextval('…'::regclass)"
     * </code></pre>
     */
    public ColumnAssert isIdentity() {
        SchemaSnapshot.Column column = snapshotColumn();
        if (column.identity() == null) {
            throwAssertionError(ShouldHaveProperty.shouldHaveProperty(
                    "column " + actual.displayName(),
                    "GENERATED … AS IDENTITY",
                    column.defaultValue() == null ? "no identity and no default" : "DEFAULT " + column.defaultValue(),
                    origin()));
        }
        return myself;
    }

    static boolean defaultMatches(String actualDefault, String expected) {
        String a = normalizeDefault(actualDefault);
        String e = normalizeDefault(expected);
        return a.equals(e)
                || withoutTrailingCast(a).equals(e)
                || withoutTrailingCast(a).equals(withoutTrailingCast(e));
    }

    private static String normalizeDefault(String expression) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            out.append(quoted || c == '\'' ? c : Character.toLowerCase(c));
        }
        return out.toString().trim();
    }

    /** {@code 'DRAFT'::"documentstatus"} → {@code 'DRAFT'}; casts inside the expression stay. */
    private static String withoutTrailingCast(String expression) {
        int quote = expression.lastIndexOf('\'');
        int cast = expression.lastIndexOf("::");
        if (cast > quote && cast > 0 && !expression.substring(cast).contains(")")) {
            return expression.substring(0, cast);
        }
        return expression;
    }

    private SchemaSnapshot.Column snapshotColumn() {
        Located located = located();
        return SchemaObjects.table(actual.table().database(), located.relation())
                .column(actual.name())
                .orElseThrow(
                        () -> new IllegalStateException("column " + actual.displayName() + " vanished while read"));
    }

    private Located located() {
        Catalog.Relation relation = relation();
        List<Catalog.Column> columns = Catalog.columns(db(), relation);
        Optional<Catalog.Column> column =
                columns.stream().filter(c -> c.name().equals(actual.name())).findFirst();
        if (column.isEmpty()) {
            throwAssertionError(shouldHaveColumn(
                    relation.sql(),
                    actual.name(),
                    columns.stream().map(Catalog.Column::name).toList(),
                    origin()));
        }
        return new Located(relation, column.get());
    }

    private record Located(Catalog.Relation relation, Catalog.Column column) {}

    private static String normalizeType(String type) {
        return type.strip()
                .replaceAll("\\s+", " ")
                .replace(" (", "(")
                .replace(", ", ",")
                .toLowerCase(Locale.ROOT);
    }

    private String origin() {
        return Origin.of(db());
    }

    private RestoredDatabase db() {
        return actual.table().database();
    }
}
