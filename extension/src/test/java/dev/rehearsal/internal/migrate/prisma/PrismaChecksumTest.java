package dev.rehearsal.internal.migrate.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrismaChecksumTest {

    @Test
    void checksum_is_lowercase_zero_padded_sha256_hex() {
        assertThat(PrismaChecksum.of("hello"))
                .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(PrismaChecksum.of("CREATE TABLE t (id int);\n"))
                .isEqualTo("12c83f983b0c94b9c7010dcc92149589d5fb01a3d32af8f6d699545d95db9040");
    }

    @Test
    void checksum_keeps_bom_and_crlf() {
        assertThat(PrismaChecksum.of("\uFEFFSELECT 1;\n")).isNotEqualTo(PrismaChecksum.of("SELECT 1;\n"));
        assertThat(PrismaChecksum.of("SELECT 1;\r\n")).isNotEqualTo(PrismaChecksum.of("SELECT 1;\n"));
    }

    @Test
    void matches_tolerates_line_ending_conversions_like_prisma() {
        // prisma-engines checksum.rs test: every pair matches both ways.
        String[][] groups = {
            {"ab\ncd\nef\ngh\rab", "ab\r\ncd\r\nef\r\ngh\rab"}, {"ab\ncd\nef\ngh\rab\n", "ab\r\ncd\r\nef\r\ngh\rab\r\n"}
        };
        for (String[] group : groups) {
            for (String script : group) {
                for (String other : group) {
                    assertThat(PrismaChecksum.matches(script, PrismaChecksum.of(other)))
                            .as("%s vs %s", script, other)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void matches_rejects_real_edits() {
        assertThat(PrismaChecksum.matches("abc", PrismaChecksum.of("abcd"))).isFalse();
        assertThat(PrismaChecksum.matches("abc\n", PrismaChecksum.of("abc"))).isFalse();
    }

    @Test
    void matches_compares_legacy_unpadded_checksums_in_their_format() {
        String script = "CREATE TABLE t (id int);\n"; // 12 c8 3f … 0c 94 … : 0x0c loses its leading zero
        String padded = PrismaChecksum.of(script);
        String legacy = legacyOf(padded);
        assertThat(legacy).hasSizeLessThan(64);
        assertThat(PrismaChecksum.matches(script, legacy)).isTrue();
        assertThat(PrismaChecksum.matches(script + "-- edited\n", legacy)).isFalse();
        assertThat(PrismaChecksum.matches(script, padded)).isTrue();
    }

    @Test
    void empty_stored_checksum_matches_nothing() {
        assertThat(PrismaChecksum.matches("", "")).isFalse();
    }

    private static String legacyOf(String padded) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < padded.length(); i += 2) {
            text.append(Integer.toHexString(Integer.parseInt(padded.substring(i, i + 2), 16)));
        }
        return text.toString();
    }
}
