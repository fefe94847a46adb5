package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check against the JDK's strict decoder, whole and cut into pieces at every position. */
class Utf8ValidatorTest {

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.indexOf('\0') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the validator accepts {@code bytes} fed as two pieces cut at {@code cut}. */
    private static boolean accepts(byte[] bytes, int cut) {
        Utf8Validator validator = new Utf8Validator();
        return validator.check(bytes, 0, cut) < 0
                && validator.check(bytes, cut, bytes.length) < 0
                && !validator.unfinished();
    }

    @Test
    void agrees_with_the_jdk_on_random_byte_strings_cut_anywhere() {
        Random random = new Random(11);
        byte[] alphabet = {
            'a',
            ' ',
            '\n',
            0,
            (byte) 0x7f,
            (byte) 0x80,
            (byte) 0xbf,
            (byte) 0xc0,
            (byte) 0xc2,
            (byte) 0xdf,
            (byte) 0xe0,
            (byte) 0xa0,
            (byte) 0xed,
            (byte) 0x9f,
            (byte) 0xef,
            (byte) 0xf0,
            (byte) 0x90,
            (byte) 0xf4,
            (byte) 0x8f,
            (byte) 0xf5,
            (byte) 0xff
        };
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            boolean expected = jdkAccepts(bytes);
            for (int cut = 0; cut <= bytes.length; cut++) {
                assertThat(accepts(bytes, cut))
                        .as("%s cut at %d", java.util.HexFormat.of().formatHex(bytes), cut)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void real_text_passes_in_pieces_of_any_size() {
        byte[] text = "ASCII, é, €, 𝄞, 中文, ‰ and more ASCII to pass eight bytes at a time\n"
                .repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        for (int piece = 1; piece < 40; piece++) {
            Utf8Validator validator = new Utf8Validator();
            for (int from = 0; from < text.length; from += piece) {
                assertThat(validator.check(text, from, Math.min(text.length, from + piece)))
                        .isEqualTo(-1);
            }
            assertThat(validator.unfinished()).isFalse();
        }
    }

    @Test
    void names_where_the_bad_character_starts_and_where_it_goes_wrong() {
        byte[] bytes = {'a', 'b', (byte) 0xe2, (byte) 0x82, 'c'};
        Utf8Validator validator = new Utf8Validator();
        assertThat(validator.check(bytes, 0, bytes.length)).isEqualTo(4);
        assertThat(validator.sequenceStart()).isEqualTo(2);
        Utf8Validator split = new Utf8Validator();
        assertThat(split.check(bytes, 0, 3)).isEqualTo(-1);
        assertThat(split.unfinished()).isTrue();
        assertThat(split.check(bytes, 3, bytes.length)).isEqualTo(4);
        assertThat(split.sequenceStart()).as("started in the earlier piece").isEqualTo(-1);
        byte[] nul = {'x', 'y', 'z', 'w', 'v', 'u', 't', 's', 'r', 0};
        assertThat(new Utf8Validator().check(nul, 0, nul.length)).isEqualTo(9);
    }
}
