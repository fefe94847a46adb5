package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldExist.shouldExist;
import static dev.rehearsal.assertj.ShouldHaveColumn.shouldHaveColumn;
import static dev.rehearsal.assertj.ShouldHaveRowCount.shouldHaveRowCount;
import static dev.rehearsal.assertj.ShouldHaveSameRowCountAsBeforeMigration.shouldHaveSameRowCountAsBeforeMigration;
import static dev.rehearsal.assertj.ShouldHaveSameRowCountAsBeforeMigration.tableMissingBeforeMigration;
import static dev.rehearsal.assertj.ShouldNotExist.shouldNotExist;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on one table of a {@link dev.rehearsal.RestoredDatabase}, reached by {@code
 * assertThat(db).table("Session")}; it describes itself as {@code [table "Session"]}.
 *
 * <p>The name is matched exactly, like a quoted identifier; {@code "audit.Session"} names a schema. Every assertion
 * reads the catalog or counts in the database ({@code SELECT count(*)}), never streams the table. Every assertion but
 * {@link #exists()} and {@link #doesNotExist()} first requires the table to exist and fails like {@code exists()}
 * when it does not. Views, materialized views and foreign tables count as tables here.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class TableAssert extends AbstractAssert<TableAssert, DatabaseTable> {
    private Navigation navigation = Navigation.DIRECT;

    /** An assert on {@code table}; usually reached through {@link RestoredDatabaseAssert#table(String)}. */
    public TableAssert(DatabaseTable table) {
        super(Objects.requireNonNull(table, "table"), TableAssert.class);
        info.description(new TextDescription("%s", "table " + table.displayName()));
    }

    final TableAssert navigation(Navigation navigation) {
        this.navigation = navigation;
        return this;
    }

    /**
     * Verifies that the table exists.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Session").exists();   // passes when "Session" exists
     * assertThat(db).table("session").exists();   // fails: names are case-sensitive, the message lists "Session"
     * </code></pre>
     */
    public TableAssert exists() {
        relation();
        return myself;
    }

    /**
     * Verifies that no table, view or foreign table of that name exists.
     *
     * <pre><code class='java'>
     * assertThat(db).table("LegacySession").doesNotExist();   // passes once a migration dropped it
     * assertThat(db).table("Session").doesNotExist();         // fails: found table "public"."Session"
     * </code></pre>
     */
    public TableAssert doesNotExist() {
        Catalog.find(db(), actual)
                .ifPresent(found -> throwAssertionError(
                        shouldNotExist(actual.displayName(), found.kindName() + " " + found.sql(), Origin.of(db()))));
        return myself;
    }

    /**
     * Verifies that the table has a column of exactly that name.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Session").hasColumn("ipAddress");   // passes after the migration added it
     * assertThat(db).table("Session").hasColumn("ipaddress");   // fails, listing the columns the table has
     * </code></pre>
     */
    public TableAssert hasColumn(String name) {
        Objects.requireNonNull(name, "column name");
        Catalog.Relation relation = relation();
        var columns = Catalog.columns(db(), relation);
        if (columns.stream().noneMatch(c -> c.name().equals(name))) {
            throwAssertionError(shouldHaveColumn(
                    relation.sql(),
                    name,
                    columns.stream().map(Catalog.Column::name).toList(),
                    Origin.of(db())));
        }
        return myself;
    }

    /**
     * Verifies the table's row count, counted in the database.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Session").hasRowCount(42);   // passes when SELECT count(*) says 42
     * assertThat(db).table("Session").hasRowCount(0);    // fails: "to have 0 rows but it has 42 rows"
     * </code></pre>
     */
    public TableAssert hasRowCount(long expected) {
        Catalog.Relation relation = relation();
        long count = count(db(), relation);
        if (count != expected) {
            throwAssertionError(shouldHaveRowCount(relation.sql(), expected, count, Origin.of(db())));
        }
        return myself;
    }

    /**
     * Verifies that the table has as many rows as the same table had right after the restore, before any migration
     * ({@link RestoredDatabase#beforeMigration()}); the table is looked up in the schema where it was found now. A
     * database that ran no migrations is its own pre-migration state, so this then always passes.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Document").hasSameRowCountAsBeforeMigration();   // passes: no row was lost
     * // fails after a migration deleted rows: "120 rows in database … (before the migrations) … 118 rows (2 fewer)"
     * </code></pre>
     */
    public TableAssert hasSameRowCountAsBeforeMigration() {
        Catalog.Relation relation = relation();
        long after = count(db(), relation);
        RestoredDatabase before = db().beforeMigration();
        long beforeCount = count(before, relationBeforeMigration(relation, before, () -> after));
        if (beforeCount != after) {
            throwAssertionError(shouldHaveSameRowCountAsBeforeMigration(
                    relation.sql(), beforeCount, before.databaseName(), after, Origin.of(db())));
        }
        return myself;
    }

    /**
     * The same table in {@code before}, looked up in the schema where it was found now, or a failure saying it did
     * not exist before the migrations (with {@code rowsNow}, counted only then).
     */
    private Catalog.Relation relationBeforeMigration(
            Catalog.Relation relation, RestoredDatabase before, LongSupplier rowsNow) {
        DatabaseTable beforeTable = new DatabaseTable(before, Optional.of(relation.schema()), relation.name());
        Optional<Catalog.Relation> beforeRelation = Catalog.find(before, beforeTable);
        if (beforeRelation.isEmpty()) {
            throwAssertionError(tableMissingBeforeMigration(
                    relation.sql(),
                    Catalog.searched(before, beforeTable),
                    before.databaseName(),
                    rowsNow.getAsLong(),
                    Origin.of(db())));
        }
        return beforeRelation.get();
    }

    /**
     * Verifies that the table has no column of exactly that name (a migration dropped or renamed it).
     *
     * <pre><code class='java'>
     * assertThat(db).table("User").doesNotHaveColumn("legacyPassword");   // passes once a migration dropped it
     * assertThat(db).table("User").doesNotHaveColumn("email");            // fails: it has "email" text
     * </code></pre>
     */
    public TableAssert doesNotHaveColumn(String name) {
        Objects.requireNonNull(name, "column name");
        Catalog.Relation relation = relation();
        Catalog.columns(db(), relation).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .ifPresent(c -> throwAssertionError(
                        ShouldNotHaveColumn.shouldNotHaveColumn(relation.sql(), c.name(), c.type(), Origin.of(db()))));
        return myself;
    }

    /**
     * Verifies that the table's primary key is on exactly these columns, in this order.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").hasPrimaryKey("id");                  // passes
     * assertThat(db).table("Recipient").hasPrimaryKey("documentId", "email"); // fails: PRIMARY KEY ("id")
     * </code></pre>
     */
    public TableAssert hasPrimaryKey(String... columns) {
        List<String> expected = names(columns, "primary key");
        Catalog.Relation relation = relation();
        SchemaSnapshot.PrimaryKey key = SchemaObjects.table(db(), relation).primaryKey();
        if (key == null || !key.columns().equals(expected)) {
            throwAssertionError(ShouldHaveSchemaElement.shouldHave(
                    relation.sql(),
                    "PRIMARY KEY " + SchemaObjects.columns(expected),
                    key == null
                            ? List.of()
                            : List.of(Sql.quote(key.name()) + " PRIMARY KEY " + SchemaObjects.columns(key.columns())),
                    Origin.of(db())));
        }
        return myself;
    }

    /**
     * Verifies that the table has a foreign key on exactly these referencing columns, in this order, and navigates
     * to it ({@link ForeignKeyAssert#referencing}, {@link ForeignKeyAssert#onDelete}, {@link
     * ForeignKeyAssert#isValidated}).
     *
     * <pre><code class='java'>
     * assertThat(db).table("Recipient").hasForeignKey("documentId").referencing("Document", "id").onDelete("CASCADE");
     * assertThat(db).table("Recipient").hasForeignKey("userId");   // fails, listing the foreign keys it has
     * </code></pre>
     */
    @CheckReturnValue
    public ForeignKeyAssert hasForeignKey(String... columns) {
        List<String> expected = names(columns, "foreign key");
        navigation.check(() -> {
            Catalog.Relation relation = relation();
            SchemaSnapshot.Table table = SchemaObjects.table(db(), relation);
            if (ForeignKeyAssert.find(table, expected).isEmpty()) {
                throwAssertionError(ForeignKeyAssert.missing(relation, table, expected, db()));
            }
        });
        return navigation.foreignKey(new DatabaseForeignKey(actual, expected));
    }

    /**
     * Verifies that the table has an index named so (one argument), or on exactly these key columns or expressions
     * in this order, and navigates to it ({@link IndexAssert#isUnique}, {@link IndexAssert#isValid}).
     *
     * <pre><code class='java'>
     * assertThat(db).table("User").hasIndex("email").isUnique().isValid();   // passes
     * assertThat(db).table("User").hasIndex("name");   // fails, listing the index definitions the table has
     * </code></pre>
     */
    @CheckReturnValue
    public IndexAssert hasIndex(String... columnsOrName) {
        List<String> expected = names(columnsOrName, "index");
        navigation.check(() -> {
            Catalog.Relation relation = relation();
            SchemaSnapshot.Table table = SchemaObjects.table(db(), relation);
            if (IndexAssert.find(table, expected).isEmpty()) {
                throwAssertionError(IndexAssert.missing(relation, table, expected, db()));
            }
        });
        return navigation.index(new DatabaseIndex(actual, expected));
    }

    /**
     * Verifies that the table has a CHECK constraint of that name.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Invoice").hasCheck("Invoice_amount_positive");   // passes
     * assertThat(db).table("Invoice").hasCheck("amount_check");  // fails, listing the checks with definitions
     * </code></pre>
     */
    public TableAssert hasCheck(String name) {
        Objects.requireNonNull(name, "check constraint name");
        Catalog.Relation relation = relation();
        SchemaSnapshot.Table table = SchemaObjects.table(db(), relation);
        if (table.checks().stream().noneMatch(c -> c.name().equals(name))) {
            throwAssertionError(ShouldHaveSchemaElement.shouldHave(
                    relation.sql(),
                    "CHECK constraint " + Sql.quote(name),
                    table.checks().stream()
                            .map(c -> Sql.quote(c.name()) + " " + c.definition() + (c.validated() ? "" : " NOT VALID"))
                            .toList(),
                    Origin.of(db())));
        }
        return myself;
    }

    private static List<String> names(String[] names, String what) {
        Objects.requireNonNull(names, what + " columns");
        if (names.length == 0) {
            throw new IllegalArgumentException("name at least one column of the " + what);
        }
        for (String name : names) {
            Objects.requireNonNull(name, what + " column");
        }
        return List.of(names);
    }

    /**
     * Verifies that the table holds the same rows as right after the restore, before any migration ({@link
     * RestoredDatabase#beforeMigration()}), over {@code columns} (none given: every column both have), in any order.
     * Computed by hashing in the database (row count and a sum of per-row md5 slices over the values as text), so
     * gigabyte tables are compared without reading them; a type change that keeps every value's text (e.g. {@code
     * integer} to {@code bigint}) is no difference. A failure names up to five differing rows by primary key when
     * both tables have it and hold at most 100,000 rows.
     *
     * <pre><code class='java'>
     * assertThat(db).table("Document").hasSameContentAsBeforeMigration("id", "title", "ownerId");   // passes
     * // fails after a migration rewrote titles: "content differs … rows with primary key (id): 17 (changed), …"
     * </code></pre>
     */
    public TableAssert hasSameContentAsBeforeMigration(String... columns) {
        Objects.requireNonNull(columns, "columns");
        Catalog.Relation relation = relation();
        RestoredDatabase before = db().beforeMigration();
        Catalog.Relation beforeRelation = relationBeforeMigration(relation, before, () -> count(db(), relation));
        List<String> afterColumns = Catalog.columns(db(), relation).stream()
                .map(Catalog.Column::name)
                .toList();
        List<String> beforeColumns = Catalog.columns(before, beforeRelation).stream()
                .map(Catalog.Column::name)
                .toList();
        List<String> compared = columns.length == 0
                ? afterColumns.stream().filter(beforeColumns::contains).toList()
                : List.of(columns);
        for (String column : compared) {
            if (!afterColumns.contains(column)) {
                throwAssertionError(shouldHaveColumn(relation.sql(), column, afterColumns, Origin.of(db())));
            }
            if (!beforeColumns.contains(column)) {
                throwAssertionError(ShouldHaveSameContent.columnMissingBefore(
                        relation.sql(), column, before.databaseName(), beforeColumns, Origin.of(db())));
            }
        }
        ContentHash beforeHash = ContentHash.of(before, beforeRelation, compared);
        ContentHash afterHash = ContentHash.of(db(), relation, compared);
        if (!beforeHash.equals(afterHash)) {
            List<String> key = Catalog.primaryKey(db(), relation);
            List<String> differing = !key.isEmpty()
                            && beforeColumns.containsAll(key)
                            && beforeHash.rows() <= ContentHash.KEYED_DIFF_LIMIT
                            && afterHash.rows() <= ContentHash.KEYED_DIFF_LIMIT
                    ? ContentHash.differingKeys(before, beforeRelation, db(), relation, key, compared)
                    : List.of();
            throwAssertionError(ShouldHaveSameContent.shouldHaveSameContent(
                    relation.sql(),
                    compared,
                    before.databaseName(),
                    beforeHash.rows(),
                    afterHash.rows(),
                    key,
                    differing,
                    Origin.of(db())));
        }
        return myself;
    }

    /**
     * Navigates to a column of this table, named exactly as in the catalog; nothing is checked until an assertion
     * of the returned {@link ColumnAssert} runs.
     */
    @CheckReturnValue
    public ColumnAssert column(String name) {
        return navigation.column(new DatabaseColumn(actual, name));
    }

    /** The relation, or a {@code ShouldExist} failure. */
    private Catalog.Relation relation() {
        Optional<Catalog.Relation> relation = Catalog.find(db(), actual);
        if (relation.isEmpty()) {
            throwAssertionError(missing(actual));
        }
        return relation.get();
    }

    /** The failure for a table that does not exist. */
    static ErrorMessageFactory missing(DatabaseTable table) {
        RestoredDatabase db = table.database();
        return shouldExist(table.displayName(), Catalog.searched(db, table), Catalog.similar(db, table), Origin.of(db));
    }

    private static long count(RestoredDatabase db, Catalog.Relation relation) {
        return Sql.count(db, "SELECT count(*) FROM " + relation.sql());
    }

    private RestoredDatabase db() {
        return actual.database();
    }
}
