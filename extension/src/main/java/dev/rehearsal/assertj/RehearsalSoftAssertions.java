package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.util.function.Consumer;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on a {@link RestoredDatabase}: failures are collected and reported together by {@link
 * #assertAll()}, navigation ({@code table(…).column(…)}, {@code failedAt(…)}) included.
 *
 * <pre><code class='java'>
 * RehearsalSoftAssertions softly = new RehearsalSoftAssertions();
 * softly.assertThat(db).table("Session").hasColumn("ipAddress");
 * softly.assertThat(db).table("Recipient").column("documentDeletedAt").hasNoNulls();
 * softly.assertAll();   // one AssertionError listing both failures, if any
 *
 * RehearsalSoftAssertions.assertSoftly(softly -&gt; softly.assertThat(db).migrations().areAllApplied());
 * </code></pre>
 *
 * <p>Works with AssertJ's JUnit 5 {@code SoftAssertionsExtension} ({@code @InjectSoftAssertions}). Exceptions other
 * than assertion failures (an SQL error in a query assertion) are thrown at once. Not thread-safe: one instance per
 * test.
 */
public class RehearsalSoftAssertions extends AbstractSoftAssertions {

    /** Creates a soft assert on a restored database; see {@link RestoredDatabaseAssert}. */
    @CheckReturnValue
    public RestoredDatabaseAssert assertThat(RestoredDatabase database) {
        return proxy(RestoredDatabaseAssert.class, RestoredDatabase.class, database)
                .navigation(Navigation.softly(this));
    }

    /** Runs {@code assertions} softly and throws one error with every failure at the end. */
    public static void assertSoftly(Consumer<RehearsalSoftAssertions> assertions) {
        SoftAssertionsProvider.assertSoftly(RehearsalSoftAssertions.class, assertions);
    }
}
