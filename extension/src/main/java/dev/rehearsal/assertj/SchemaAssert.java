package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldMatchSchema.shouldMatchSchema;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.internal.db.DefaultRestoredDatabase;
import dev.rehearsal.internal.schema.SchemaDiff;
import dev.rehearsal.internal.schema.SnapshotFile;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on a database's whole schema ({@link RestoredDatabase#schema()}), reached by {@code
 * assertThat(db).schema()}. Differences are listed one per line: the object, then what each side has. Column order
 * and sequence values are not compared unless asked for ({@link #withColumnOrder()}, {@link #withSequenceValues()});
 * enum label order always is.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class SchemaAssert extends AbstractAssert<SchemaAssert, RestoredDatabase> {
    /**
     * Set to {@code true} (system property, environment variable {@code REHEARSAL_SNAPSHOTS_UPDATE} or {@code
     * rehearsal.yml}) to make {@link #matchesSnapshot(String)} write the snapshot files instead of comparing.
     */
    public static final String UPDATE_SNAPSHOTS = SnapshotFile.UPDATE;

    private boolean columnOrder;
    private boolean sequenceValues;

    /** An assert on {@code database}'s schema; usually reached through {@link RestoredDatabaseAssert#schema()}. */
    public SchemaAssert(RestoredDatabase database) {
        super(Objects.requireNonNull(database, "database"), SchemaAssert.class);
        info.description(new TextDescription("%s", "schema of " + database.databaseName()));
    }

    /** Makes the comparisons that follow also compare the order of each table's columns. */
    public SchemaAssert withColumnOrder() {
        columnOrder = true;
        return myself;
    }

    /** Makes the comparisons that follow also compare the sequences' current values. */
    public SchemaAssert withSequenceValues() {
        sequenceValues = true;
        return myself;
    }

    /**
     * Verifies that the schema equals the snapshot file at {@code location} ({@code .yml}/{@code .yaml} or {@code
     * .json}), found on the classpath first, then under the project directory. With {@value #UPDATE_SNAPSHOTS}
     * {@code =true} the file is (re)written instead, under the project directory ({@code src/test/resources/} +
     * location, or where it already is), and a line says so; commit it like any test resource.
     *
     * <pre><code class='java'>
     * assertThat(db).schema().matchesSnapshot("schema/app.yml");   // passes when nothing changed
     * // fails after a migration changed a column: "column public."Session"."ipAddress": type text (database) vs
     * // character varying(45) (snapshot)"
     * </code></pre>
     */
    public SchemaAssert matchesSnapshot(String location) {
        Objects.requireNonNull(location, "snapshot location");
        SchemaSnapshot current = actual.schema();
        SnapshotFile file = SnapshotFile.locate(location);
        if (file.updateRequested()) {
            String note = file.write(current);
            System.err.println(note);
            return myself;
        }
        SchemaSnapshot expected = file.read();
        List<String> differences = diff("snapshot").differences(current, expected);
        if (!differences.isEmpty()) {
            throwAssertionError(shouldMatchSchema(
                    "the snapshot " + file.describe(),
                    differences,
                    "If the change is intended, rewrite the snapshot: run the test with -D" + UPDATE_SNAPSHOTS
                            + "=true and commit the file.\n",
                    Origin.of(actual)));
        }
        return myself;
    }

    /**
     * Verifies that the upgraded schema is the one a fresh install gets: the catalog of an empty database migrated
     * with the same migration files, by the same tool, to the same target, on the same server (built once and cached
     * like the test's own templates). Drift left by hand-applied fixes, objects the backup carries that no
     * migration creates, constraint or index names that differ after a dump and restore: each is listed, object by
     * object, with what the upgraded and the fresh database have. Column order and sequence values are not compared
     * unless asked for; enum label order always is.
     *
     * <pre><code class='java'>
     * assertThat(db).schema().matchesFreshInstall();   // passes when the history is clean
     * // fails after a runbook's manual SQL: "- index public."Document" "Document_status_idx": only in upgraded
     * // (fresh install has no such index)"
     * </code></pre>
     *
     * @throws IllegalStateException when the test has no {@code @MigratesTo}, or its migrations fail on an empty
     *     database
     */
    public SchemaAssert matchesFreshInstall() {
        if (!(actual instanceof DefaultRestoredDatabase database)) {
            throw new IllegalStateException("matchesFreshInstall() needs a database injected by Rehearsal (with"
                    + " @MigratesTo), found a " + actual.getClass().getName() + ".");
        }
        SchemaSnapshot fresh = database.freshInstallSchema();
        List<String> differences =
                new SchemaDiff("upgraded", "fresh install", columnOrder, false).differences(actual.schema(), fresh);
        if (!differences.isEmpty()) {
            throwAssertionError(shouldMatchSchema(
                    "the schema of a fresh install (an empty database migrated with the same files and tool)",
                    differences,
                    "",
                    Origin.of(actual)));
        }
        return myself;
    }

    /**
     * Verifies that the schema equals {@code expected}, e.g. a snapshot taken from another database.
     *
     * <pre><code class='java'>
     * assertThat(db).schema().matches(db.beforeMigration().schema());   // passes when the migrations changed no DDL
     * </code></pre>
     */
    public SchemaAssert matches(SchemaSnapshot expected) {
        Objects.requireNonNull(expected, "expected snapshot");
        List<String> differences = diff("expected").differences(actual.schema(), expected);
        if (!differences.isEmpty()) {
            throwAssertionError(shouldMatchSchema("the expected snapshot", differences, "", Origin.of(actual)));
        }
        return myself;
    }

    private SchemaDiff diff(String expectedLabel) {
        return new SchemaDiff("database", expectedLabel, columnOrder, sequenceValues);
    }
}
