package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.assertj.RehearsalSoftAssertions.assertSoftly;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * "Does last night's backup restore at all, and is everything in it?": the Pagila sample database (a DVD
 * rental shop, pg_dump 15 of a PostgreSQL 12 database: domains, enums, a partitioned table, triggers, full-text
 * search, a materialized view) restored with no migration, every table checked for its rows.
 *
 * <p>Soft assertions report every table that lost rows in one failure, not just the first.
 */
@RestoredFrom("pagila/pagila.sql.gz")
class PagilaRestoreTests {

    @Test
    void everyTableHasAllItsRows(RestoredDatabase db) {
        assertSoftly(softly -> {
            softly.assertThat(db).table("actor").hasRowCount(200);
            softly.assertThat(db).table("address").hasRowCount(603);
            softly.assertThat(db).table("category").hasRowCount(16);
            softly.assertThat(db).table("city").hasRowCount(600);
            softly.assertThat(db).table("country").hasRowCount(109);
            softly.assertThat(db).table("customer").hasRowCount(599);
            softly.assertThat(db).table("film").hasRowCount(1000);
            softly.assertThat(db).table("film_actor").hasRowCount(5462);
            softly.assertThat(db).table("film_category").hasRowCount(1000);
            softly.assertThat(db).table("inventory").hasRowCount(4581);
            softly.assertThat(db).table("language").hasRowCount(6);
            softly.assertThat(db).table("payment").hasRowCount(16049);
            softly.assertThat(db).table("rental").hasRowCount(16044);
            softly.assertThat(db).table("staff").hasRowCount(2);
            softly.assertThat(db).table("store").hasRowCount(2);
        });
    }

    /** {@code payment} is partitioned by month: each partition got its own rows, and the amounts add up. */
    @Test
    void paymentsLandInTheirMonthlyPartitions(RestoredDatabase db) {
        assertThat(db).table("payment_p2022_01").hasRowCount(723);
        assertThat(db).table("payment_p2022_02").hasRowCount(2401);
        assertThat(db).table("payment_p2022_03").hasRowCount(2713);
        assertThat(db).table("payment_p2022_04").hasRowCount(2547);
        assertThat(db).table("payment_p2022_05").hasRowCount(2677);
        assertThat(db).table("payment_p2022_06").hasRowCount(2654);
        assertThat(db).table("payment_p2022_07").hasRowCount(2334);
        assertThat(db).query("SELECT sum(amount) FROM payment").returnsSingleValue(new BigDecimal("67416.51"));
    }

    @Test
    void theDataIsReadable(RestoredDatabase db) {
        assertThat(db).query("SELECT title FROM film WHERE film_id = 1").returnsSingleValue("ACADEMY DINOSAUR");
        assertThat(db)
                .query("SELECT count(*) FROM rental WHERE return_date IS NULL")
                .returnsSingleValue(183);
    }

    /** The dump creates {@code rental_by_category} {@code WITH NO DATA}: restored as is, not refreshed. */
    @Test
    void theMaterializedViewIsRestoredUnpopulated(RestoredDatabase db) {
        assertThat(db)
                .query("SELECT relispopulated FROM pg_class WHERE relname = 'rental_by_category'")
                .returnsSingleValue(false);
    }
}
