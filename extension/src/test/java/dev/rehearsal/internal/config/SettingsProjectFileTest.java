package dev.rehearsal.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsProjectFileTest {

    @Test
    void nested_yaml_becomes_dotted_keys_under_rehearsal(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("rehearsal.yml"), """
                flyway:
                  table: schema_history
                  outOfOrder: true
                  placeholders:
                    tenant: acme
                    region: eu
                  schemas: [app, audit]
                """);
        Settings settings = Settings.of(key -> Optional.empty(), project);

        assertThat(settings.get("rehearsal.flyway.table")).contains("schema_history");
        assertThat(settings.get("rehearsal.flyway.outOfOrder")).contains("true");
        assertThat(settings.get("rehearsal.flyway.schemas")).contains("app,audit");
        assertThat(settings.under("rehearsal.flyway.placeholders."))
                .isEqualTo(Map.of("tenant", "acme", "region", "eu"));
        assertThat(settings.get("rehearsal.flyway.missing")).isEmpty();
    }

    @Test
    void junit_parameters_and_system_properties_win_over_the_file(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("rehearsal.yml"), """
                rehearsal:
                  goose:
                    table: from_file
                    dir: from_file
                """);
        Settings settings = Settings.of(
                key -> key.equals("rehearsal.goose.table") ? Optional.of("from_junit") : Optional.empty(), project);
        System.setProperty("rehearsal.goose.dir", "from_property");
        try {
            assertThat(settings.get("rehearsal.goose.table")).contains("from_junit");
            assertThat(settings.get("rehearsal.goose.dir")).contains("from_property");
            assertThat(settings.under("rehearsal.goose."))
                    .isEqualTo(Map.of("table", "from_junit", "dir", "from_property"));
        } finally {
            System.clearProperty("rehearsal.goose.dir");
        }
    }

    @Test
    void no_file_means_no_settings_from_it(@TempDir Path project) {
        assertThat(Settings.of(key -> Optional.empty(), project).get("rehearsal.flyway.table"))
                .isEmpty();
    }

    @Test
    void invalid_yaml_fails_fast_naming_the_file(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("rehearsal.yml"), "flyway: [unclosed\n");
        Settings settings = Settings.of(key -> Optional.empty(), project);

        assertThatThrownBy(() -> settings.get("rehearsal.flyway.table"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(project.resolve("rehearsal.yml").toString())
                .hasMessageContaining("is not valid YAML");
    }

    @Test
    void a_file_that_is_not_a_mapping_is_refused(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("rehearsal.yml"), "- just\n- a list\n");

        assertThatThrownBy(() -> Settings.of(key -> Optional.empty(), project).get("rehearsal.x"))
                .hasMessageContaining("must be a YAML mapping")
                .hasMessageContaining("found a list");
    }
}
