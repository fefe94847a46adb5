package dev.rehearsal.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@code @JdbcTest} (Spring Boot 3.x package; src/test/boot4 has the Boot 4 twin): its {@code
 * @AutoConfigureTestDatabase} would replace the DataSource with an embedded database (none on this classpath, so the
 * context would fail to start); {@link AutoConfigureRehearsal} wins, and the slice's test transaction runs on the
 * test's copy.
 */
class JdbcTestSliceTest {

    @Test
    void the_restored_backup_wins_over_the_embedded_replacement_and_the_transaction_runs_on_it() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SliceTestCase.class))
                .execute();
        AutoConfigureRehearsalTest.printFailures(results);
        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @JdbcTest(
            properties = {
                "spring.flyway.baseline-on-migrate=true",
                "spring.flyway.placeholders.email_domain=shop.example"
            })
    @ContextConfiguration(classes = SliceTestCase.NoBeans.class)
    @AutoConfigureRehearsal
    @RestoredFrom("shop/before_flyway.sql")
    @MigratesTo(migrations = "shop/db/migration")
    static class SliceTestCase {
        @Configuration(proxyBeanMethods = false)
        static class NoBeans {}

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void writesInsideTheSlicesTransaction(RestoredDatabase db) {
            assertThat(jdbc.queryForObject("SELECT current_database()", String.class))
                    .isEqualTo(db.query("SELECT current_database()").singleValue());
            jdbc.update("INSERT INTO orders (customer_id, total) VALUES (1, 9.99)");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Integer.class))
                    .isOne();
            // @JdbcTest is @Transactional: not committed, so another connection does not see it.
            assertThat(db.query("SELECT count(*) FROM orders").singleValue()).isEqualTo(0L);
        }
    }
}
