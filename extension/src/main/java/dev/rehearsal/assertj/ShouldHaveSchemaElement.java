package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A table lacks a primary key, foreign key, index or check constraint. */
final class ShouldHaveSchemaElement extends BasicErrorMessageFactory {

    /**
     * @param table the qualified table name
     * @param expected what was expected, e.g. {@code foreign key on ("documentId")}
     * @param found what the table has of that kind, one entry each (empty: none)
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHave(String table, String expected, List<String> found, String origin) {
        return new ShouldHaveSchemaElement(
                table, expected, found.isEmpty() ? "(none)" : String.join("\n  ", found), origin);
    }

    private ShouldHaveSchemaElement(String table, String expected, String found, String origin) {
        super(
                "\nExpecting table:\n  %s\nto have:\n  %s\nbut it has:\n  %s\n%s",
                unquotedString(table), unquotedString(expected), unquotedString(found), unquotedString(origin));
    }
}
