package dev.rehearsal.bench.cache;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.RepeatedTest;

/**
 * 20 tests on the small migrated database whose bodies work 200 ms in their copy ({@code pg_sleep(0.2)}): what a
 * test waits between the end of one body and the start of the next, when there is a body to prepare the next copy
 * behind.
 */
@RestoredFrom("backups/signing_2024_03_15.sql.gz")
@MigratesTo(migrations = "prisma/migrations")
public class OverheadWorkCase {
    @RepeatedTest(20)
    void body(RestoredDatabase db) {
        Bodies.started("work");
        db.query("SELECT pg_sleep(0.2)").singleValue();
        Bodies.ended("work");
    }
}
