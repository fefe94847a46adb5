package dev.rehearsal.internal.config;

import static dev.rehearsal.ConfigurationKeys.CACHE_DIR;
import static dev.rehearsal.ConfigurationKeys.CONFIG_FILE;
import static dev.rehearsal.ConfigurationKeys.EXTERNAL_PASSWORD;
import static dev.rehearsal.ConfigurationKeys.EXTERNAL_URL;
import static dev.rehearsal.ConfigurationKeys.EXTERNAL_USER;

import dev.rehearsal.ConfigurationKeys;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Rehearsal's configuration (the keys are catalogued in {@link ConfigurationKeys}): one prefix, {@code rehearsal.}; a JVM system property wins over a JUnit
 * configuration parameter ({@code junit-platform.properties}), which wins over an environment variable named in
 * the key's definition, which wins over settings contributed by an integration (see {@link #withContributed}: e.g.
 * the Spring application's {@code spring.flyway.*}), which win over the project file {@code rehearsal.yml} (see
 * {@link ProjectFile}; its location is set by {@value ConfigurationKeys#CONFIG_FILE}, default {@code rehearsal.yml} in the project
 * directory), which wins over the built-in default. Annotation attributes are applied by the callers before
 * consulting this class.
 */
public final class Settings {

    private final Function<String, Optional<String>> junitParameters;
    private final Path projectDirectory;
    private final Map<String, String> contributed;
    private volatile Map<String, String> projectFile;

    private Settings(Function<String, Optional<String>> junitParameters, Path projectDirectory) {
        this(junitParameters, projectDirectory, Map.of(), null);
    }

    private Settings(
            Function<String, Optional<String>> junitParameters,
            Path projectDirectory,
            Map<String, String> contributed,
            Map<String, String> projectFile) {
        this.junitParameters = junitParameters;
        this.projectDirectory = projectDirectory;
        this.contributed = contributed;
        this.projectFile = projectFile;
    }

    /**
     * These settings with {@code values} (full keys, e.g. {@code rehearsal.flyway.table}) contributed by an
     * integration: they win over the project file and lose to system properties, JUnit parameters and the
     * environment. Blank values are left out.
     */
    public Settings withContributed(Map<String, String> values) {
        Map<String, String> merged = new LinkedHashMap<>(contributed);
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                merged.put(key, value.strip());
            }
        });
        return new Settings(junitParameters, projectDirectory, Map.copyOf(merged), projectFile);
    }

    /** Settings from system properties, the environment and the project file only. */
    public static Settings fromSystem() {
        return new Settings(key -> Optional.empty(), Path.of("").toAbsolutePath());
    }

    /** Settings that also consult JUnit configuration parameters. */
    public static Settings withJunitParameters(Function<String, Optional<String>> junitParameters) {
        return new Settings(junitParameters, Path.of("").toAbsolutePath());
    }

    /** Settings that also consult JUnit configuration parameters, with an explicit project directory. */
    public static Settings of(Function<String, Optional<String>> junitParameters, Path projectDirectory) {
        return new Settings(junitParameters, projectDirectory.toAbsolutePath());
    }

    /** The project directory: relative paths in settings resolve against it. */
    public Path projectDirectory() {
        return projectDirectory;
    }

    /** The value of a key, looked up as described on the class. */
    public Optional<String> get(String key) {
        Optional<String> outside = outsideProjectFile(key);
        if (outside.isPresent() || key.equals(CONFIG_FILE)) {
            return outside;
        }
        if (contributed.containsKey(key)) {
            return Optional.of(contributed.get(key));
        }
        return Optional.ofNullable(projectFile().get(key))
                .filter(v -> !v.isBlank())
                .map(String::strip);
    }

    /**
     * Every key starting with {@code prefix}, keyed by the rest of the key, each value looked up with the precedence
     * of {@link #get}. Keys are discovered in system properties, contributed settings and the project file (JUnit
     * parameters and the environment cannot be listed; they still override the values of keys found there).
     */
    public Map<String, String> under(String prefix) {
        Set<String> keys = new TreeSet<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                keys.add(name);
            }
        }
        for (String name : contributed.keySet()) {
            if (name.startsWith(prefix)) {
                keys.add(name);
            }
        }
        for (String name : projectFile().keySet()) {
            if (name.startsWith(prefix)) {
                keys.add(name);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            get(key).ifPresent(value -> values.put(key.substring(prefix.length()), value));
        }
        return values;
    }

    private Map<String, String> projectFile() {
        Map<String, String> file = projectFile;
        if (file == null) {
            Path path = projectDirectory.resolve(outsideProjectFile(CONFIG_FILE).orElse("rehearsal.yml"));
            file = ProjectFile.read(path);
            projectFile = file;
        }
        return file;
    }

    private Optional<String> outsideProjectFile(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        Optional<String> parameter = junitParameters.apply(key).filter(v -> !v.isBlank());
        if (parameter.isPresent()) {
            return parameter.map(String::strip);
        }
        String env = System.getenv(environmentName(key));
        if (env != null && !env.isBlank()) {
            return Optional.of(env.strip());
        }
        return Optional.empty();
    }

    /** A key whose value must be one of {@code allowed} (case-insensitive); fails fast otherwise. */
    public String choice(String key, String defaultValue, Set<String> allowed) {
        String value = get(key).orElse(defaultValue).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("Invalid value [" + value + "] for configuration key [" + key
                    + "]; expected one of " + allowed.stream().sorted().toList());
        }
        return value;
    }

    /** The run report's directory ({@value ConfigurationKeys#REPORT_DIR}, against the project directory); empty when off. */
    public Optional<Path> reportDirectory() {
        String enabled = choice(ConfigurationKeys.REPORT_ENABLED, "true", Set.of("true", "false"));
        if (!Boolean.parseBoolean(enabled)) {
            return Optional.empty();
        }
        return Optional.of(
                projectDirectory().resolve(get(ConfigurationKeys.REPORT_DIR).orElse("target/rehearsal")));
    }

    /** The cache directory: configured, else a per-user default. */
    public Path cacheDirectory() {
        return get(CACHE_DIR).map(Path::of).orElseGet(Settings::defaultCacheDirectory);
    }

    private static Path defaultCacheDirectory() {
        String user = System.getProperty("user.name", "user");
        if (Processes.isRoot()) {
            // The server runs as an unprivileged user that must read the binaries: stay out of /root (mode 700).
            return Path.of(System.getProperty("java.io.tmpdir"), "rehearsal-" + user);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("rehearsal");
    }

    /** {@code rehearsal.external.url} → {@code REHEARSAL_EXTERNAL_URL}, with the documented exceptions. */
    static String environmentName(String key) {
        return switch (key) {
            case EXTERNAL_URL -> "REHEARSAL_JDBC_URL";
            case EXTERNAL_USER -> "REHEARSAL_JDBC_USER";
            case EXTERNAL_PASSWORD -> "REHEARSAL_JDBC_PASSWORD";
            default -> key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        };
    }
}
