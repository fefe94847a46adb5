package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.spi.MigrationContext;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Liquibase settings Rehearsal passes on, from {@code rehearsal.liquibase.*}.
 *
 * @param changelog {@value #CHANGELOG}: the changelog file relative to the migrations location, written as the
 *     application passes it to Liquibase (it becomes {@code DATABASECHANGELOG.FILENAME}); default: the master
 *     changelog found in the location
 * @param contexts {@value #CONTEXTS}: Liquibase's {@code contexts}, default none
 * @param labels {@value #LABELS}: Liquibase's {@code label-filter}, default none
 * @param parameters {@code rehearsal.liquibase.parameters.<name>}: changelog parameters ({@code ${name}})
 */
record LiquibaseSettings(
        Optional<String> changelog,
        Optional<String> contexts,
        Optional<String> labels,
        Map<String, String> parameters) {
    static final String CHANGELOG = ConfigurationKeys.Liquibase.CHANGELOG;
    static final String CONTEXTS = ConfigurationKeys.Liquibase.CONTEXTS;
    static final String LABELS = ConfigurationKeys.Liquibase.LABELS;
    static final String PARAMETERS = ConfigurationKeys.Liquibase.PARAMETERS;

    LiquibaseSettings {
        parameters = Map.copyOf(new TreeMap<>(parameters));
    }

    static LiquibaseSettings from(MigrationContext context) {
        return new LiquibaseSettings(
                context.text(CHANGELOG),
                context.text(CONTEXTS),
                context.text(LABELS),
                context.settingsUnder(PARAMETERS));
    }

    static LiquibaseSettings defaults() {
        return new LiquibaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** Everything that changes what an update does, for the template cache key. */
    String fingerprint() {
        return changelog.orElse("") + "|" + contexts.orElse("") + "|" + labels.orElse("") + "|"
                + new TreeMap<>(parameters);
    }
}
