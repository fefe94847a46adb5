package dev.rehearsal.internal.migrate.flyway;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a Flyway artifact on the test classpath, read from the Maven metadata ({@code
 * META-INF/maven/org.flywaydb/<artifact>/pom.properties}) of the jar that holds one of its classes, without loading
 * any Flyway class (so that this class loads, like {@link FlywayClasspath}, when Flyway is absent). Flyway's own
 * version printer is internal API; the Maven metadata is in every Flyway jar from 8.5 to 13.x.
 *
 * <p>Rehearsal's version-dependent behaviour follows this version: which module holds the PostgreSQL support (flyway-core
 * up to 9, {@code flyway-database-postgresql} from 10 on) and what the messages say about the transactional lock
 * (Flyway's default since 9.1.2).
 *
 * <p>Internal, not API.
 */
record FlywayVersion(String text, int major, int minor, int patch) {
    static final String CORE_ARTIFACT = "flyway-core";
    static final String POSTGRESQL_ARTIFACT = "flyway-database-postgresql";

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*");

    /** {@code "10.20.1"}; {@code null} for text that does not start with a number. */
    static FlywayVersion parse(String text) {
        Matcher matcher = NUMBERS.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        return new FlywayVersion(
                text.strip(), Integer.parseInt(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)));
    }

    /**
     * The version of {@code artifact} as the jar holding {@code classFile} (e.g. {@code org/flywaydb/core/Flyway.class})
     * declares it; empty when the class is absent or the jar has no Maven metadata.
     */
    static Optional<FlywayVersion> find(ClassLoader loader, String classFile, String artifact) {
        URL clazz = loader.getResource(classFile);
        if (clazz == null) {
            return Optional.empty();
        }
        String metadata = "META-INF/maven/org.flywaydb/" + artifact + "/pom.properties";
        String url = clazz.toString();
        Optional<FlywayVersion> sameJar = Optional.empty();
        if (url.endsWith(classFile)) {
            try {
                sameJar = read(new URL(url.substring(0, url.length() - classFile.length()) + metadata));
            } catch (MalformedURLException e) {
                sameJar = Optional.empty();
            }
        }
        return sameJar.or(
                () -> Optional.ofNullable(loader.getResource(metadata)).flatMap(FlywayVersion::read));
    }

    /** The version of flyway-core on {@code loader}'s classpath. */
    static Optional<FlywayVersion> core(ClassLoader loader) {
        return find(loader, "org/flywaydb/core/Flyway.class", CORE_ARTIFACT);
    }

    /** The version of flyway-database-postgresql on {@code loader}'s classpath (Flyway 10 and newer). */
    static Optional<FlywayVersion> postgresqlModule(ClassLoader loader) {
        return find(loader, "org/flywaydb/database/postgresql/PostgreSQLDatabaseType.class", POSTGRESQL_ARTIFACT);
    }

    /** The flyway-core that loaded Flyway's classes for this class's loader, or {@code "unknown"}. */
    static String describeCore() {
        return core(FlywayVersion.class.getClassLoader())
                .map(FlywayVersion::text)
                .orElse("unknown");
    }

    boolean atLeast(int wantedMajor, int wantedMinor, int wantedPatch) {
        if (major != wantedMajor) {
            return major > wantedMajor;
        }
        if (minor != wantedMinor) {
            return minor > wantedMinor;
        }
        return patch >= wantedPatch;
    }

    /** Flyway 10 split the PostgreSQL support out of flyway-core into flyway-database-postgresql. */
    boolean hasPostgresqlModule() {
        return major >= 10;
    }

    /**
     * Flyway 9.1.2 made {@code flyway.postgresql.transactional.lock=true} (the advisory lock held in an open
     * transaction on a second connection) the default; Flyway 8 has only the session lock, and no such parameter.
     */
    boolean hasTransactionalLockDefault() {
        return atLeast(9, 1, 2);
    }

    @Override
    public String toString() {
        return text;
    }

    private static Optional<FlywayVersion> read(URL url) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.getProperty("version")).map(FlywayVersion::parse);
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }
}
