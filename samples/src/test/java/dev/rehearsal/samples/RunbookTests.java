package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.samples.SigningMigrations.PURGE_ABANDONED_DRAFTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * Rehearses the runbook that fixed the failed purge, step by step, on the backup of 29 October 2023.
 *
 * <p>Without {@code @MigratesTo} the test gets the database as restored and drives the migrations itself, making
 * the operator's moves: {@code prisma migrate deploy} (fails), the manual SQL of the runbook, {@code prisma migrate
 * resolve --rolled-back}, and {@code prisma migrate deploy} again. If the runbook is wrong, this test says so
 * before the night of the deploy.
 */
@RestoredFrom("backups/signing_2023_10_29.sql.gz")
class RunbookTests {

    private static final String ABANDONED_DRAFTS =
            "SELECT count(*) FROM \"Document\" WHERE \"status\" = 'DRAFT' AND \"updatedAt\" < '2023-06-01'";

    @Test
    void theRunbookUnblocksTheUpgrade(RestoredDatabase db) {
        MigrationHistory migrations = db.migrations();

        // prisma migrate deploy: stops at the purge, which Prisma records as failed
        assertThatThrownBy(migrations::deploy)
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining(PURGE_ABANDONED_DRAFTS);
        // from now on every deploy is refused until the failure is resolved
        assertThatThrownBy(migrations::deploy)
                .isInstanceOfSatisfying(
                        MigrationRefusedException.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo("P3009"));

        // the operator's manual SQL: remove the recipients of the abandoned drafts
        db.runScript("runbook/2024_03_fix_abandoned_drafts.sql");
        // prisma migrate resolve --rolled-back 20240212113000_purge_abandoned_drafts
        migrations.resolveRolledBack(PURGE_ABANDONED_DRAFTS);
        // prisma migrate deploy
        migrations.deploy();

        assertThat(db).migrations().areAllApplied();
        assertThat(db).table("Session").hasColumn("ipAddress");
        assertThat(db).query(ABANDONED_DRAFTS).returnsSingleValue(0);
        assertThat(db).table("Document").hasRowCount(520 - 50);
    }

    /** Marking the migration rolled back is not a fix: the retry fails exactly like the first attempt. */
    @Test
    void resolvingWithoutTheManualSqlFailsAgain(RestoredDatabase db) {
        MigrationHistory migrations = db.migrations();
        assertThatThrownBy(migrations::deploy).isInstanceOf(MigrationFailedException.class);

        migrations.resolveRolledBack(PURGE_ABANDONED_DRAFTS);

        assertThatThrownBy(migrations::deploy)
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining(PURGE_ABANDONED_DRAFTS)
                .hasMessageContaining("ERROR 23503");
        assertThat(db).query(ABANDONED_DRAFTS).returnsSingleValue(50);
    }
}
