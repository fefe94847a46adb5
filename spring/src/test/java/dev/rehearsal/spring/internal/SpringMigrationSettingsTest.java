package dev.rehearsal.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The application's spring.flyway.* / spring.liquibase.* as Rehearsal settings, read as Spring Boot reads them. */
class SpringMigrationSettingsTest {

    private static StandardEnvironment environment(Map<String, Object> properties, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    @Test
    void flyway_properties_keep_flyways_names_with_the_documented_exceptions() {
        StandardEnvironment environment = environment(
                Map.of(
                        "spring.flyway.table", "schema_history",
                        "spring.flyway.baselineOnMigrate", "true",
                        "spring.flyway.schemas[0]", "app",
                        "spring.flyway.schemas[1]", "audit",
                        "spring.flyway.placeholders.tenantName", "acme",
                        "spring.flyway.init-sqls", "SET lock_timeout = '5s',SET search_path = app",
                        "spring.flyway.postgresql.transactional-lock", "false",
                        "spring.flyway.url", "jdbc:postgresql://prod/app",
                        "spring.flyway.enabled", "true"),
                Map.of("SPRING_FLYWAY_OUTOFORDER", "true"));

        assertThat(SpringMigrationSettings.from(environment))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "rehearsal.flyway.table", "schema_history",
                        "rehearsal.flyway.baseline-on-migrate", "true",
                        "rehearsal.flyway.schemas", "app,audit",
                        "rehearsal.flyway.placeholders.tenantName", "acme",
                        "rehearsal.flyway.init-sql", "SET lock_timeout = '5s'\nSET search_path = app",
                        "rehearsal.flyway.postgresql.transactional.lock", "false",
                        "rehearsal.flyway.out-of-order", "true"));
    }

    @Test
    void liquibase_contexts_labels_and_parameters_are_taken() {
        StandardEnvironment environment = environment(
                Map.of(
                        "spring.liquibase.contexts", "prod,eu",
                        "spring.liquibase.label-filter", "!experimental",
                        "spring.liquibase.parameters.schemaOwner", "app",
                        "spring.liquibase.change-log", "classpath:/db/changelog/db.changelog-master.yaml",
                        "spring.liquibase.drop-first", "false"),
                Map.of());

        assertThat(SpringMigrationSettings.from(environment))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "rehearsal.liquibase.contexts", "prod,eu",
                        "rehearsal.liquibase.labels", "!experimental",
                        "rehearsal.liquibase.parameters.schemaOwner", "app"));
    }

    @Test
    void a_liquibase_property_rehearsal_cannot_apply_is_refused_by_name() {
        StandardEnvironment environment =
                environment(Map.of("spring.liquibase.database-change-log-table", "app_changelog"), Map.of());

        assertThatThrownBy(() -> SpringMigrationSettings.from(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "spring.liquibase.database-change-log-table is set, and Rehearsal cannot apply it");
    }

    @Test
    void no_migration_properties_no_settings() {
        assertThat(SpringMigrationSettings.from(environment(Map.of("spring.datasource.url", "x"), Map.of())))
                .isEmpty();
    }
}
