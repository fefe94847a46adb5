package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A column that should accept NULL is declared NOT NULL. */
final class ShouldBeNullable extends BasicErrorMessageFactory {

    /**
     * @param column the qualified column name
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldBeNullable(String column, String origin) {
        return new ShouldBeNullable(column, origin);
    }

    private ShouldBeNullable(String column, String origin) {
        super(
                "\nExpecting column:\n  %s\nto be nullable\nbut it is declared NOT NULL.\n%s",
                unquotedString(column), unquotedString(origin));
    }
}
