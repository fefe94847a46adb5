package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * A hotfix applied by hand in production leaves the schema drifting from what the migrations build: every migration
 * is applied, the history is clean, and still the upgraded database is not the one a fresh install gets.
 * {@code matchesFreshInstall()} compares the two, object by object.
 *
 * <p>Without {@code @MigratesTo} the test drives the deploy itself, after replaying the hotfix on the backup of
 * 15 March 2024; the fresh install is an empty database migrated with the same {@code prisma/migrations}.
 */
@RestoredFrom("backups/signing_2024_03_15.sql.gz")
class SchemaDriftTests {

    @Test
    void aHandAppliedHotfixShowsUpAsDriftFromAFreshInstall(RestoredDatabase db) {
        db.runScript("runbook/2024_04_hotfix_slow_listing.sql");
        db.migrations().deploy();
        assertThat(db).migrations().areAllApplied();

        assertThatThrownBy(() -> assertThat(db).schema().matchesFreshInstall())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but found 2 difference(s):\n"
                        + "  - index public.\"Document\" \"Document_userId_status_idx\": only in upgraded (fresh"
                        + " install has no such index)\n"
                        + "  - column public.\"User\".email: type character varying(320) (upgraded) vs text (fresh"
                        + " install)\n");
    }

    @Test
    void withoutTheHotfixTheUpgradeMatchesAFreshInstall(RestoredDatabase db) {
        db.migrations().deploy();

        assertThat(db).schema().matchesFreshInstall();
    }
}
