package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.internal.migrate.flyway.FlywayTestAccess;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A project that keeps Flyway's default configuration upgrades the backup of FlywayEngineTest (a real pg_dump of a
 * database Flyway left at version 2), whose V4 builds an index CONCURRENTLY in a non-transactional script. What
 * happens follows the Flyway version on the classpath, exactly as real Flyway behaves (checked with plain Flyway on
 * the same kind of script: 8.5.13 applies it; 9.22.3, 10.20.1, 11.7.2 and 13.12.2 hang forever in {@code flyway
 * migrate}):
 *
 * <ul>
 *   <li>Flyway 8 (session lock only): the upgrade goes through;
 *   <li>Flyway 9.1.2 and newer (the advisory lock held in an open transaction on a second connection, by default):
 *       the test fails before its body with a MigrationFailedException that says production would hang (flyway#3492)
 *       and names the fix, {@code flyway.postgresql.transactional.lock=false}, instead of hanging the build.
 * </ul>
 *
 * CI runs this on Flyway 8.5.13, 9.22.3, 10.20.1, 11.7.2 and 13.x.
 */
class FlywayDefaultLockEngineTest {

    @Test
    @Timeout(180)
    void the_concurrent_index_applies_on_flyway_8_and_is_reported_as_the_production_hang_from_9_1_2_on()
            throws Exception {
        if (!FlywayTestAccess.transactionalLockByDefault()) {
            run(DefaultConfigurationTestCase.class, Map.of())
                    .testEvents()
                    .assertStatistics(s -> s.started(1).succeeded(1));
        } else {
            run(DefaultConfigurationTestCase.class, Map.of())
                    .testEvents()
                    .assertThatEvents()
                    .haveExactly(
                            1,
                            event(
                                    test("upgraded"),
                                    finishedWithFailure(
                                            instanceOf(MigrationFailedException.class),
                                            message(m -> m.startsWith(
                                                            "Migration 4 failed (Flyway, 2nd of 2 pending)"
                                                                    + "\n  at migrate/flyway/shop/V4__orders_customer_index.sql")
                                                    && m.contains("ERROR 57014")
                                                    && m.contains("In production this `flyway migrate` would not fail"
                                                            + " but hang forever")
                                                    && m.contains("flyway#3492")
                                                    && m.contains("set flyway.postgresql.transactional.lock=false")
                                                    && m.contains("Restored from migrate/flyway/shop_v2.sql")))));
        }
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/flyway/shop_v2.sql")
    @MigratesTo(migrations = "migrate/flyway/shop")
    static class DefaultConfigurationTestCase {
        @Test
        void upgraded(RestoredDatabase db) {
            assertThat(db.migrations().status("4").state()).isEqualTo(MigrationState.APPLIED);
            assertThat(db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'orders_customer_idx'::regclass")
                            .singleValue())
                    .isEqualTo(true);
        }
    }
}
