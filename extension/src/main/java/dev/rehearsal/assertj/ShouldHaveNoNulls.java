package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A column holds NULL, in the whole table or in the rows a condition selects. */
final class ShouldHaveNoNulls extends BasicErrorMessageFactory {

    /**
     * @param column the qualified column name
     * @param nullCount how many rows hold NULL
     * @param offending the first offending rows, see {@link Catalog#identify}
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveNoNulls(String column, long nullCount, String offending, String origin) {
        return new ShouldHaveNoNulls(
                column, "", "found " + Text.count(nullCount, "row") + " with NULL", offending, origin);
    }

    /**
     * @param condition the SQL condition selecting the rows
     * @see #shouldHaveNoNulls(String, long, String, String)
     */
    static ErrorMessageFactory shouldHaveNoNullsWhere(
            String column, String condition, long nullCount, String offending, String origin) {
        return new ShouldHaveNoNulls(
                column,
                " in the rows where:\n" + Text.indent(condition.strip()),
                "found " + Text.count(nullCount, "such row") + " with NULL",
                offending,
                origin);
    }

    private ShouldHaveNoNulls(String column, String scope, String found, String offending, String origin) {
        super(
                "\nExpecting column:\n  %s\nto contain no NULL%s\nbut %s:\n  %s\n%s",
                unquotedString(column),
                unquotedString(scope),
                unquotedString(found),
                unquotedString(offending),
                unquotedString(origin));
    }
}
