package dev.rehearsal.assertj;

import dev.rehearsal.MigrationState;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A migration expected to have failed did not (or is unknown). */
final class ShouldHaveFailedAt extends BasicErrorMessageFactory {

    /**
     * @param id the migration id
     * @param state the state the history records for it
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveFailedAt(String id, MigrationState state, String origin) {
        return new ShouldHaveFailedAt(id, "it is " + state + ".", origin);
    }

    /**
     * The history has no migration with that id.
     *
     * @param known the ids the history knows
     */
    static ErrorMessageFactory unknownMigration(String id, List<String> known, String origin) {
        return new ShouldHaveFailedAt(
                id,
                "neither the code nor the database has such a migration; known:\n  "
                        + (known.isEmpty() ? "(none)" : String.join("\n  ", known)),
                origin);
    }

    private ShouldHaveFailedAt(String id, String found, String origin) {
        super(
                "\nExpecting migration:\n  %s\nto have failed\nbut %s\n%s",
                unquotedString(id), unquotedString(found), unquotedString(origin));
    }
}
