package dev.rehearsal.spring.internal;

import dev.rehearsal.ConfigurationKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The application's {@code spring.flyway.*} and {@code spring.liquibase.*} properties as Rehearsal settings
 * ({@code rehearsal.flyway.*}, {@code rehearsal.liquibase.*}), read with Spring Boot's relaxed binding (so {@code
 * SPRING_FLYWAY_TABLE} counts, lists may be indexed or comma-separated), every property the application sets and no
 * default: Spring Boot's defaults for these are Flyway's and Liquibase's own.
 *
 * <p>Flyway: every property keeps its name (Rehearsal's Flyway settings take Flyway's parameter names in kebab-case),
 * except {@code init-sqls} (Flyway's {@code initSql}, the lines joined as Spring Boot joins them) and {@code
 * postgresql.transactional-lock} (Flyway's {@code postgresql.transactional.lock}). The connection ({@code url},
 * {@code user}, {@code password}, {@code driver-class-name}, {@code jdbc-properties.*}, connect retries) and {@code
 * enabled} are Spring's alone; Oracle and SQL Server groups do not apply to PostgreSQL. {@code locations} and {@code
 * target} are passed on so that Rehearsal reports that {@code @MigratesTo} replaces them.
 *
 * <p>Liquibase: {@code contexts}, {@code label-filter} and {@code parameters.*}. Properties that would make the
 * rehearsal differ from production and that Rehearsal cannot apply yet (another history table or schema, {@code
 * drop-first}, a {@code tag}, …) fail here, naming the property: a silently different rehearsal is worse than none.
 */
final class SpringMigrationSettings {
    private static final ConfigurationPropertyName FLYWAY = ConfigurationPropertyName.of("spring.flyway");
    private static final ConfigurationPropertyName LIQUIBASE = ConfigurationPropertyName.of("spring.liquibase");

    private static final Set<String> FLYWAY_SPRING_ONLY = Set.of(
            "enabled",
            "url",
            "user",
            "password",
            "driver-class-name",
            "jdbc-properties",
            "connect-retries",
            "connect-retries-interval",
            "check-location",
            "oracle",
            "sqlserver");

    private static final Set<String> LIQUIBASE_IGNORED = Set.of(
            "enabled",
            "url",
            "user",
            "password",
            "driver-class-name",
            "show-summary",
            "show-summary-output",
            "ui-service",
            "analytics-enabled",
            "license-key",
            "rollback-file",
            "change-log");

    /**
     * Spring Boot's names (dashed): a property written in camelCase ({@code baselineOnMigrate}) or as an environment
     * variable ({@code SPRING_FLYWAY_OUTOFORDER}) is only known in its uniform form ({@code outoforder}), which these
     * turn back into the dashed name. An unknown name keeps the form it was written in.
     */
    private static final List<String> FLYWAY_NAMES = List.of(
            "baseline-description",
            "baseline-on-migrate",
            "baseline-version",
            "batch",
            "cherry-pick",
            "clean-disabled",
            "clean-on-validation-error",
            "community-db-support-enabled",
            "connect-retries",
            "connect-retries-interval",
            "create-schemas",
            "default-schema",
            "detect-encoding",
            "driver-class-name",
            "dry-run-output",
            "enabled",
            "encoding",
            "error-overrides",
            "execute-in-transaction",
            "fail-on-missing-locations",
            "group",
            "ignore-migration-patterns",
            "init-sqls",
            "installed-by",
            "jdbc-properties",
            "kerberos-config-file",
            "locations",
            "lock-retry-count",
            "loggers",
            "mixed",
            "oracle",
            "out-of-order",
            "output-query-results",
            "password",
            "placeholder-prefix",
            "placeholder-replacement",
            "placeholder-separator",
            "placeholder-suffix",
            "placeholders",
            "postgresql",
            "powershell-executable",
            "repeatable-sql-migration-prefix",
            "schemas",
            "script-placeholder-prefix",
            "script-placeholder-suffix",
            "skip-default-callbacks",
            "skip-default-resolvers",
            "skip-executing-migrations",
            "sql-migration-prefix",
            "sql-migration-separator",
            "sql-migration-suffixes",
            "sqlserver",
            "stream",
            "table",
            "tablespace",
            "target",
            "url",
            "user",
            "validate-migration-naming",
            "validate-on-migrate");

    private static final List<String> LIQUIBASE_NAMES = List.of(
            "analytics-enabled",
            "change-log",
            "clear-checksums",
            "contexts",
            "database-change-log-lock-table",
            "database-change-log-table",
            "default-schema",
            "driver-class-name",
            "drop-first",
            "enabled",
            "label-filter",
            "labels",
            "license-key",
            "liquibase-schema",
            "liquibase-tablespace",
            "parameters",
            "password",
            "rollback-file",
            "show-summary",
            "show-summary-output",
            "tag",
            "test-rollback-on-update",
            "ui-service",
            "url",
            "user");

