package dev.rehearsal.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class JupiterVersionTest {

    @Test
    void the_jupiter_this_suite_runs_on_is_read_and_supported() {
        assertThat(JupiterVersion.found())
                .hasValueSatisfying(v -> assertThat(JupiterVersion.supported(v)).isTrue());
        assertThatCode(JupiterVersion::check).doesNotThrowAnyException();
    }

    @Test
    void versions_from_5_10_on_are_supported() {
        assertThat(JupiterVersion.supported("5.10.0")).isTrue();
        assertThat(JupiterVersion.supported("5.12.2")).isTrue();
        assertThat(JupiterVersion.supported("6.0.3")).isTrue();
        assertThat(JupiterVersion.supported("6.1.0-M1")).isTrue();
        assertThat(JupiterVersion.supported("5.9.3")).isFalse();
        assertThat(JupiterVersion.supported("4.13")).isFalse();
    }

    @Test
    void an_older_jupiter_fails_naming_the_version_found_and_the_minimum() {
        assertThatThrownBy(() -> JupiterVersion.check("5.9.3"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("needs JUnit Jupiter 5.10 or newer")
                .hasMessageContaining("found junit-jupiter-api 5.9.3");
    }

    @Test
    void an_unreadable_version_is_not_refused() {
        assertThat(JupiterVersion.supported("custom-build")).isTrue();
    }
}
