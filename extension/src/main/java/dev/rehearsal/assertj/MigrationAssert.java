package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldHaveProfile.shouldHaveProfile;
import static dev.rehearsal.assertj.ShouldHoldNoAccessExclusiveLock.shouldHoldNoAccessExclusiveLockLongerThan;
import static dev.rehearsal.assertj.ShouldRewriteNoTable.shouldRewriteNoTable;

import dev.rehearsal.MigrationProfile;
import dev.rehearsal.MigrationStatus;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Budgets for what one migration will make production feel, checked on the profile recorded while Rehearsal applied
 * it to the restored backup ({@link MigrationProfile}); reached by {@code assertThat(db).migrations().migration(id)},
 * it describes itself as {@code [migration <id>]}. A migration without a profile (the backup had it already, it is
 * pending, profiling is off) fails every assertion here, saying which.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class MigrationAssert extends AbstractAssert<MigrationAssert, DatabaseMigration> {

    /** An assert on {@code migration}; usually reached through {@link MigrationsAssert#migration(String)}. */
    public MigrationAssert(DatabaseMigration migration) {
        super(Objects.requireNonNull(migration, "migration"), MigrationAssert.class);
        info.description(new TextDescription("%s", "migration " + migration.id()));
    }

    /**
     * Verifies that the migration rewrote no table (no table's {@code relfilenode} changed: no full copy of a table
     * under an ACCESS EXCLUSIVE lock, as {@code ALTER COLUMN … TYPE} does).
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().migration("20240201_add_note").rewritesNoTable();     // passes: ADD COLUMN, nullable
     * assertThat(db).migrations().migration("20240301_widen_total").rewritesNoTable();  // fails: "it rewrote 1 table … public.Order"
     * </code></pre>
     */
    public MigrationAssert rewritesNoTable() {
        MigrationProfile profile = profile();
        if (!profile.tablesRewritten().isEmpty()) {
            throwAssertionError(shouldRewriteNoTable(actual.id(), profile.tablesRewritten(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the migration held no table ACCESS EXCLUSIVE (which blocks even reads) for {@code budget} or
     * longer, as measured on the restored backup.
     *
     * <pre><code class='java'>
     * assertThat(db).migrations().migration("20240201_add_note")
     *         .holdsNoAccessExclusiveLockLongerThan(Duration.ofSeconds(1));   // passes: a catalog-only change
     * assertThat(db).migrations().migration("20240301_widen_total")
     *         .holdsNoAccessExclusiveLockLongerThan(Duration.ZERO);   // fails: "it held: public.Order for 12 ms"
     * </code></pre>
     */
    public MigrationAssert holdsNoAccessExclusiveLockLongerThan(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        List<String> holds = profile().accessExclusiveLocks().stream()
                .filter(hold -> hold.heldFor().compareTo(budget) >= 0)
                .map(hold -> hold.table() + " for " + duration(hold.heldFor()))
                .toList();
        if (!holds.isEmpty()) {
            throwAssertionError(
                    shouldHoldNoAccessExclusiveLockLongerThan(actual.id(), duration(budget), holds, origin()));
        }
        return myself;
    }

    private MigrationProfile profile() {
        MigrationStatus status = actual.database().migrations().status(actual.id());
        if (status.profile().isEmpty()) {
            throwAssertionError(shouldHaveProfile(actual.id(), status.state(), origin()));
        }
        return status.profile().get();
    }

    private String origin() {
        return Origin.of(actual.database());
    }

    /** {@code 850 ms}, {@code 1.25 s}. */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
