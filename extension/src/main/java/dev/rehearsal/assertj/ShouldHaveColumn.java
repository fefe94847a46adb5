package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A table lacks a column. */
final class ShouldHaveColumn extends BasicErrorMessageFactory {

    /**
     * @param table the qualified table name
     * @param column the missing column
     * @param columns the columns the table has
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveColumn(String table, String column, List<String> columns, String origin) {
        List<String> similar =
                columns.stream().filter(c -> c.equalsIgnoreCase(column)).toList();
        String hint = similar.isEmpty()
                ? ""
                : "\nNames are matched exactly, like quoted identifiers; these differ only in case:\n  "
                        + Text.names(similar);
        return new ShouldHaveColumn(
                table, Sql.quote(column), columns.isEmpty() ? "(none)" : Text.names(columns), hint, origin);
    }

    private ShouldHaveColumn(String table, String column, String columns, String hint, String origin) {
        super(
                "\nExpecting table:\n  %s\nto have column:\n  %s\nbut it has only:\n  %s%s\n%s",
                unquotedString(table),
                unquotedString(column),
                unquotedString(columns),
                unquotedString(hint),
                unquotedString(origin));
    }
}
