package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * A migration written on a newer PostgreSQL than production's. The invoicing application's release 3 adds V6, whose
 * {@code MERGE … WHEN NOT MATCHED BY SOURCE} is PostgreSQL 17 syntax: it passes on the developers' PostgreSQL 17 (and
 * on Rehearsal's default, embedded 17) and fails with a syntax error on production's PostgreSQL 15. Rehearsing on
 * production's version is one setting, {@code rehearsal.postgres.version=15}, with the zonky BOM of 15 (embedded) or
 * {@code rehearsal.provider=testcontainers} (image {@code postgres:15}); CI runs this class on all three.
 *
 * <p>The same test shows both outcomes, depending on the server the rehearsal ran on: on 17 and newer the balances
 * are in sync; before 17 the migration fails, and the failure names the server version.
 */
@RestoredFrom("backups/invoicing_release_1.sql")
@MigratesTo(migrations = "flyway-pg17/db/migration", allowFailure = true)
class NewerSyntaxThanProductionTests {

    @Test
    void theMergeNeedsPostgres17(RestoredDatabase db, TestReporter reporter) {
        int major = Integer.parseInt(
                        db.query("SHOW server_version_num").singleValue().toString())
                / 10000;
        String version = db.query("SHOW server_version").singleValue().toString();
        if (major >= 17) {
            assertThat(db).migrations().areAllApplied().haveNoneFailed();
            assertThat(db)
                    .query("SELECT count(*) FROM customer_balances")
                    .returnsSameRowsAs(db, "SELECT count(DISTINCT customer_id) FROM invoices WHERE status = 'open'");
            return;
        }
        // Flyway rolls a failed migration back: the history does not record it, the run's failure does.
        MigrationFailedException failure = db.migrations().lastFailure().orElseThrow();
        reporter.publishEntry("failure on PostgreSQL " + version, failure.getMessage());
        assertThat(failure.migrationId()).isEqualTo("6");
        assertThat(failure.sqlState()).hasValue("42601");
        assertThat(failure.getMessage())
                .contains("at flyway-pg17/db/migration/V6__sync_customer_balances.sql:10")
                .contains("ERROR 42601: syntax error at or near \"BY\"")
                .contains("restored on PostgreSQL " + version + " (");
        assertThat(db).table("customer_balances").doesNotExist();
    }
}
