package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A table that should exist was not found. */
final class ShouldExist extends BasicErrorMessageFactory {

    /**
     * @param table the name as the test wrote it
     * @param searched where it was looked for
     * @param similar relations with the same name ignoring case, in any schema
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldExist(String table, String searched, List<String> similar, String origin) {
        String hint = similar.isEmpty()
                ? ""
                : "\nNames are matched exactly, like quoted identifiers, and looked up on the search_path unless"
                        + " written \"schema.table\"; similar names:\n  " + String.join(", ", similar);
        return new ShouldExist(table, searched, hint, origin);
    }

    private ShouldExist(String table, String searched, String hint, String origin) {
        super(
                "\nExpecting table:\n  %s\nto exist\nbut it was not found in %s.%s\n%s",
                unquotedString(table), unquotedString(searched), unquotedString(hint), unquotedString(origin));
    }
}
