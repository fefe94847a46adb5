package dev.rehearsal.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.server.Servers;
import dev.rehearsal.internal.server.TestcontainersTesting;
import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A whole rehearsal (restore, migrations, a copy per test, templates dropped at the end) inside the container of
 * the testcontainers provider; skipped, saying why, when no Docker engine answers.
 */
class TestcontainersEngineTest {

    /** Per test, not @BeforeAll: surefire reports a class-level assumption as 0 tests, without its reason. */
    @BeforeEach
    void dockerAnswers() {
        TestcontainersTesting.assumeDocker();
    }

    @Test
    void restores_migrates_and_copies_inside_the_container_and_leaves_no_database_behind() throws Exception {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(MigratesToEngineTest.LatestTestCase.class))
                .configurationParameter(ConfigurationKeys.PROVIDER, "testcontainers")
                .configurationParameter(ConfigurationKeys.TESTCONTAINERS_IMAGE, TestcontainersTesting.image())
                .execute()
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        PostgresServer server = Servers.provider(Settings.of(
                        key -> switch (key) {
                            case ConfigurationKeys.PROVIDER -> java.util.Optional.of("testcontainers");
                            case ConfigurationKeys.TESTCONTAINERS_IMAGE ->
                                java.util.Optional.of(TestcontainersTesting.image());
                            default -> java.util.Optional.empty();
                        },
                        java.nio.file.Path.of("")))
                .start();
        assertThat(databases(server))
                .as("rehearsal_* databases left in the container")
                .isEmpty();
    }

    private static List<String> databases(PostgresServer server) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'rehearsal\\_%' ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
