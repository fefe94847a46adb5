package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Migrations took longer than a budget, or none has a measured duration. */
final class ShouldEachTakeLessThan extends BasicErrorMessageFactory {

    /**
     * @param budget the budget, as text
     * @param slow one line per migration over it: {@code id: duration}
     * @param measured how many migrations had a duration
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldEachTakeLessThan(String budget, List<String> slow, int measured, String origin) {
        return new ShouldEachTakeLessThan(
                budget,
                Text.count(slow.size(), "migration") + " of " + measured + " took longer:\n  "
                        + String.join("\n  ", slow),
                origin);
    }

    /** No migration ran while Rehearsal migrated the backup, so none has a measured duration. */
    static ErrorMessageFactory noneMeasured(String budget, String origin) {
        return new ShouldEachTakeLessThan(
                budget,
                "no migration has a measured duration: none was applied while Rehearsal migrated the restored backup"
                        + " (all were applied in the backup already, or profiling is off)",
                origin);
    }

    private ShouldEachTakeLessThan(String budget, String found, String origin) {
        super(
                "\nExpecting each migration applied to the restored backup to take less than %s\nbut %s\n%s",
                unquotedString(budget), unquotedString(found), unquotedString(origin));
    }
}
