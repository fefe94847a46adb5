package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A query did not return exactly the expected rows (in order, in any order, or as an expected-rows file holds). */
final class ShouldContainExactly extends BasicErrorMessageFactory {

    /**
     * @param query the query
     * @param expectation e.g. {@code exactly these 3 rows, in this order} or {@code the rows of expected/users.yml}
     * @param differences one line per difference (missing, unexpected, changed, out of place)
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldContainExactly(
            DatabaseQuery query, String expectation, List<String> differences, String origin) {
        int shown = Math.min(differences.size(), 2 * Text.ROWS_SHOWN);
        String text = String.join("\n  ", differences.subList(0, shown))
                + (differences.size() > shown ? "\n  … " + (differences.size() - shown) + " more" : "");
        return new ShouldContainExactly(Text.query(query), expectation, text, origin);
    }

    private ShouldContainExactly(String query, String expectation, String differences, String origin) {
        super(
                "\nExpecting query:\n%s\nto return %s\nbut:\n  %s\n%s",
                unquotedString(query),
                unquotedString(expectation),
                unquotedString(differences),
                unquotedString(origin));
    }
}
