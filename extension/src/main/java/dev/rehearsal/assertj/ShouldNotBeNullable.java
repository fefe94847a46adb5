package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A column that should be NOT NULL accepts NULL. */
final class ShouldNotBeNullable extends BasicErrorMessageFactory {

    /**
     * @param column the qualified column name
     * @param nullCount how many rows hold NULL in it now
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldNotBeNullable(String column, long nullCount, String origin) {
        String rows = nullCount == 0
                ? "no row holds NULL now"
                : Text.count(nullCount, "row") + (nullCount == 1 ? " holds" : " hold")
                        + " NULL now, so SET NOT NULL would fail";
        return new ShouldNotBeNullable(column, rows, origin);
    }

    private ShouldNotBeNullable(String column, String rows, String origin) {
        super(
                "\nExpecting column:\n  %s\nto be NOT NULL\nbut it is nullable (%s).\n%s",
                unquotedString(column), unquotedString(rows), unquotedString(origin));
    }
}
