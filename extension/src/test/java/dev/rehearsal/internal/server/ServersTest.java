package dev.rehearsal.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.LogCapture;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServersTest {

    @Test
    void says_which_server_a_run_uses_once_it_is_up() {
        PostgresServer running = TestPostgres.server();
        Map<String, String> keys = Map.of(
                ConfigurationKeys.PROVIDER, "external",
                ConfigurationKeys.EXTERNAL_URL, running.jdbcUrl("postgres"),
                ConfigurationKeys.EXTERNAL_USER, running.username(),
                ConfigurationKeys.EXTERNAL_PASSWORD, running.password());
        Settings settings = Settings.of(key -> Optional.ofNullable(keys.get(key)), Path.of("."));

        try (LogCapture log = LogCapture.of(Servers.class.getName());
                PostgresServer server = Servers.provider(settings).start()) {
            assertThat(log.messages())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .matches("PostgreSQL " + running.version().replace(".", "\\.")
                            + " ready \\(external provider, connected in \\d+\\.\\d s\\): "
                            + "jdbc:postgresql://127\\.0\\.0\\.1:" + running.port()
                            + "/postgres, data directory /\\S+/data")
                    .doesNotContain(running.password());
        }
    }
}
