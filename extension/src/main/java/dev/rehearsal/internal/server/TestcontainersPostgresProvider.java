package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;

/**
 * The {@code testcontainers} provider: a PostgreSQL container of {@value Settings#TESTCONTAINERS_IMAGE} (default
 * {@code postgres:<rehearsal.postgres.version>}, {@code postgres:17} when unset; any image that behaves like the
 * official one, e.g. {@code postgis/postgis:16-3.4}), one per JVM per image, started on first use and stopped when
 * the JVM ends (Testcontainers' Ryuk removes it if the JVM dies first). Testcontainers is an optional dependency:
 * this class names no Testcontainers type, {@link TestcontainersPostgres} does, and is loaded only when it is on the
 * classpath. Confined by default like the embedded server (restores and migrations run as an ordinary role {@code
 * postgres}, the container's superuser is Rehearsal's alone); {@link ConfigurationKeys#TESTCONTAINERS_SUPERUSER}
 * {@code =true} is the opt-in for an application that needs a superuser.
 */
public final class TestcontainersPostgresProvider implements PostgresProvider {
    static final String COORDINATES = "org.testcontainers:testcontainers";
    private static final String PROBE = "org.testcontainers.containers.GenericContainer";

    private final Settings settings;

    public TestcontainersPostgresProvider(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "testcontainers";
    }

    /** Whether {@value Settings#TESTCONTAINERS_IMAGE} is set (what makes {@code auto} choose this provider). */
    public boolean isConfigured() {
        return settings.get(ConfigurationKeys.TESTCONTAINERS_IMAGE).isPresent();
    }

    /** The image to run: the setting, else {@code postgres:<rehearsal.postgres.version or 17>}. */
    public String image() {
        return settings.get(ConfigurationKeys.TESTCONTAINERS_IMAGE)
                .orElseGet(() -> "postgres:"
                        + PostgresVersion.configured(settings)
                                .map(PostgresVersion::toString)
                                .orElse(Integer.toString(PostgresVersion.DEFAULT_MAJOR)));
    }

    /** Whether Testcontainers is on the classpath. */
    public static boolean onClasspath() {
        try {
            Class.forName(PROBE, false, TestcontainersPostgresProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether Testcontainers is on the classpath and a Docker engine answers it. */
    public static boolean dockerAnswers() {
        return onClasspath() && TestcontainersPostgres.dockerAvailable();
    }

    @Override
    public PostgresServer start() {
        requireOnClasspath(image());
        return TestcontainersPostgres.server(image(), superuserOptIn());
    }

    /** Whether {@link ConfigurationKeys#TESTCONTAINERS_SUPERUSER} asks for restores and migrations as a superuser. */
    boolean superuserOptIn() {
        return Boolean.parseBoolean(settings.choice(
                ConfigurationKeys.TESTCONTAINERS_SUPERUSER, "false", java.util.Set.of("true", "false")));
    }

    static void requireOnClasspath(String image) {
        if (!onClasspath()) {
            throw new RehearsalException("The testcontainers provider (image " + image + ") needs Testcontainers on the"
                    + " test classpath, and it is not there (no class " + PROBE + "). Add " + COORDINATES
                    + " (1.21.x, as Spring Boot 3.5 manages, or 2.0.x, as Spring Boot 4.0 manages), test scope:\n"
                    + "  Maven: <dependency><groupId>org.testcontainers</groupId><artifactId>testcontainers"
                    + "</artifactId><version>1.21.4</version><scope>test</scope></dependency>\n"
                    + "  Gradle: testImplementation(\"" + COORDINATES + ":1.21.4\")\n"
                    + "  Or use the embedded server: " + ConfigurationKeys.PROVIDER + "=embedded.");
        }
    }
}
