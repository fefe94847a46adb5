package dev.rehearsal.bench.zonky;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Rehearsal's way: an empty database ({@code pg_dump} of one, {@code -Dbench.empty}) migrated by the same 100 Flyway
 * migrations, and a copy of it for each of the 40 tests.
 */
@RestoredFrom("${sys:bench.empty}")
@MigratesTo(migrations = "db/migration", tool = MigrationTool.FLYWAY)
public class RehearsalFlywayCase {
    @RepeatedTest(40)
    void test(RestoredDatabase db) {
        db.execute("DELETE FROM t100");
        assertEquals(
                FlywayMigrations.ROWS,
                ((Number) db.query("SELECT count(*) FROM t001").singleValue()).longValue());
        Bodies.done("rehearsal");
    }
}
