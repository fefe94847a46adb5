package dev.rehearsal.bench.cache;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.RepeatedTest;

/** 20 tests on a small migrated database: what each test waits for (its copy) between bodies. */
@RestoredFrom("backups/signing_2024_03_15.sql.gz")
@MigratesTo(migrations = "prisma/migrations")
public class OverheadCase {
    @RepeatedTest(20)
    void body(RestoredDatabase db) {
        Bodies.started("overhead");
    }
}
