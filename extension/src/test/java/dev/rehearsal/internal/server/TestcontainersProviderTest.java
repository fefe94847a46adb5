package dev.rehearsal.internal.server;

import static dev.rehearsal.internal.server.PostgresVersionTest.withProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The testcontainers provider on a real Docker engine (CI: {@code ../shared/docker/setup.sh}, image {@code
 * local/postgres:15} through {@code -Drehearsal.testcontainers.image}); skipped, saying why, when none answers.
 */
class TestcontainersProviderTest {

    /** Per test, not @BeforeAll: surefire reports a class-level assumption as 0 tests, without its reason. */
    @BeforeEach
    void dockerAnswers() {
        TestcontainersTesting.assumeDocker();
    }

    private static Map<String, String> containerSettings() {
        return new HashMap<>(Map.of(
                ConfigurationKeys.PROVIDER,
                "testcontainers",
                ConfigurationKeys.TESTCONTAINERS_IMAGE,
                TestcontainersTesting.image()));
    }

    @Test
    void the_image_runs_with_the_embedded_servers_non_durable_settings_once_per_jvm() throws Exception {
        withProperties(containerSettings(), () -> {
            PostgresServer server = Servers.provider(Settings.fromSystem()).start();
            PostgresServer again = Servers.provider(Settings.fromSystem()).start();
            assertThat(server.providerName()).isEqualTo("testcontainers");
            assertThat(again.port()).as("one container per JVM per image").isEqualTo(server.port());
            assertThat(server.toString()).contains(TestcontainersTesting.image());
            try (Connection connection = server.connect("postgres");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT current_setting('fsync'),"
                            + " current_setting('synchronous_commit'), current_setting('full_page_writes'),"
                            + " current_setting('server_encoding'), current_setting('lc_collate'),"
                            + " current_setting('server_version')")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("off");
                assertThat(rows.getString(2)).isEqualTo("off");
                assertThat(rows.getString(3)).isEqualTo("off");
                assertThat(rows.getString(4)).isEqualTo("UTF8");
                assertThat(rows.getString(5)).isEqualTo("C");
                assertThat(rows.getString(6)).isEqualTo(server.version());
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void confined_by_default_the_containers_superuser_is_rehearsals_and_everything_else_runs_as_an_ordinary_postgres() {
        withProperties(containerSettings(), () -> {
            PostgresServer server = Servers.provider(Settings.fromSystem()).start();
            assertThat(server.username()).isEqualTo("postgres");
            try (Connection connection = server.connect("postgres")) {
                assertThat(role(connection))
                        .as("the role restores, migrations, tools and tests connect as")
                        // CREATEROLE from PostgreSQL 16 on only: up to 15 it could grant itself any predefined role
                        .isEqualTo("postgres super=false createdb=true createrole=" + (server.majorVersion() >= 16)
                                + " replication=false bypassrls=false");
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            try (Connection admin = server.connectAsAdministrator("postgres").orElseThrow()) {
                assertThat(role(admin))
                        .as("the container's POSTGRES_USER, Rehearsal's alone")
                        .startsWith("rehearsal_admin super=true");
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void the_superuser_opt_in_restores_and_migrates_as_the_containers_superuser_postgres_in_a_container_of_its_own() {
        Map<String, String> settings = containerSettings();
        withProperties(settings, () -> {
            PostgresServer confined = Servers.provider(Settings.fromSystem()).start();
            settings.put(ConfigurationKeys.TESTCONTAINERS_SUPERUSER, "true");
            withProperties(settings, () -> {
                PostgresServer server = Servers.provider(Settings.fromSystem()).start();
                assertThat(server.port()).as("another container").isNotEqualTo(confined.port());
                assertThat(server.toString()).endsWith(", as its superuser)");
                try (Connection connection = server.connect("postgres")) {
                    assertThat(role(connection)).startsWith("postgres super=true");
                    assertThat(server.connectAsAdministrator("postgres")).isEmpty();
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(e);
                }
            });
        });
    }

    private static String role(Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT rolname, rolsuper, rolcreatedb, rolcreaterole,"
                        + " rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
            row.next();
            return row.getString(1) + " super=" + row.getBoolean(2) + " createdb=" + row.getBoolean(3)
                    + " createrole=" + row.getBoolean(4) + " replication=" + row.getBoolean(5) + " bypassrls="
                    + row.getBoolean(6);
        }
    }

    @Test
    void an_image_of_another_version_than_the_setting_is_refused_naming_both() {
        Map<String, String> settings = containerSettings();
        withProperties(settings, () -> {
            PostgresServer server = Servers.provider(Settings.fromSystem()).start();
            String wanted = server.majorVersion() == 15 ? "16" : "15";
            settings.put(ConfigurationKeys.POSTGRES_VERSION, wanted);
            withProperties(
                    settings,
                    () -> assertThatThrownBy(() ->
                                    Servers.provider(Settings.fromSystem()).start())
                            .isInstanceOf(RehearsalException.class)
                            .hasMessage("rehearsal.postgres.version is " + wanted
                                    + " but the testcontainers server Rehearsal"
                                    + " started or connected to is PostgreSQL " + server.version()
                                    + "; nothing was restored."
                                    + " Set rehearsal.testcontainers.image to an image of PostgreSQL " + wanted
                                    + " (e.g. postgres:" + wanted + "), or remove it to get that default. Or change"
                                    + " rehearsal.postgres.version to the production server's version."));
        });
    }

    @Test
    void auto_chooses_the_container_when_an_image_is_configured() {
        Map<String, String> settings = containerSettings();
        settings.put(ConfigurationKeys.PROVIDER, "auto");
        withProperties(
                settings,
                () -> assertThat(Servers.provider(Settings.fromSystem()).name()).isEqualTo("testcontainers"));
    }
}
