package dev.rehearsal.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.spring.shop.Orders;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AutoConfigureRehearsal} through the real Jupiter engine, Spring's TestContext framework and an embedded
 * PostgreSQL: the application's own repository runs on each test's copy, whatever the order of the annotations, with
 * one cached context shared by two classes, inside Spring's test transaction too; the application's spring.flyway.*
 * is what Rehearsal migrates with, and Spring's own Flyway never runs.
 */
class AutoConfigureRehearsalTest {
    /** The database each test's RestoredDatabase names, and the one the application's connections reached. */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    static final Set<ApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

    @Test
    void each_test_gets_its_own_copy_through_the_applications_datasource() {
        SEEN.clear();
        CONTEXTS.clear();
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(RehearsalFirstTestCase.class), selectClass(SpringFirstTestCase.class))
                .execute();

        printFailures(results);
        results.testEvents().assertStatistics(s -> s.started(6).succeeded(6));
        assertThat(CONTEXTS)
                .as("one application context, cached and shared by both classes")
                .hasSize(1);
        assertThat(SEEN).hasSize(6).doesNotHaveDuplicates();
    }

    /** The fixture tests' failures, for whoever reads a red build. */
    static void printFailures(EngineExecutionResults results) {
        results.allEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class))
                .flatMap(Optional::stream)
                .map(TestExecutionResult::getThrowable)
                .flatMap(Optional::stream)
                .forEach(Throwable::printStackTrace);
    }

    static void check(Orders orders, RestoredDatabase db, ApplicationContext context) {
        String database = db.query("SELECT current_database()").singleValue().toString();
        assertThat(orders.database()).isEqualTo(database);
        SEEN.add(database);
        CONTEXTS.add(context);
        // Each copy starts from the migrated backup: no order of another test is visible.
        assertThat(orders.count()).isZero();
        orders.place(2, "19.90");
        assertThat(orders.count()).isOne();
        assertThat(db.query("SELECT count(*) FROM orders").singleValue()).isEqualTo(1L);
    }

    /** Rehearsal's extension is registered before Spring's: its beforeEach prepares the copy first. */
    @RestoredFrom("shop/before_flyway.sql")
    @MigratesTo(migrations = "shop/db/migration")
    @ShopSpringTest
    static class RehearsalFirstTestCase {
        @Autowired
        Orders orders;

        @Autowired
        ApplicationContext context;

        @Test
        void first(RestoredDatabase db) {
            check(orders, db, context);
        }

        @Test
        void second(RestoredDatabase db) {
            check(orders, db, context);
        }

        @Test
        void theApplicationsFlywayConfigurationIsApplied(RestoredDatabase db) {
            check(orders, db, context);
            assertThat(db.query("SELECT version || ':' || type FROM shop_history ORDER BY installed_rank")
                            .rows())
                    .extracting(row -> row.get(0))
                    .containsExactly("1:BASELINE", "2:SQL", "3:SQL");
            assertThat(orders.emailOf(1)).isEqualTo("ada@shop.example");
            assertThat(context.getBeanNamesForType(Flyway.class))
                    .as("Spring's own Flyway is switched off")
                    .isEmpty();
        }
    }

    /** Spring's extension is registered first: its transaction opens before Rehearsal's beforeEach. */
    @ShopSpringTest
    @RestoredFrom("shop/before_flyway.sql")
    @MigratesTo(migrations = "shop/db/migration")
    static class SpringFirstTestCase {
        @Autowired
        Orders orders;

        @Autowired
        ApplicationContext context;

        @Test
        void withoutTransaction(RestoredDatabase db) {
            check(orders, db, context);
        }

        /** Spring's @Sql scripts run after the switch, on the test's copy. */
        @Test
        @Sql(statements = "INSERT INTO orders (customer_id, total) VALUES (3, 1.00)")
        void afterSpringsSqlScript(RestoredDatabase db) {
            String database =
                    db.query("SELECT current_database()").singleValue().toString();
            assertThat(orders.database()).isEqualTo(database);
            SEEN.add(database);
            CONTEXTS.add(context);
            assertThat(db.query("SELECT count(*) FROM orders WHERE customer_id = 3")
                            .singleValue())
                    .isEqualTo(1L);
        }

        @Test
        @Transactional
        void insideSpringsTestTransaction(RestoredDatabase db) {
            String database =
                    db.query("SELECT current_database()").singleValue().toString();
            assertThat(orders.database()).isEqualTo(database);
            SEEN.add(database);
            CONTEXTS.add(context);
            orders.place(1, "5.00");
            // Uncommitted: the application's transaction sees the order, another connection does not.
            assertThat(orders.count()).isOne();
            assertThat(db.query("SELECT count(*) FROM orders").singleValue()).isEqualTo(0L);
        }
    }

    @Test
    void without_a_spring_test_it_says_what_is_missing() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(NoSpringTestCase.class))
                .execute()
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(NoSpringTestCase.class),
                                finishedWithFailure(
                                        cause(instanceOf(ExtensionConfigurationException.class)),
                                        message(m -> m.contains("needs a Spring test: expected @SpringBootTest")
                                                && m.contains(NoSpringTestCase.class.getName())))));
    }

    @AutoConfigureRehearsal
    @RestoredFrom("shop/before_flyway.sql")
    static class NoSpringTestCase {
        @Test
        void test() {}
    }
}
