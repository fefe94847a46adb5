package dev.rehearsal.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A table that should not exist was found. */
final class ShouldNotExist extends BasicErrorMessageFactory {

    /**
     * @param table the name as the test wrote it
     * @param found what was found: kind and qualified name
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldNotExist(String table, String found, String origin) {
        return new ShouldNotExist(table, found, origin);
    }

    private ShouldNotExist(String table, String found, String origin) {
        super(
                "\nExpecting table:\n  %s\nnot to exist\nbut found %s.\n%s",
                unquotedString(table), unquotedString(found), unquotedString(origin));
    }
}
