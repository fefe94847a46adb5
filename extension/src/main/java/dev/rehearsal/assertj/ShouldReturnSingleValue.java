package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A query did not return exactly one row of one column holding the expected value. */
final class ShouldReturnSingleValue extends BasicErrorMessageFactory {

    /**
     * The query returned one value, but another.
     *
     * @param query the query
     * @param expected the expected value
     * @param actual the value it returned
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldReturnSingleValue(
            DatabaseQuery query, Object expected, Object actual, String origin) {
        return new ShouldReturnSingleValue(
                Text.query(query), Values.renderTyped(expected), "  " + Values.renderTyped(actual), origin);
    }

    /**
     * The query's result does not have the shape of a single value.
     *
     * @param rowCount how many rows it returned
     * @param columnCount how many columns it returned
     */
    static ErrorMessageFactory shouldReturnOneValue(
            DatabaseQuery query, Object expected, long rowCount, int columnCount, String origin) {
        return new ShouldReturnSingleValue(
                Text.query(query),
                Values.renderTyped(expected),
                "  " + Text.count(rowCount, "row") + " of " + Text.count(columnCount, "column")
                        + " (expected 1 row of 1 column)",
                origin);
    }

    private ShouldReturnSingleValue(String query, String expected, String found, String origin) {
        super(
                "\nExpecting query:\n%s\nto return the single value:\n  %s\nbut it returned:\n%s\n"
                        + "(numbers are compared by value: 3, 3L and 3.0 are equal)\n%s",
                unquotedString(query), unquotedString(expected), unquotedString(found), unquotedString(origin));
    }
}
