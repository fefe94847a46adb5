package dev.rehearsal.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings an integration contributes (Spring's spring.flyway.*) rank above rehearsal.yml, below everything else. */
class SettingsContributedTest {

    @Test
    void contributed_settings_win_over_the_file_and_lose_to_junit_parameters_and_system_properties(
            @TempDir Path project) throws IOException {
        Files.writeString(project.resolve("rehearsal.yml"), """
                flyway:
                  table: from_file
                  schemas: from_file
                  group: from_file
                """);
        Settings base = Settings.of(
                key -> key.equals("rehearsal.flyway.schemas") ? Optional.of("from_junit") : Optional.empty(), project);
        Settings settings = base.withContributed(Map.of(
                "rehearsal.flyway.table", "from_spring",
                "rehearsal.flyway.schemas", "from_spring",
                "rehearsal.flyway.placeholders.tenant", "acme",
                "rehearsal.flyway.installed-by", "from_spring"));
        System.setProperty("rehearsal.flyway.installed-by", "from_property");
        try {
            assertThat(settings.get("rehearsal.flyway.table")).contains("from_spring");
            assertThat(settings.get("rehearsal.flyway.schemas")).contains("from_junit");
            assertThat(settings.get("rehearsal.flyway.installed-by")).contains("from_property");
            assertThat(settings.get("rehearsal.flyway.group")).contains("from_file");
            assertThat(settings.under("rehearsal.flyway."))
                    .containsEntry("table", "from_spring")
                    .containsEntry("placeholders.tenant", "acme")
                    .containsEntry("group", "from_file");
            assertThat(base.get("rehearsal.flyway.table"))
                    .as("the run's own settings are unchanged")
                    .contains("from_file");
        } finally {
            System.clearProperty("rehearsal.flyway.installed-by");
        }
    }
}
