package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.spi.MigrationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The application's Flyway configuration, mirrored: Flyway's own parameters ({@code flyway.table}, {@code
 * flyway.placeholders.<name>}, {@code flyway.baselineOnMigrate}, …) read from a Flyway configuration file ({@value
 * #CONFIG_FILE}, project-relative, the properties format of {@code flyway.conf}) and from Rehearsal's settings under
 * {@code rehearsal.flyway.} (e.g. {@code rehearsal.yml}: {@code rehearsal: {flyway: {table: schema_history,
 * placeholders: {owner: app}}}}; kebab-case names such as {@code baseline-on-migrate} are accepted), the settings
 * winning. Flyway itself parses and validates them ({@link FluentConfiguration#configuration(Map)}), so every
 * parameter Flyway has works, and a misspelt one fails the way Flyway fails.
 *
 * <p>Rehearsal owns four things: the connection (Flyway's {@code url}, {@code user}, {@code password}, {@code
 * driver}, {@code jdbcProperties}, environments are ignored with a warning), the location (the {@code @MigratesTo}
 * migrations directory, as {@code filesystem:<dir>}; a configured {@code locations} is replaced, with a warning), the
 * target ({@code @MigratesTo}'s value; a configured {@code target} is ignored, with a warning) and {@code
 * cleanDisabled}, always true: Rehearsal never cleans.
 *
 * <p>{@code flyway.postgresql.transactional.lock} (a PostgreSQL plugin parameter) is applied through whichever public
 * API the Flyway on the classpath has ({@link FlywayLockSetting}); Flyway 8, which has no such parameter, refuses it
 * as production's Flyway 8 does. The file is read by {@link FlywayConfFile} (Flyway's own reader is internal API).
 *
 * <p>TOML ({@code flyway.toml}) is refused: flyway-core has no TOML reader (the Flyway CLI has), and Rehearsal would
 * rather say so than half-parse it.
 *
 * <p>Internal, not API.
 */
final class FlywayConfig {
    /** A Flyway configuration file (properties format, {@code flyway.conf}), relative to the project directory. */
    static final String CONFIG_FILE = ConfigurationKeys.Flyway.CONFIG_FILE;

    static final String PREFIX = ConfigurationKeys.Flyway.PREFIX;
    static final String LOCK = "flyway.postgresql.transactional.lock";

    private static final Set<String> CONNECTION_KEYS = Set.of(
            "flyway.url",
            "flyway.user",
            "flyway.password",
            "flyway.driver",
            "flyway.environment",
            "flyway.workingDirectory",
            "flyway.configFiles",
            "flyway.configFileEncoding",
            "flyway.jarDirs",
            "flyway.connectRetries",
            "flyway.connectRetriesInterval",
            "flyway.url.placeholders");
    private static final List<String> CONNECTION_PREFIXES = List.of("flyway.jdbcProperties.", "flyway.environments.");

    private final Path directory;
    private final SortedMap<String, String> properties;
    private final Map<String, String> sources;
    private final Optional<Boolean> transactionalLock;
    private final List<String> warnings;

    private FlywayConfig(
            Path directory,
            SortedMap<String, String> properties,
            Map<String, String> sources,
            Optional<Boolean> transactionalLock,
            List<String> warnings) {
        this.directory = directory;
        this.properties = properties;
        this.sources = sources;
        this.transactionalLock = transactionalLock;
        this.warnings = warnings;
    }

    /**
     * Reads the configuration file (if set) and the settings, and checks them with Flyway.
     *
     * @throws MigrationSetupException when the file is missing or TOML, or Flyway rejects a parameter
     */
    static FlywayConfig read(MigrationContext context) {
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Optional<String> file = context.setting(CONFIG_FILE).filter(f -> !f.isBlank());
        if (file.isPresent()) {
            Path path = resolve(context.projectDirectory(), file.get());
            for (Map.Entry<String, String> entry : loadFile(path, file.get()).entrySet()) {
                raw.put(entry.getKey(), entry.getValue());
                sources.put(entry.getKey(), file.get());
            }
        }
        for (Map.Entry<String, String> entry : context.settingsUnder(PREFIX).entrySet()) {
            String key = entry.getKey();
            if (key.equals("config-file") || key.equals("configFile")) {
                continue;
            }
            String flywayKey = "flyway." + camelCaseFirstSegment(key);
            raw.put(flywayKey, entry.getValue());
            sources.put(flywayKey, PREFIX + key);
        }
        List<String> warnings = new ArrayList<>();
        SortedMap<String, String> properties = new TreeMap<>();
        Optional<Boolean> lock = Optional.empty();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            String source = sources.get(key);
            if (key.equals(LOCK)) {
                lock = Optional.of(parseBoolean(key, value, source));
                if (!FlywayLockSetting.supported()) {
                    lock = flyway8Lock(lock.get(), source, warnings);
                }
            } else if (CONNECTION_KEYS.contains(key)
                    || CONNECTION_PREFIXES.stream().anyMatch(key::startsWith)) {
                warnings.add(key + " (" + source + ") is ignored: Rehearsal connects Flyway to the test's database.");
            } else if (key.equals("flyway.locations")) {
                warnings.add("flyway.locations=" + value + " (" + source + ") is replaced by the @MigratesTo"
                        + " migrations location, " + context.location() + ".");
            } else if (key.equals("flyway.target")) {
                warnings.add("flyway.target=" + value + " (" + source + ") is ignored: the target is @MigratesTo's"
                        + " value (or migrations().migrateTo(version)).");
            } else if (key.equals("flyway.cleanDisabled")) {
                if (!"true".equalsIgnoreCase(value.strip())) {
                    warnings.add("flyway.cleanDisabled=" + value + " (" + source + ") is ignored: Rehearsal never"
                            + " cleans.");
                }
            } else {
                properties.put(key, value);
            }
        }
        FlywayConfig config = new FlywayConfig(
                context.directory(),
                Collections.unmodifiableSortedMap(properties),
                Collections.unmodifiableMap(sources),
                lock,
                List.copyOf(warnings));
        config.configure(null); // let Flyway validate every parameter now, before any database is involved
        return config;
    }

    /**
     * A Flyway configuration with the user's parameters, the migrations location, {@code cleanDisabled(true)} and
     * {@code callbacks} added to the configured ones.
     *
     * @param dataSource the database; {@code null} for a configuration that is only inspected
     */
    FluentConfiguration configure(DataSource dataSource, Callback... callbacks) {
        FluentConfiguration configuration;
        try {
            configuration = Flyway.configure().configuration(properties);
        } catch (FlywayException e) {
            throw new MigrationSetupException(
                    "Flyway rejected the configuration mirrored from " + describeSources() + ": " + e.getMessage()
                            + " Fix the parameter (Flyway's own names and values, e.g. rehearsal.flyway.table or"
                            + " flyway.table in a flyway.conf).",
                    e);
        }
        configuration.locations("filesystem:" + directory).cleanDisabled(true);
        if (dataSource != null) {
            configuration.dataSource(dataSource);
        }
        transactionalLock.ifPresent(lock ->
                FlywayLockSetting.apply(configuration, lock, sources.getOrDefault(LOCK, "Rehearsal's settings")));
        if (callbacks.length > 0) {
            Callback[] all = Stream.concat(Arrays.stream(configuration.getCallbacks()), Arrays.stream(callbacks))
                    .toArray(Callback[]::new);
            configuration.callbacks(all);
        }
        return configuration;
    }

    /** What was ignored or replaced, for {@code warnings()}. */
    List<String> warnings() {
        return warnings;
    }

    /** A stable text of everything that changes what Flyway does, for the fingerprint. */
    String describe() {
        StringBuilder text = new StringBuilder();
        properties.forEach(
                (key, value) -> text.append(key).append('=').append(value).append('\n'));
        text.append(LOCK)
                .append('=')
                .append(transactionalLock.map(String::valueOf).orElse("<default>"));
        return text.toString();
    }

    private String describeSources() {
        List<String> distinct = sources.values().stream().distinct().toList();
        return distinct.isEmpty() ? "Flyway's defaults" : String.join(", ", distinct);
    }

    private static Path resolve(Path projectDirectory, String file) {
        try {
            return projectDirectory.resolve(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new MigrationSetupException(
                    CONFIG_FILE + " = " + file + " is not a valid path: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> loadFile(Path path, String given) {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".toml")) {
            throw new MigrationSetupException(CONFIG_FILE + " = " + given + " is a TOML file, which Flyway's Java API"
                    + " (flyway-core " + FlywayVersion.describeCore() + ") cannot read: only the Flyway CLI reads"
                    + " flyway.toml. Put the parameters in rehearsal.yml under rehearsal.flyway (e.g. table,"
                    + " placeholders.<name>, baselineOnMigrate) or in a flyway.conf (flyway.key=value lines) and point "
                    + CONFIG_FILE + " at it.");
        }
        if (!Files.isRegularFile(path)) {
            throw new MigrationSetupException(CONFIG_FILE + " = " + given + " was not found (looked at " + path
                    + ", relative to the project directory); expected a Flyway configuration file in the properties"
                    + " format of flyway.conf (flyway.table=…, flyway.placeholders.<name>=…).");
        }
        try {
            return FlywayConfFile.read(path, StandardCharsets.UTF_8, System.getenv());
        } catch (IOException | IllegalArgumentException e) {
            throw new MigrationSetupException(
                    "Could not read " + CONFIG_FILE + " = " + given + " (" + path + ") as a flyway.conf (UTF-8,"
                            + " flyway.key=value lines): " + e.getMessage(),
                    e);
        }
    }

    /**
     * {@code flyway.postgresql.transactional.lock} on a Flyway without it (Flyway 8: only the session lock, and the
     * parameter is unknown): {@code false} asks for what Flyway 8 does anyway, so it is left out with a warning;
     * {@code true} cannot be had and is refused.
     */
    private static Optional<Boolean> flyway8Lock(boolean lock, String source, List<String> warnings) {
        String version = FlywayVersion.describeCore();
        if (lock) {
            throw new MigrationSetupException(LOCK + " = true (" + source + ") cannot be applied: Flyway " + version
                    + " has no such parameter (it came with Flyway 9, and true is the default from 9.1.2 on) and"
                    + " always takes a session-level advisory lock on the migration's own connection. A production"
                    + " Flyway " + version + " refuses the parameter as unknown too. Remove it, or rehearse with the"
                    + " Flyway version production runs.");
        }
        warnings.add(LOCK + " = false (" + source + ") is left out: Flyway " + version + " has no such parameter (it"
                + " came with Flyway 9) and always takes the session-level lock that false asks for. A production"
                + " Flyway " + version + " refuses the parameter as unknown: keep it out of the application's own"
                + " Flyway configuration until it runs Flyway 9 or newer.");
        return Optional.empty();
    }

    private static boolean parseBoolean(String key, String value, String source) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new MigrationSetupException(
                key + " = \"" + value + "\" (" + source + ") is not a boolean; expected true or false.");
    }

    /** {@code baseline-on-migrate} → {@code baselineOnMigrate}; later segments (placeholder names) stay as given. */
    static String camelCaseFirstSegment(String key) {
        int dot = key.indexOf('.');
        String first = dot < 0 ? key : key.substring(0, dot);
        String rest = dot < 0 ? "" : key.substring(dot);
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : first.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel + rest;
    }
}
