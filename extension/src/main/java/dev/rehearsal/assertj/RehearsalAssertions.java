package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * The entry point of Rehearsal's AssertJ assertions: {@code assertThat(db)} on a {@link RestoredDatabase}.
 *
 * <pre><code class='java'>
 * import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
 *
 * assertThat(db).migrations().areAllApplied();
 * assertThat(db).table("Session").hasColumn("ipAddress");
 * </code></pre>
 *
 * <p>Coexists with AssertJ's {@code Assertions.assertThat} (overloads on different types); for soft assertions see
 * {@link RehearsalSoftAssertions}. Stateless and thread-safe.
 */
public final class RehearsalAssertions {
    private RehearsalAssertions() {}

    /** Creates an assert on a restored database; see {@link RestoredDatabaseAssert}. */
    @CheckReturnValue
    public static RestoredDatabaseAssert assertThat(RestoredDatabase database) {
        return new RestoredDatabaseAssert(database);
    }
}
