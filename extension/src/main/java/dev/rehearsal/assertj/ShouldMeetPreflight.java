package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A pre-flight assertion failed: the message is written whole by {@link PreflightAssert}. */
final class ShouldMeetPreflight extends BasicErrorMessageFactory {

    static ErrorMessageFactory message(String text) {
        return new ShouldMeetPreflight(text);
    }

    private ShouldMeetPreflight(String text) {
        super("%n%s", unquotedString(text));
    }
}
