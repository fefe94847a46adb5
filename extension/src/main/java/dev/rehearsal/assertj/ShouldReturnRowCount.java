package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A query returned another number of rows than expected. */
final class ShouldReturnRowCount extends BasicErrorMessageFactory {

    /**
     * @param query the query
     * @param expected the expected row count
     * @param columns the result's column labels
     * @param firstRows the first rows returned (at most {@link Text#ROWS_SHOWN} are shown)
     * @param actual how many rows it returned
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldReturnRowCount(
            DatabaseQuery query,
            long expected,
            List<String> columns,
            List<List<Object>> firstRows,
            long actual,
            String origin) {
        String found = actual == 0
                ? "it returned no rows."
                : "it returned " + Text.count(actual, "row") + ":\n" + Text.rows(columns, firstRows, actual);
        return new ShouldReturnRowCount(Text.query(query), Text.count(expected, "row"), found, origin);
    }

    private ShouldReturnRowCount(String query, String expected, String found, String origin) {
        super(
                "\nExpecting query:\n%s\nto return %s\nbut %s\n%s",
                unquotedString(query), unquotedString(expected), unquotedString(found), unquotedString(origin));
    }
}
