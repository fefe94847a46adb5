package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A failed migration's error message lacks an expected text. */
final class ShouldHaveMessageContaining extends BasicErrorMessageFactory {

    /**
     * @param id the migration id
     * @param expected the text the message should contain
     * @param failure what is recorded about the failure
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveMessageContaining(
            String id, String expected, RecordedFailure failure, String origin) {
        String found = failure.message() == null
                ? "no error message is recorded (looked in " + failure.source() + ")."
                : "its error message (from " + failure.source() + ") is:\n" + Text.indent(failure.message());
        return new ShouldHaveMessageContaining(id, expected, found, origin);
    }

    private ShouldHaveMessageContaining(String id, String expected, String found, String origin) {
        super(
                "\nExpecting migration:\n  %s\nto have failed with an error message containing:\n  %s\nbut %s\n%s",
                unquotedString(id), unquotedString(expected), unquotedString(found), unquotedString(origin));
    }
}
