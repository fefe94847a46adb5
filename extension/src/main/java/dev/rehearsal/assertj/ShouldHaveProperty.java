package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A schema object (foreign key, index, column, sequence, enum) has another property than expected. */
final class ShouldHaveProperty extends BasicErrorMessageFactory {

    /**
     * @param object the object, e.g. {@code foreign key "Recipient_documentId_fkey" of table "Recipient"}
     * @param expected the expected property, e.g. {@code ON DELETE CASCADE}
     * @param actual what it has, e.g. {@code ON DELETE RESTRICT}
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveProperty(String object, String expected, String actual, String origin) {
        return new ShouldHaveProperty(object, expected, actual, origin);
    }

    private ShouldHaveProperty(String object, String expected, String actual, String origin) {
        super(
                "\nExpecting:\n  %s\nto have:\n  %s\nbut it has:\n  %s\n%s",
                unquotedString(object), unquotedString(expected), unquotedString(actual), unquotedString(origin));
    }
}
