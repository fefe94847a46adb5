package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A migration rewrote tables. */
final class ShouldRewriteNoTable extends BasicErrorMessageFactory {

    /**
     * @param id the migration id
     * @param rewritten the tables it rewrote
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldRewriteNoTable(String id, List<String> rewritten, String origin) {
        return new ShouldRewriteNoTable(
                id,
                Text.count(rewritten.size(), "table") + " (a new relfilenode: every row copied, the table locked"
                        + " ACCESS EXCLUSIVE meanwhile):\n  " + String.join("\n  ", rewritten),
                origin);
    }

    private ShouldRewriteNoTable(String id, String found, String origin) {
        super(
                "\nExpecting migration:\n  %s\nto rewrite no table\nbut it rewrote %s\n%s",
                unquotedString(id), unquotedString(found), unquotedString(origin));
    }
}
