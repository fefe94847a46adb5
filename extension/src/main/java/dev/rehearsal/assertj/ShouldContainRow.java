package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A query's result lacks an expected row. */
final class ShouldContainRow extends BasicErrorMessageFactory {

    /**
     * @param query the query
     * @param expected the expected row
     * @param columns the result's column labels
     * @param firstRows the first rows returned (at most {@link Text#ROWS_SHOWN} are shown)
     * @param actual how many rows it returned
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldContainRow(
            DatabaseQuery query,
            List<Object> expected,
            List<String> columns,
            List<List<Object>> firstRows,
            long actual,
            String origin) {
        String found;
        if (expected.size() != columns.size()) {
            found = "its rows have " + Text.count(columns.size(), "column") + " (" + String.join(", ", columns)
                    + "), the expected row has " + expected.size() + ".";
        } else if (actual == 0) {
            found = "it returned no rows.";
        } else {
            found = "none of its " + Text.count(actual, "row") + " matched:\n" + Text.rows(columns, firstRows, actual);
        }
        return new ShouldContainRow(Text.query(query), Values.renderRow(expected), found, origin);
    }

    private ShouldContainRow(String query, String expected, String found, String origin) {
        super(
                "\nExpecting query:\n%s\nto return the row:\n  %s\nbut %s\n"
                        + "(numbers are compared by value: 3, 3L and 3.0 are equal)\n%s",
                unquotedString(query), unquotedString(expected), unquotedString(found), unquotedString(origin));
    }
}
