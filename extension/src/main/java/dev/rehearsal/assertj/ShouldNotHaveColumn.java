package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A table still has a column that should be gone. */
final class ShouldNotHaveColumn extends BasicErrorMessageFactory {

    /**
     * @param table the qualified table name
     * @param column the column's name
     * @param type its type
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldNotHaveColumn(String table, String column, String type, String origin) {
        return new ShouldNotHaveColumn(table, Sql.quote(column) + " " + type, origin);
    }

    private ShouldNotHaveColumn(String table, String column, String origin) {
        super(
                "\nExpecting table:\n  %s\nnot to have a column named as below, but it has:\n  %s\n%s",
                unquotedString(table), unquotedString(column), unquotedString(origin));
    }
}
