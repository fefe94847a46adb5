package dev.rehearsal.assertj;

import dev.rehearsal.Preflight;
import dev.rehearsal.PreflightFinding;
import dev.rehearsal.RestoredDatabase;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on what the pending migrations would meet on the backup ({@link RestoredDatabase#preflight()}), reached
 * by {@code assertThat(db).preflight()}: a trial run on a scratch copy of the backup as restored, each risky statement
 * diagnosed on the data it would see.
 *
 * <pre><code class='java'>
 * assertThat(db).preflight().findsNothing();   // fails listing each blocking statement, its rows and keys
 * assertThat(db).preflight().finds(PreflightFinding.Kind.REFERENCED_ROWS, "Document").withRows(16);
 * </code></pre>
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class PreflightAssert extends AbstractAssert<PreflightAssert, RestoredDatabase> {
    private PreflightFinding found;

    /** An assert on {@code database}'s pre-flight; usually reached through {@link RestoredDatabaseAssert#preflight()}. */
    public PreflightAssert(RestoredDatabase database) {
        super(Objects.requireNonNull(database, "database"), PreflightAssert.class);
        info.description(new TextDescription("%s", "pre-flight of " + database.databaseName()));
    }

    /**
     * Verifies that no statement of the pending migrations is blocked by the backup's data. Statements that could not
     * be analysed are listed in the message of a failure, not failed on: see {@link #analysedEveryStatement()}.
     */
    public PreflightAssert findsNothing() {
        Preflight preflight = actual.preflight();
        if (!preflight.findings().isEmpty()) {
            throwAssertionError(ShouldMeetPreflight.message(
                    "Expecting the pending migrations to meet no blocking rows on the backup\nbut the pre-flight"
                            + " found:\n" + indent(preflight.describe()) + "\n" + Origin.of(actual)));
        }
        return myself;
    }

    /**
     * Verifies that some statement of kind {@code kind} is blocked by rows of a table whose name contains {@code
     * table} (e.g. {@code "Document"} for {@code public."Document"}); what follows ({@link #withRows}, {@link
     * #withKey}, {@link #inMigration}) checks that finding.
     */
    public PreflightAssert finds(PreflightFinding.Kind kind, String table) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Preflight preflight = actual.preflight();
        List<PreflightFinding> matching = preflight.findings().stream()
                .filter(f -> f.kind() == kind && f.table().contains(table))
                .toList();
        if (matching.isEmpty()) {
            throwAssertionError(ShouldMeetPreflight.message(
                    "Expecting the pre-flight to find a " + kind.label() + " blocked by rows of " + table
                            + "\nbut it found " + (preflight.findings().isEmpty() ? "nothing" : "only:") + "\n"
                            + indent(preflight.describe()) + "\n" + Origin.of(actual)));
        }
        found = matching.get(0);
        return myself;
    }

    /** Verifies that the finding selected by {@link #finds} counts {@code rows} blocking rows. */
    public PreflightAssert withRows(long rows) {
        PreflightFinding finding = selected("withRows");
        if (finding.rows() != rows) {
            throwAssertionError(ShouldMeetPreflight.message(
                    "Expecting the pre-flight finding\n" + indent(finding.describe()) + "\nto count " + rows
                            + " blocking rows\nbut it counts " + finding.rows() + "\n" + Origin.of(actual)));
        }
        return myself;
    }

    /** Verifies that the finding selected by {@link #finds} quotes {@code key}, e.g. {@code "(id)=(21)"}. */
    public PreflightAssert withKey(String key) {
        PreflightFinding finding = selected("withKey");
        if (!finding.keys().contains(key)) {
            throwAssertionError(ShouldMeetPreflight.message(
                    "Expecting the pre-flight finding\n" + indent(finding.describe()) + "\nto quote the key "
                            + key + "\nbut its keys are " + finding.keys()
                            + (finding.rows() > finding.keys().size()
                                    ? " (the first " + finding.keys().size() + " of " + finding.rows() + ")"
                                    : "")
                            + "\n" + Origin.of(actual)));
        }
        return myself;
    }

    /** Verifies that the finding selected by {@link #finds} belongs to migration {@code id}. */
    public PreflightAssert inMigration(String id) {
        PreflightFinding finding = selected("inMigration");
        if (!Objects.equals(finding.migrationId(), id)) {
            throwAssertionError(ShouldMeetPreflight.message(
                    "Expecting the pre-flight finding\n" + indent(finding.describe()) + "\nto be in migration "
                            + id + "\nbut it is in "
                            + (finding.migrationId() == null ? "an unknown migration" : finding.migrationId())
                            + "\n" + Origin.of(actual)));
        }
        return myself;
    }

    /** Verifies that every statement of a risky kind could be analysed (none listed as not analysed). */
    public PreflightAssert analysedEveryStatement() {
        Preflight preflight = actual.preflight();
        if (!preflight.notAnalysed().isEmpty() || preflight.stoppedAt().isPresent()) {
            throwAssertionError(
                    ShouldMeetPreflight.message("Expecting the pre-flight to analyse every risky statement\nbut:\n"
                            + indent(preflight.describe()) + "\n" + Origin.of(actual)));
        }
        return myself;
    }

    private PreflightFinding selected(String method) {
        if (found == null) {
            throw new IllegalStateException(
                    method + "() checks the finding selected by finds(kind, table): call" + " finds(…) first");
        }
        return found;
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
