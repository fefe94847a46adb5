package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * An invoicing application managed by Flyway: production's backup from release 1 (Flyway had applied V1, V2 and the
 * repeatable view) upgrades to today's scripts. Rehearsal drives the application's own Flyway (flyway-core, and from
 * Flyway 10 on flyway-database-postgresql, in test scope; CI runs this class on Flyway 8.5.13 to 13.x), detected from
 * the V1__…/R__… layout, with the application's Flyway
 * settings mirrored from rehearsal.yml.
 *
 * <p>On the way: V3 backfills a NOT NULL status from paid_at, V4 builds an index CONCURRENTLY in its own
 * non-transactional script (V4__….sql.conf: executeInTransaction=false), V5 lower-cases emails before a unique index,
 * and the changed repeatable R__open_invoices.sql runs again after the versioned scripts.
 */
@RestoredFrom("backups/invoicing_release_1.sql")
@MigratesTo(migrations = "flyway/db/migration")
class FlywayUpgradeTests {

    @Test
    void everyMigrationIsApplied(RestoredDatabase db) {
        assertThat(db).migrations().areAllApplied().haveNoneFailed();
        // The repeatable view changed since release 1: Flyway ran it again, after V5.
        assertThat(db)
                .query("SELECT installed_rank FROM flyway_schema_history WHERE description = 'open invoices'")
                .returnsRowCount(2);
    }

    @Test
    void theStatusColumnIsBackfilledFromPaidAt(RestoredDatabase db) {
        assertThat(db).table("invoices").hasSameRowCountAsBeforeMigration().hasRowCount(120);
        assertThat(db)
                .table("invoices")
                .column("status")
                .hasType("text")
                .isNotNullable()
                .hasNoNulls();
        assertThat(db)
                .query("SELECT count(*) FROM invoices WHERE status = 'open'")
                .returnsSingleValue(40);
        assertThat(db)
                .query("SELECT id FROM invoices WHERE status = 'open' ORDER BY id")
                .returnsSameRowsAs(db.beforeMigration(), "SELECT id FROM invoices WHERE paid_at IS NULL ORDER BY id");
    }

    @Test
    void theConcurrentIndexIsBuiltAndValid(RestoredDatabase db) {
        assertThat(db)
                .query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'invoices_customer_id_idx'::regclass")
                .returnsSingleValue(true);
    }

    @Test
    void emailsAreLowerCaseAndTheDashboardViewUsesTheNewStatus(RestoredDatabase db) {
        assertThat(db).table("customers").hasSameRowCountAsBeforeMigration();
        assertThat(db)
                .query("SELECT count(*) FROM customers WHERE email <> lower(email)")
                .returnsSingleValue(0);
        assertThat(db).query("SELECT sum(open_count) FROM open_invoices").returnsSingleValue(40);
        assertThat(db)
                .query("SELECT pg_get_viewdef('open_invoices') LIKE '%status%'")
                .returnsSingleValue(true);
    }

    @Test
    void theBackupWasAtRelease1(RestoredDatabase db) {
        assertThat(db.beforeMigration())
                .query("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                .returnsRowCount(2);
    }
}
