package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A column holds NULL in a different number of rows than expected. */
final class ShouldHaveNullCount extends BasicErrorMessageFactory {

    /**
     * @param column the qualified column name
     * @param expected the expected number of rows with NULL
     * @param actual the number found
     * @param offending the first rows with NULL ({@link Catalog#identify}); ignored when {@code actual} is 0
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveNullCount(
            String column, long expected, long actual, String offending, String origin) {
        String found = actual == 0
                ? "found NULL in no row."
                : "found NULL in " + Text.count(actual, "row") + ":\n  " + offending;
        return new ShouldHaveNullCount(column, Text.count(expected, "row"), found, origin);
    }

    private ShouldHaveNullCount(String column, String expected, String found, String origin) {
        super(
                "\nExpecting column:\n  %s\nto contain NULL in %s\nbut %s\n%s",
                unquotedString(column), unquotedString(expected), unquotedString(found), unquotedString(origin));
    }
}
