package dev.rehearsal.spring;

import dev.rehearsal.spring.internal.RehearsalSpringExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points the Spring application context's {@code DataSource} at the current test's copy of the database that
 * {@link dev.rehearsal.RestoredFrom @RestoredFrom} restores and {@link dev.rehearsal.MigratesTo @MigratesTo}
 * migrates, so that the application's own code (repositories, {@code JdbcTemplate}, services) runs on the upgraded
 * backup.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureRehearsal
 * @RestoredFrom("backups/prod_2024_03.sql.gz")
 * @MigratesTo(migrations = "db/migration")
 * class LoginAfterUpgradeTests {
 *     @Autowired LoginService logins;
 *
 *     @Test
 *     void oldUsersCanLogIn(RestoredDatabase db) { … }
 * }
 * }</pre>
 *
 * <p><b>Per test.</b> The application's {@code DataSource} bean (or the one named by {@link #dataSource()}) is
 * replaced by one that hands out connections to the database of the test that is running: the same copy its {@code
 * RestoredDatabase} parameter gets, switched before Spring's test transaction and {@code @Sql} scripts start, so each
 * test method sees only its own copy even when Spring's context cache shares one context across methods and classes.
 * Connections taken while the context starts (e.g. Hibernate's metadata look-up) or outside a test method go to a
 * class-wide copy of the same database. Connections are not pooled. Tests that share an application context must not
 * run at the same time (JUnit's parallel mode): the second one fails, saying so.
 *
 * <p><b>Migrations.</b> Spring's own Flyway and Liquibase runs are switched off for the context
 * ({@code spring.flyway.enabled=false}, {@code spring.liquibase.enabled=false}): Rehearsal migrates, once per
 * backup into a template, with the application's configuration: every {@code spring.flyway.*} property the
 * application sets (placeholders, table, schemas, baseline, out-of-order, {@code postgresql.transactional-lock}, …)
 * is applied as the matching {@code rehearsal.flyway.*} setting, and {@code spring.liquibase.contexts}, {@code
 * label-filter} and {@code parameters.*} as {@code rehearsal.liquibase.*}. They rank above {@code rehearsal.yml} and
 * below system properties. The migrations location stays {@code @MigratesTo}'s {@code migrations}; a different
 * {@code spring.flyway.locations} is reported as replaced.
 *
 * <p>{@code @DataJpaTest} and {@code @JdbcTest} would replace the {@code DataSource} with an embedded database:
 * this annotation sets {@code spring.test.database.replace=none} for the context, so Rehearsal's wins.
 *
 * <p>Needs a Spring test ({@code @SpringBootTest}, {@code @DataJpaTest}, {@code @JdbcTest}, or any class run by
 * Spring's {@code SpringExtension}) and {@code @RestoredFrom}; Spring Boot 3.5 or 4.0.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RehearsalSpringExtension.class)
public @interface AutoConfigureRehearsal {

    /**
     * The name of the {@code DataSource} bean to replace when the context has several; by default the only one (or a
     * new bean named {@code dataSource} when there is none).
     */
    String dataSource() default "";
}
