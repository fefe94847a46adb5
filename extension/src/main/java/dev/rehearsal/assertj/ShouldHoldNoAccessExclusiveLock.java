package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A migration held ACCESS EXCLUSIVE locks longer than a budget. */
final class ShouldHoldNoAccessExclusiveLock extends BasicErrorMessageFactory {

    /**
     * @param id the migration id
     * @param budget the budget, as text
     * @param holds one line per table held longer: {@code table for duration}
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHoldNoAccessExclusiveLockLongerThan(
            String id, String budget, List<String> holds, String origin) {
        return new ShouldHoldNoAccessExclusiveLock(
                id,
                budget,
                String.join("\n  ", holds)
                        + "\n(seen by polling pg_locks every 5 ms: each hold is a lower bound; on production data the"
                        + " lock lasts as long as the statement takes there)",
                origin);
    }

    private ShouldHoldNoAccessExclusiveLock(String id, String budget, String found, String origin) {
        super(
                "\nExpecting migration:\n  %s\nto hold no ACCESS EXCLUSIVE lock longer than %s\nbut it held:\n  %s\n%s",
                unquotedString(id), unquotedString(budget), unquotedString(found), unquotedString(origin));
    }
}
