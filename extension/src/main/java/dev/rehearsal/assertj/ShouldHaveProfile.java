package dev.rehearsal.assertj;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigrationState;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A migration expected to carry a profile has none, or is unknown. */
final class ShouldHaveProfile extends BasicErrorMessageFactory {

    /**
     * @param id the migration id
     * @param state its state in the history
     * @param origin {@link Origin#of}
     */
    static ErrorMessageFactory shouldHaveProfile(String id, MigrationState state, String origin) {
        String why = state == MigrationState.PENDING
                ? "it is PENDING: it never ran"
                : "it is " + state + " but did not run while Rehearsal migrated the restored backup (the backup had"
                        + " it already, a test's own move applied it, the COMMAND tool ran it, or "
                        + ConfigurationKeys.PROFILE_ENABLED + " is false)";
        return new ShouldHaveProfile(id, why, origin);
    }

    /** The history has no migration with that id. */
    static ErrorMessageFactory unknownMigration(String id, List<String> known, String origin) {
        return new ShouldHaveProfile(
                id,
                "neither the code nor the database has such a migration; known:\n  "
                        + (known.isEmpty() ? "(none)" : String.join("\n  ", known)),
                origin);
    }

    private ShouldHaveProfile(String id, String found, String origin) {
        super(
                "\nExpecting migration:\n  %s\nto have a profile (recorded while Rehearsal applied it to the restored"
                        + " backup)\nbut %s\n%s",
                unquotedString(id), unquotedString(found), unquotedString(origin));
    }
}
