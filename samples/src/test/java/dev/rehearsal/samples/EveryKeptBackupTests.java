package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.samples.SigningMigrations.PURGE_ABANDONED_DRAFTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.BackupMatrix;
import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * Every backup the team keeps, one per past release, against today's migrations: the class runs once per backup
 * ({@code @BackupMatrix}, JUnit Jupiter 5.13 or newer), each run named after its backup.
 *
 * <p>One result per backup: the fresh install of release 1.0 and the backup of March 2024 upgrade to release 3.0;
 * the backup of October 2023 fails at the purge migration on its real data (see {@link
 * PurgeMigrationFailsOnRealDataTests}). {@code allowFailure = true} lets each run say which of the two happened
 * instead of failing before its body.
 */
@BackupMatrix
@RestoredFrom({
    "backups/signing_empty_release_1.sql",
    "backups/signing_2023_10_29.sql.gz",
    "backups/signing_2024_03_15.sql.gz"
})
@MigratesTo(migrations = "prisma/migrations", allowFailure = true)
class EveryKeptBackupTests {

    @Test
    void eachBackupUpgradesOrFailsWhereExpected(RestoredDatabase db) {
        FixtureInfo backup = db.fixture();
        System.out.println(
                backup.location() + ": at release " + backup.release().orElse("(none)") + ", pg_dump "
                        + backup.dumpedByVersion().orElse("?") + " of PostgreSQL "
                        + backup.dumpedFromVersion().orElse("?")
                        + "; upgrade: "
                        + db.migrations()
                                .lastFailure()
                                .map(f -> "failed at " + f.migrationId())
                                .orElse("all applied"));
        switch (backup.location()) {
            case "backups/signing_2023_10_29.sql.gz" ->
                assertThat(db).migrations().failedAt(PURGE_ABANDONED_DRAFTS).withSqlState("23503");
            default -> {
                assertThat(db).migrations().areAllApplied();
                assertThat(db).table("Session").hasColumn("ipAddress");
            }
        }
    }

    /** Which release each backup is at: the newest migration its own {@code _prisma_migrations} records as applied. */
    @Test
    void eachBackupKnowsItsRelease(RestoredDatabase db) {
        String expected = switch (db.fixture().location()) {
            case "backups/signing_2024_03_15.sql.gz" -> "20240226084500_add_session_user_id_index";
            default -> "20230905162000_add_user_identity_provider";
        };
        assertThat(db.fixture().release()).contains(expected);
        assertThat(db.fixture().dumpedByVersion())
                .hasValueSatisfying(v -> assertThat(v).startsWith("15.18"));
    }
}
