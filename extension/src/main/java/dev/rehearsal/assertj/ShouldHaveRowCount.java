package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A table has a different number of rows than expected. */
final class ShouldHaveRowCount extends BasicErrorMessageFactory {

    /**
     * @param table the qualified table name
     * @param expected the expected row count
     * @param actual the row count found by {@code SELECT count(*)}
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveRowCount(String table, long expected, long actual, String origin) {
        return new ShouldHaveRowCount(table, expected, actual, origin);
    }

    private ShouldHaveRowCount(String table, long expected, long actual, String origin) {
        super(
                "\nExpecting table:\n  %s\nto have %s\nbut it has %s.\n%s",
                unquotedString(table),
                unquotedString(Text.count(expected, "row")),
                unquotedString(Text.count(actual, "row")),
                unquotedString(origin));
    }
}
