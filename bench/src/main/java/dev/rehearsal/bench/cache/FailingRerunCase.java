package dev.rehearsal.bench.cache;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * The samples' failing upgrade: release 2.0's purge migration fails on the backup of 29 October 2023 (SQLSTATE
 * 23503). Without {@code allowFailure} the test fails with the {@code MigrationFailedException} before its body: a
 * rerun should fail the same way, as fast as a passing one.
 */
public class FailingRerunCase {
    @Test
    @RestoredFrom("backups/signing_2023_10_29.sql.gz")
    @MigratesTo(migrations = "prisma/migrations")
    void upgrade(RestoredDatabase db) {
        Bodies.started("unreachable");
    }
}
