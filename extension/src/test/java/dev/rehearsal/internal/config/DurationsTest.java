package dev.rehearsal.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one duration parser of the settings (time limits and the COMMAND tool's timeout). */
class DurationsTest {

    @Test
    void every_simple_unit_and_iso_8601() {
        assertThat(Durations.parsePositive("1500ms")).contains(Duration.ofMillis(1500));
        assertThat(Durations.parsePositive(" 90 s ")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parsePositive("30M")).contains(Duration.ofMinutes(30));
        assertThat(Durations.parsePositive("2h")).contains(Duration.ofHours(2));
        assertThat(Durations.parsePositive("PT30M")).contains(Duration.ofMinutes(30));
        assertThat(Durations.parsePositive("pt1h30m")).contains(Duration.ofMinutes(90));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "0s",
                "PT0S",
                "-PT1M",
                "PT-5S",
                "ten minutes",
                "5d",
                "99999999999999999999s",
                "9223372036854775807h"
            })
    void anything_else_is_not_a_positive_duration(String text) {
        assertThat(Durations.parsePositive(text)).isEmpty();
    }
}
