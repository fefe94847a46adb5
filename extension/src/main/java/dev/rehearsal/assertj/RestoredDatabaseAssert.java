package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.Objects;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;

/**
 * The entry point of assertions on a {@link RestoredDatabase}: navigates to a table, a query or the migration
 * history. Reached by {@link RehearsalAssertions#assertThat(RestoredDatabase)}.
 *
 * <pre><code class='java'>
 * assertThat(db).migrations().areAllApplied();
 * assertThat(db).table("Session").hasColumn("ipAddress");
 * assertThat(db).table("Recipient").column("documentDeletedAt").isNullable().returnToTable().hasRowCount(12);
 * assertThat(db).query("SELECT id FROM \"Document\" WHERE \"deletedAt\" IS NULL")
 *         .returnsSameRowsAs(db.beforeMigration(), "SELECT id FROM \"Document\"");
 * </code></pre>
 *
 * <p>Navigation reads nothing from the database; the assertions of the asserts it returns do, and their failures
 * say what was expected, what was found, where (table, column or SQL), the database, the fixture it was restored
 * from and the state of its migrations.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class RestoredDatabaseAssert extends AbstractAssert<RestoredDatabaseAssert, RestoredDatabase> {
    private Navigation navigation = Navigation.DIRECT;

    /** An assert on {@code database}; usually created by {@link RehearsalAssertions#assertThat(RestoredDatabase)}. */
    public RestoredDatabaseAssert(RestoredDatabase database) {
        super(
                Objects.requireNonNull(
                        database, "the RestoredDatabase is null: was it injected as a test method parameter?"),
                RestoredDatabaseAssert.class);
    }

    final RestoredDatabaseAssert navigation(Navigation navigation) {
        this.navigation = navigation;
        return this;
    }

    /**
     * Navigates to a table: {@code "Session"} (matched exactly, like a quoted identifier, in the first schema of the
     * search_path that has it) or {@code "audit.Session"}.
     *
     * @throws IllegalArgumentException when the name is blank or has a blank part
     */
    @CheckReturnValue
    public TableAssert table(String name) {
        return navigation.table(DatabaseTable.parse(actual, name));
    }

    /**
     * Navigates to assertions on the rows {@code sql} returns, with positional ({@code ?}) parameters bound by
     * {@code setObject}; the query runs once per assertion.
     */
    @CheckReturnValue
    public QueryAssert query(String sql, Object... args) {
        return navigation.query(DatabaseQuery.of(actual, Objects.requireNonNull(sql, "sql"), args));
    }

    /**
     * Navigates to assertions on the whole schema ({@link RestoredDatabase#schema()}): snapshots, comparisons.
     */
    @CheckReturnValue
    public SchemaAssert schema() {
        return navigation.schema(actual);
    }

    /**
     * Navigates to assertions on what the pending migrations would meet on this backup ({@link
     * RestoredDatabase#preflight()}): the rows that block a statement, found before it runs.
     */
    @CheckReturnValue
    public PreflightAssert preflight() {
        return navigation.preflight(actual);
    }

    /** Navigates to a sequence: {@code "Document_id_seq"} or {@code "public.Document_id_seq"}. */
    @CheckReturnValue
    public SequenceAssert sequence(String name) {
        return navigation.sequence(new DatabaseSequence(actual, Objects.requireNonNull(name, "sequence name")));
    }

    /** Navigates to an enum type: {@code "DocumentStatus"} or {@code "public.DocumentStatus"}. */
    @CheckReturnValue
    public EnumTypeAssert enumType(String name) {
        return navigation.enumType(new DatabaseEnumType(actual, Objects.requireNonNull(name, "enum type name")));
    }

    /** Navigates to assertions on the migration history ({@link RestoredDatabase#migrations()}). */
    @CheckReturnValue
    public MigrationsAssert migrations() {
        return navigation.migrations(actual);
    }
}
