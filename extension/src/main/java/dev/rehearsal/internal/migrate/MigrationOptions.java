package dev.rehearsal.internal.migrate;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.internal.config.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a migration tool reads besides the directory and the database: the run's settings, and the values a test's
 * annotation sets for one tool's keys (the deprecated {@code @MigratesTo(command)} is {@value
 * ConfigurationKeys.Command#LINE}, {@code @MigratesTo(allowDowns)} is {@value ConfigurationKeys.Play#AUTO_APPLY_DOWNS}),
 * which win over the settings as an annotation attribute does. A tool reads its own keys through {@link #setting};
 * nothing here is one tool's.
 *
 * <p>Internal, not API.
 *
 * @param attributes full keys set by the test's annotation, winning over {@code settings}
 * @param settings the run's settings (system properties, JUnit parameters, environment, rehearsal.yml)
 */
public record MigrationOptions(Map<String, String> attributes, Settings settings) {

    public MigrationOptions {
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
        Objects.requireNonNull(settings, "settings");
    }

    /** The run's settings, no annotation values. */
    public static MigrationOptions of(Settings settings) {
        return new MigrationOptions(Map.of(), settings);
    }

    /** Settings from the system only. */
    public static MigrationOptions defaults() {
        return of(Settings.fromSystem());
    }

    /**
     * The options {@code annotation} sets (its {@code settings} entries, and its deprecated tool attributes as their
     * keys, which win), with {@code settings}.
     *
     * @throws MigrationSetupException for a malformed entry, a key that is not a tool's, or a key given twice
     */
    @SuppressWarnings("deprecation") // the deprecated attributes still work: they are read here and only here
    public static MigrationOptions of(MigratesTo annotation, Settings settings) {
        Map<String, String> attributes = new LinkedHashMap<>(ToolKeys.entries(annotation.settings()));
        if (!annotation.command().isBlank()) {
            attributes.put(ConfigurationKeys.Command.LINE, annotation.command().strip());
        }
        if (annotation.allowDowns()) {
            attributes.put(ConfigurationKeys.Play.AUTO_APPLY_DOWNS, "true");
        }
        return new MigrationOptions(attributes, settings);
    }

    /** A setting by its full key: the annotation's value, else the run's setting. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(attributes.get(key)).or(() -> settings.get(key));
    }

    /** Every setting under {@code prefix}, keyed by the rest of the key, with the precedence of {@link #setting}. */
    public Map<String, String> under(String prefix) {
        Map<String, String> all = new TreeMap<>(settings.under(prefix));
        attributes.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                all.put(key.substring(prefix.length()), value);
            }
        });
        return all;
    }

    /** A stable text of what changes how migrations run, for cache keys: every setting under the tool's prefix. */
    public String key(String toolSettingsPrefix) {
        return "settings=" + under(toolSettingsPrefix);
    }
}
