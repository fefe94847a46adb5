package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A failed migration failed with another SQLSTATE than expected, or none is known. */
final class ShouldHaveSqlState extends BasicErrorMessageFactory {

    /**
     * @param id the migration id
     * @param expected the expected SQLSTATE
     * @param failure what is recorded about the failure
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveSqlState(String id, String expected, RecordedFailure failure, String origin) {
        String found = failure.sqlState() == null
                ? "no SQLSTATE is recorded (looked in " + failure.source() + ")"
                        + (failure.message() == null ? "." : "; the error was:\n" + Text.indent(failure.message()))
                : "it failed with SQLSTATE:\n  " + failure.sqlState() + "\n(according to " + failure.source() + ")"
                        + (failure.message() == null ? "" : "\n" + Text.indent(failure.message()));
        return new ShouldHaveSqlState(id, expected, found, origin);
    }

    private ShouldHaveSqlState(String id, String expected, String found, String origin) {
        super(
                "\nExpecting migration:\n  %s\nto have failed with SQLSTATE:\n  %s\nbut %s\n%s",
                unquotedString(id), unquotedString(expected), unquotedString(found), unquotedString(origin));
    }
}
