package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A column has another type than expected. */
final class ShouldHaveType extends BasicErrorMessageFactory {

    /**
     * @param column the qualified column name
     * @param expected the expected type
     * @param actual the type as {@code format_type(atttypid, atttypmod)} spells it
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveType(String column, String expected, String actual, String origin) {
        return new ShouldHaveType(column, expected, actual, origin);
    }

    private ShouldHaveType(String column, String expected, String actual, String origin) {
        super(
                "\nExpecting column:\n  %s\nto have type:\n  %s\nbut it has type:\n  %s\n"
                        + "(types are compared as format_type(atttypid, atttypmod) spells them, ignoring case)\n%s",
                unquotedString(column), unquotedString(expected), unquotedString(actual), unquotedString(origin));
    }
}
