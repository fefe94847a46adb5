package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.samples.SigningMigrations.ADD_SESSION_IP_ADDRESS;
import static dev.rehearsal.samples.SigningMigrations.PURGE_ABANDONED_DRAFTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.PreflightFinding;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * Release 2.0's purge migration passes on every empty database, and fails on production's data.
 *
 * <p>{@code 20240212113000_purge_abandoned_drafts} deletes the drafts nobody touched since June 2023. In the backup
 * of 29 October 2023, 16 of those drafts have recipients, and {@code "Recipient"} references {@code "Document"}
 * with {@code ON DELETE RESTRICT}: the {@code DELETE} fails with SQLSTATE 23503. Prisma then records the migration
 * as failed and applies nothing after it until someone resolves it (P3009), so {@code "Session"."ipAddress"} never
 * appears and release 3.0's logins break.
 *
 * <p>{@code allowFailure = true} runs the test bodies on the half-upgraded database instead of failing them
 * before they start.
 */
@RestoredFrom("backups/signing_2023_10_29.sql.gz")
@MigratesTo(migrations = "prisma/migrations", allowFailure = true)
class PurgeMigrationFailsOnRealDataTests {

    @Test
    void thePurgeHitsAForeignKey(RestoredDatabase db) {
        assertThat(db)
                .migrations()
                .failedAt(PURGE_ABANDONED_DRAFTS)
                .withSqlState("23503")
                .withMessageContaining("Recipient_documentId_fkey");
    }

    @Test
    void everyLaterMigrationIsBlocked(RestoredDatabase db) {
        assertThat(db.migrations().status(PURGE_ABANDONED_DRAFTS).state()).isEqualTo(MigrationState.FAILED);
        assertThat(db.migrations().status(ADD_SESSION_IP_ADDRESS).state()).isEqualTo(MigrationState.PENDING);
        assertThat(db)
                .query("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_name = 'Session' AND column_name = 'ipAddress'")
                .returnsNoRows();
    }

    /** Prisma runs each migration in one transaction: the failed purge deleted nothing. */
    @Test
    void theFailedPurgeDeletedNothing(RestoredDatabase db) {
        assertThat(db).table("Document").hasSameRowCountAsBeforeMigration().hasRowCount(520);
    }

    /** The exception a test without {@code allowFailure} fails with: what an operator needs to start the fix. */
    @Test
    void theFailureTellsTheWholeStory(RestoredDatabase db) {
        MigrationFailedException failure = db.migrations().lastFailure().orElseThrow();

        assertThat(failure.migrationId()).isEqualTo(PURGE_ABANDONED_DRAFTS);
        assertThat(failure.sqlState()).hasValue("23503");
        assertThat(failure.detail()).hasValue("Key (id)=(21) is still referenced from table \"Recipient\".");
        assertThat(failure.getMessage())
                .contains("(Prisma Migrate, 3rd of 11 pending)")
                .contains(PURGE_ABANDONED_DRAFTS + "/migration.sql:6")
                .contains("backups/signing_2023_10_29.sql.gz")
                .contains("2 migrations applied before, 8 still pending");
    }

    /**
     * Which drafts block the purge, found on the data the {@code DELETE} saw: the operator at 3 a.m. gets the keys and
     * the query that lists them all, not just the constraint's name.
     */
    @Test
    void theFailureNamesTheDraftsThatBlockThePurge(RestoredDatabase db) {
        MigrationFailedException failure = db.migrations().lastFailure().orElseThrow();

        assertThat(failure.preflight()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(PreflightFinding.Kind.REFERENCED_ROWS);
            assertThat(finding.migrationId()).isEqualTo(PURGE_ABANDONED_DRAFTS);
            assertThat(finding.table()).isEqualTo("public.\"Document\"");
            assertThat(finding.rows()).isEqualTo(16);
            assertThat(finding.keys()).hasSize(10).contains("(id)=(21)");
            assertThat(finding.why()).contains("\"Recipient_documentId_fkey\" (ON DELETE RESTRICT)");
        });
        assertThat(db).query(failure.preflight().get(0).query()).returnsRowCount(16);
        assertThat(failure.getMessage()).contains("Pre-flight, on the data the statement saw: ");
    }

    /**
     * The same story before anything runs: a trial run of the migrations on a scratch copy of the backup finds the
     * drafts that will block the purge, so the data can be fixed before the release.
     */
    @Test
    void thePreflightFindsTheBlockingDraftsBeforeTheUpgrade(RestoredDatabase db) {
        assertThat(db)
                .preflight()
                .finds(PreflightFinding.Kind.REFERENCED_ROWS, "Document")
                .withRows(16)
                .withKey("(id)=(21)")
                .inMigration(PURGE_ABANDONED_DRAFTS);
        assertThat(db.preflight().stoppedAt()).hasValue(PURGE_ABANDONED_DRAFTS);
    }

    /** The same migrations on a fresh install of release 1.0: everything passes, which is why nobody noticed. */
    @Test
    @RestoredFrom("backups/signing_empty_release_1.sql")
    @MigratesTo(migrations = "prisma/migrations")
    void onAnEmptyDatabaseEveryMigrationPasses(RestoredDatabase db) {
        assertThat(db).migrations().areAllApplied();
        assertThat(db).table("Session").hasColumn("ipAddress");
        assertThat(db).preflight().findsNothing();
    }
}
