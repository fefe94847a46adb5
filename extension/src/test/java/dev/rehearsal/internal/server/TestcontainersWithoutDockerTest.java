package dev.rehearsal.internal.server;

import static dev.rehearsal.internal.server.PostgresVersionTest.withProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Settings;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the testcontainers provider says when it cannot run: no Docker engine, no Testcontainers. */
class TestcontainersWithoutDockerTest {

    @Test
    void auto_with_an_image_but_no_docker_names_both_ways_out() {
        assumeFalse(TestcontainersPostgresProvider.dockerAnswers(), "a Docker engine answers: this is about none");
        Map<String, String> settings = new HashMap<>(Map.of(
                ConfigurationKeys.PROVIDER, "auto", ConfigurationKeys.TESTCONTAINERS_IMAGE, "postgis/postgis:15-3.5"));
        withProperties(
                settings,
                () -> assertThatThrownBy(() -> Servers.provider(Settings.fromSystem()))
                        .isInstanceOf(RehearsalException.class)
                        .hasMessage(
                                "rehearsal.testcontainers.image is postgis/postgis:15-3.5 (rehearsal.provider=auto chooses"
                                        + " the testcontainers provider for it), but no Docker engine answered at "
                                        + TestcontainersPostgres.dockerEndpoint()
                                        + ". Either start a Docker engine (Testcontainers'"
                                        + " settings: DOCKER_HOST, ~/.testcontainers.properties), or remove"
                                        + " rehearsal.testcontainers.image to rehearse on the embedded server"
                                        + " (rehearsal.postgres.version selects its version)."));
        settings.put(ConfigurationKeys.PROVIDER, "testcontainers");
        withProperties(
                settings,
                () -> assertThatThrownBy(
                                () -> Servers.provider(Settings.fromSystem()).start())
                        .isInstanceOf(RehearsalException.class)
                        .hasMessageStartingWith(
                                "The testcontainers provider (image postgis/postgis:15-3.5) found no Docker"
                                        + " engine: none answered at " + TestcontainersPostgres.dockerEndpoint())
                        .hasMessageContaining("set rehearsal.provider=embedded"));
    }

    @Test
    void the_default_image_is_the_stated_version_else_17() {
        Map<String, String> settings = new HashMap<>();
        settings.put(ConfigurationKeys.TESTCONTAINERS_IMAGE, null);
        settings.put(ConfigurationKeys.POSTGRES_VERSION, "15");
        withProperties(
                settings,
                () -> assertThat(new TestcontainersPostgresProvider(Settings.fromSystem()).image())
                        .isEqualTo("postgres:15"));
        settings.put(ConfigurationKeys.POSTGRES_VERSION, "16.4");
        withProperties(
                settings,
                () -> assertThat(new TestcontainersPostgresProvider(Settings.fromSystem()).image())
                        .isEqualTo("postgres:16.4"));
        settings.put(ConfigurationKeys.POSTGRES_VERSION, null);
        assumeFalse(
                System.getenv("REHEARSAL_POSTGRES_VERSION") != null
                        || System.getenv("REHEARSAL_TESTCONTAINERS_IMAGE") != null,
                "the environment states a version or an image");
        withProperties(
                settings,
                () -> assertThat(new TestcontainersPostgresProvider(Settings.fromSystem()).image())
                        .isEqualTo("postgres:17"));
    }

    @Test
    void without_testcontainers_on_the_classpath_the_error_names_its_coordinates() throws Exception {
        URL classes = TestcontainersPostgresProvider.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> provider = isolated.loadClass(TestcontainersPostgresProvider.class.getName());
            assertThat(provider.getMethod("onClasspath").invoke(null)).isEqualTo(false);
            var require = provider.getDeclaredMethod("requireOnClasspath", String.class);
            require.setAccessible(true);
            Throwable error = org.assertj.core.api.Assertions.catchThrowableOfType(
                            InvocationTargetException.class, () -> require.invoke(null, "postgres:15"))
                    .getCause();
            assertThat(error.getClass().getName()).isEqualTo(RehearsalException.class.getName());
            assertThat(error.getMessage())
                    .startsWith(
                            "The testcontainers provider (image postgres:15) needs Testcontainers on the test"
                                    + " classpath, and it is not there (no class"
                                    + " org.testcontainers.containers.GenericContainer). Add org.testcontainers:testcontainers"
                                    + " (1.21.x, as Spring Boot 3.5 manages, or 2.0.x, as Spring Boot 4.0 manages), test scope:")
                    .contains("Gradle: testImplementation(\"org.testcontainers:testcontainers:1.21.4\")");
        }
    }
}
