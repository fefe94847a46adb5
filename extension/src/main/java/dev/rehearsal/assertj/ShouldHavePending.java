package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Migrations expected to be pending are not (or are unknown). */
final class ShouldHavePending extends BasicErrorMessageFactory {

    /**
     * @param expected the ids expected to be pending
     * @param found one line per id that is not: {@code id: STATE} or {@code id: unknown …}
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHavePending(List<String> expected, List<String> found, String origin) {
        return new ShouldHavePending(String.join("\n  ", expected), String.join("\n  ", found), origin);
    }

    private ShouldHavePending(String expected, String found, String origin) {
        super(
                "\nExpecting migrations:\n  %s\nto be pending\nbut:\n  %s\n%s",
                unquotedString(expected), unquotedString(found), unquotedString(origin));
    }
}
