package dev.rehearsal.bench.cache;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The benchmark fixture (≈300 MB, {@code -Dbench.fixture}) restored, and the samples' March 2024 backup migrated by their
 * Prisma migrations: what a rerun from the IDE has to prepare before its test bodies run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ColdWarmCase {
    @Test
    @Order(1)
    @RestoredFrom("${sys:bench.fixture}")
    void bigFixture(RestoredDatabase db) {
        Bodies.started("big");
    }

    @Test
    @Order(2)
    @RestoredFrom("backups/signing_2024_03_15.sql.gz")
    @MigratesTo(migrations = "prisma/migrations")
    void migrated(RestoredDatabase db) {
        Bodies.started("migrated");
    }
}
