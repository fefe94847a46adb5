package dev.rehearsal.internal.migrate.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrismaDatabaseErrorTest {
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    @Test
    void position_block_numbers_up_to_five_previous_lines_like_prisma() {
        String script = "l1\nl2\nl3\nl4\nl5\nl6\nSELEC 1;\n";
        int position = "l1\nl2\nl3\nl4\nl5\nl6\n".length() + 1;
        assertThat(PrismaDatabaseError.positionBlock(script, position))
                .isEqualTo("\n\nPosition:\n"
                        + BOLD + "  2" + RESET + " l2\n"
                        + BOLD + "  3" + RESET + " l3\n"
                        + BOLD + "  4" + RESET + " l4\n"
                        + BOLD + "  5" + RESET + " l5\n"
                        + BOLD + "  6" + RESET + " l6\n"
                        + BOLD + "  7\u001b[1;31m SELEC 1;" + RESET);
    }

    @Test
    void position_block_on_the_first_line_shows_prismas_line_zero() {
        // Prisma's checked_sub lets line 0 (an empty placeholder) through: reproduced as is.
        assertThat(PrismaDatabaseError.positionBlock("SELEC 1;", 1))
                .isEqualTo("\n\nPosition:\n" + BOLD + "  0" + RESET + "\n" + BOLD + "  1\u001b[1;31m SELEC 1;" + RESET);
    }

    @Test
    void position_beyond_the_script_renders_nothing() {
        assertThat(PrismaDatabaseError.positionBlock("SELECT 1;", 50)).isEmpty();
    }

    @Test
    void debug_strings_are_escaped_like_rust() {
        assertThat(PrismaDatabaseError.debugString("relation \"t\" a\\b\nc\td"))
                .isEqualTo("\"relation \\\"t\\\" a\\\\b\\nc\\td\"");
    }

    @Test
    void chrono_display_of_utc_instants() {
        assertThat(ChronoFormat.utc(Instant.parse("2025-04-21T16:09:45.154896Z")))
                .isEqualTo("2025-04-21 16:09:45.154896 UTC");
        assertThat(ChronoFormat.utc(Instant.parse("2025-04-21T16:09:45.150Z")))
                .isEqualTo("2025-04-21 16:09:45.150 UTC");
        assertThat(ChronoFormat.utc(Instant.parse("2025-04-21T16:09:45Z"))).isEqualTo("2025-04-21 16:09:45 UTC");
        assertThat(ChronoFormat.utc(Instant.parse("2025-04-21T16:09:45.154800Z")))
                .isEqualTo("2025-04-21 16:09:45.154800 UTC");
    }

    @Test
    void span_trace_names_the_migration_like_prisma_6() {
        assertThat(PrismaDatabaseError.spanTrace("20240101000000_init"))
                .startsWith("   0: sql_schema_connector::apply_migration::apply_script\n"
                        + "           with migration_name=\"20240101000000_init\"\n")
                .endsWith("   2: schema_core::state::ApplyMigrations\n"
                        + "             at schema-engine/core/src/state.rs:255");
    }
}