    private SpringMigrationSettings() {}

    static Map<String, String> from(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        Map<String, String> settings = new TreeMap<>();
        for (String key : childKeys(environment, FLYWAY, FLYWAY_NAMES)) {
            flyway(binder, key, settings);
        }
        for (String key : childKeys(environment, LIQUIBASE, LIQUIBASE_NAMES)) {
            liquibase(binder, key, settings);
        }
        return settings;
    }

    private static void flyway(Binder binder, String key, Map<String, String> settings) {
        String name = "spring.flyway." + key;
        switch (key) {
            case "placeholders" ->
                binder.bind(name, Bindable.mapOf(String.class, String.class))
                        .ifBound(map -> map.forEach((placeholder, value) ->
                                settings.put(ConfigurationKeys.Flyway.PLACEHOLDERS + placeholder, value)));
            case "init-sqls" ->
                binder.bind(name, Bindable.listOf(String.class))
                        .ifBound(lines ->
                                settings.put(ConfigurationKeys.Flyway.PREFIX + "init-sql", String.join("\n", lines)));
            case "postgresql" ->
                scalar(binder, "spring.flyway.postgresql.transactional-lock")
                        .ifPresent(value ->
                                settings.put(ConfigurationKeys.Flyway.PREFIX + "postgresql.transactional.lock", value));
            default -> {
                if (!FLYWAY_SPRING_ONLY.contains(key)) {
                    scalar(binder, name).ifPresent(value -> settings.put(ConfigurationKeys.Flyway.PREFIX + key, value));
                }
            }
        }
    }

    private static void liquibase(Binder binder, String key, Map<String, String> settings) {
        String name = "spring.liquibase." + key;
        switch (key) {
            case "contexts" ->
                scalar(binder, name).ifPresent(value -> settings.put(ConfigurationKeys.Liquibase.CONTEXTS, value));
            case "label-filter", "labels" ->
                scalar(binder, name).ifPresent(value -> settings.put(ConfigurationKeys.Liquibase.LABELS, value));
            case "parameters" ->
                binder.bind(name, Bindable.mapOf(String.class, String.class))
                        .ifBound(map -> map.forEach((parameter, value) ->
                                settings.put(ConfigurationKeys.Liquibase.PARAMETERS + parameter, value)));
            default -> {
                if (!LIQUIBASE_IGNORED.contains(key) && isSetToSomethingElse(binder, name)) {
                    throw new IllegalStateException("spring.liquibase." + key + " is set, and Rehearsal cannot apply"
                            + " it yet: its Liquibase support takes contexts, label-filter and parameters.* from"
                            + " Spring, so the rehearsal would not do what production does. Expected none of"
                            + " default-schema, liquibase-schema, liquibase-tablespace, database-change-log-table,"
                            + " database-change-log-lock-table, drop-first, clear-checksums, tag,"
                            + " test-rollback-on-update; unset it for the test if it does not matter to the upgrade.");
                }
            }
        }
    }

    /** False for a boolean switched to its default ({@code false}), which changes nothing. */
    private static boolean isSetToSomethingElse(Binder binder, String name) {
        return scalar(binder, name)
                .map(value -> !value.equalsIgnoreCase("false"))
                .orElse(false);
    }

    /** A scalar as written ({@code a, b} stays as is), or an indexed list joined with commas. */
    private static Optional<String> scalar(Binder binder, String name) {
        String text = binder.bind(name, Bindable.of(String.class)).orElse(null);
        if (text != null) {
            return Optional.of(text);
        }
        return Optional.ofNullable(binder.bind(name, Bindable.listOf(String.class))
                .map((List<String> list) -> String.join(",", list))
                .orElse(null));
    }

    /** The first name element under {@code prefix} of every property set in the environment, as Spring names it. */
    private static Set<String> childKeys(
            ConfigurableEnvironment environment, ConfigurationPropertyName prefix, List<String> knownNames) {
        Map<String, String> byUniformName = new TreeMap<>();
        for (String name : knownNames) {
            byUniformName.put(name.replace("-", ""), name);
        }
        Set<String> keys = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream()
                        .filter(prefix::isAncestorOf)
                        .map(name -> byUniformName.getOrDefault(
                                name.getElement(prefix.getNumberOfElements(), Form.UNIFORM),
                                name.getElement(prefix.getNumberOfElements(), Form.DASHED)))
                        .forEach(keys::add);
            }
        }
        keys.remove("enabled");
        return keys;
    }
}
