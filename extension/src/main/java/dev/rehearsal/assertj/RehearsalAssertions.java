package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.Arrays;
import java.util.List;
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

    /**
     * One expected row for {@link QueryAssert#containsExactly} and {@link QueryAssert#containsExactlyInAnyOrder}:
     * its values in column order, {@code null} for SQL NULL.
     */
    public static List<Object> row(Object... values) {
        return values == null ? Arrays.asList((Object) null) : Arrays.asList(values);
    }
}
