package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A query that should return nothing returned rows. */
final class ShouldReturnNoRows extends BasicErrorMessageFactory {

    /**
     * @param query the query
     * @param columns the result's column labels
     * @param firstRows the first rows returned (at most {@link Text#ROWS_SHOWN} are shown)
     * @param actual how many rows it returned
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldReturnNoRows(
            DatabaseQuery query, List<String> columns, List<List<Object>> firstRows, long actual, String origin) {
        return new ShouldReturnNoRows(
                Text.query(query), Text.count(actual, "row"), Text.rows(columns, firstRows, actual), origin);
    }

    private ShouldReturnNoRows(String query, String count, String rows, String origin) {
        super(
                "\nExpecting query:\n%s\nto return no rows\nbut it returned %s:\n%s\n%s",
                unquotedString(query), unquotedString(count), unquotedString(rows), unquotedString(origin));
    }
}
