package dev.rehearsal.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@code @DataJpaTest} (Spring Boot 4 package; src/test/boot3 has the Boot 3 twin): Hibernate connects while the
 * context starts (its metadata, and {@code ddl-auto=validate} checks the entity against the migrated schema), which
 * goes to the class-wide copy; the test's EntityManager then works on the test's own copy.
 */
class DataJpaTestSliceTest {

    @Test
    void hibernate_validates_against_the_migrated_backup_and_the_test_runs_on_its_copy() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(JpaTestCase.class))
                .execute();
        AutoConfigureRehearsalTest.printFailures(results);
        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @DataJpaTest(
            properties = {
                "spring.flyway.baseline-on-migrate=true",
                "spring.flyway.placeholders.email_domain=shop.example",
                "spring.jpa.hibernate.ddl-auto=validate"
            })
    @ContextConfiguration(classes = JpaTestCase.Entities.class)
    @AutoConfigureRehearsal
    @RestoredFrom("shop/before_flyway.sql")
    @MigratesTo(migrations = "shop/db/migration")
    static class JpaTestCase {
        /** Entities are scanned from this package. */
        @Configuration(proxyBeanMethods = false)
        @AutoConfigurationPackage
        static class Entities {}

        @Autowired
        EntityManager entities;

        @Test
        void findsTheBackupsCustomerWithItsMigratedEmail(RestoredDatabase db) {
            assertThat(entities.createNativeQuery("SELECT current_database()").getSingleResult())
                    .isEqualTo(db.query("SELECT current_database()").singleValue());
            assertThat(entities.find(Customer.class, 1).email).isEqualTo("ada@shop.example");
        }
    }

    /** V2 added {@code email}: Hibernate's validation fails at start-up if the migrated schema lacks it. */
    @Entity
    @Table(name = "customer")
    static class Customer {
        @Id
        Integer id;

        String name;
        String email;
    }
}
