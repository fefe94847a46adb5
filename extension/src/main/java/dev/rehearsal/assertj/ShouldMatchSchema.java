package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A database's schema differs from the expected one (a snapshot file, a fresh install, another snapshot). */
final class ShouldMatchSchema extends BasicErrorMessageFactory {

    /**
     * @param expected what the schema was compared with, e.g. {@code the snapshot schema/app.yml}
     * @param differences one line per difference
     * @param hint how to accept the differences, or empty
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldMatchSchema(
            String expected, List<String> differences, String hint, String origin) {
        return new ShouldMatchSchema(
                expected, differences.size(), "- " + String.join("\n  - ", differences), hint, origin);
    }

    private ShouldMatchSchema(String expected, int count, String differences, String hint, String origin) {
        super(
                "\nExpecting the schema to match:\n  %s\nbut found %s difference(s):\n  %s\n%s%s",
                unquotedString(expected),
                count,
                unquotedString(differences),
                unquotedString(hint),
                unquotedString(origin));
    }
}
