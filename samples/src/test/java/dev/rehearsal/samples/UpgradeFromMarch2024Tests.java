package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * Production's backup of 15 March 2024 (release 2.0) upgrades cleanly to today's code (release 3.0).
 *
 * <p>Release 3.0's login code records the client's address in {@code "Session"."ipAddress"}: if that column is
 * missing after the deploy, nobody can log in. Rehearsal restores the real backup, applies the six pending
 * migrations exactly as {@code prisma migrate deploy} would, and the tests check what the new code needs, and that
 * no row was lost on the way.
 */
@RestoredFrom("backups/signing_2024_03_15.sql.gz")
@MigratesTo(migrations = "prisma/migrations")
class UpgradeFromMarch2024Tests {

    @Test
    void loginsWorkAfterTheUpgrade(RestoredDatabase db) {
        assertThat(db).migrations().areAllApplied();
        assertThat(db).table("Session").hasColumn("ipAddress");
    }

    @Test
    void theNewColumnsHaveTheTypesTheCodeExpects(RestoredDatabase db) {
        assertThat(db).table("Session").column("ipAddress").hasType("text").isNullable();
        assertThat(db).table("Document").column("visibility").isNotNullable().hasNoNulls();
        assertThat(db).table("DocumentAuditLog").column("createdAt").hasType("timestamp(3) without time zone");
    }

    /** The upgraded backup has exactly the schema a fresh install of release 3.0 gets: no drift. */
    @Test
    void theUpgradedSchemaIsTheOneAFreshInstallGets(RestoredDatabase db) {
        assertThat(db).schema().matchesFreshInstall();
    }

    @Test
    void noRowIsLost(RestoredDatabase db) {
        assertThat(db).table("User").hasSameRowCountAsBeforeMigration().hasRowCount(305);
        assertThat(db).table("Session").hasSameRowCountAsBeforeMigration();
        assertThat(db).table("Document").hasSameRowCountAsBeforeMigration().hasRowCount(710);
        assertThat(db).table("Recipient").hasSameRowCountAsBeforeMigration();
        assertThat(db).table("Field").hasSameRowCountAsBeforeMigration();
        assertThat(db).table("Signature").hasSameRowCountAsBeforeMigration();
    }

    /**
     * The backup's history remembers the March incident (the purge failed once, was rolled back, then applied):
     * Prisma counts the purge as applied, so nothing blocks the upgrade.
     */
    @Test
    void theMarchIncidentLeftNothingBlocking(RestoredDatabase db) {
        assertThat(db).migrations().haveNoneFailed();
        assertThat(db.beforeMigration())
                .query(
                        "SELECT count(*) FROM _prisma_migrations WHERE migration_name = ?",
                        SigningMigrations.PURGE_ABANDONED_DRAFTS)
                .returnsSingleValue(2);
    }
}
