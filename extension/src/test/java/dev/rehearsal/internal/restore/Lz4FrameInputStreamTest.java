package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.codec.digest.XXHash32;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LZ4 frame reader against independent references: Commons Codec's XXHash32, Commons Compress's (slow but
 * correct) frame reader, the lz4 command-line tool's output, and damaged input.
 */
class Lz4FrameInputStreamTest {
    private static final Path LZ4_TOOL = Path.of("/usr/bin/lz4");

    @TempDir
    Path dir;

    private static byte[] decode(byte[] frame) throws IOException {
        try (InputStream in = new Lz4FrameInputStream(new ByteArrayInputStream(frame))) {
            return in.readAllBytes();
        }
    }

    private static byte[] decodeWithCommonsCompress(byte[] frame) throws IOException {
        try (InputStream in = new FramedLZ4CompressorInputStream(new ByteArrayInputStream(frame), true)) {
            return in.readAllBytes();
        }
    }

    /** Text with repeats near and far (matches inside blocks, across blocks, overlapping runs) and random bytes. */
    private static byte[] sample(int size, long seed) {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int row = 0;
        while (out.size() < size) {
            switch (random.nextInt(4)) {
                case 0 ->
                    out.writeBytes((row++ + "\tcustomer " + random.nextInt(500) + "\tSan José\n")
                            .getBytes(StandardCharsets.UTF_8));
                case 1 -> out.writeBytes("a".repeat(random.nextInt(600)).getBytes(StandardCharsets.UTF_8));
                case 2 -> {
                    byte[] noise = new byte[random.nextInt(300)];
                    random.nextBytes(noise);
                    out.writeBytes(noise);
                }
                default ->
                    out.writeBytes(("INSERT INTO public.t VALUES (" + random.nextInt(100) + ");\n")
                            .getBytes(StandardCharsets.UTF_8));
            }
        }
        return java.util.Arrays.copyOf(out.toByteArray(), size);
    }

    @Test
    void xxh32_matches_commons_codec_in_one_piece_and_in_chunks() {
        Random random = new Random(7);
        for (int length = 0; length < 200; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            XXHash32 reference = new XXHash32(0);
            reference.update(data, 0, length);
            assertThat(Xxh32.hash(data, 0, length)).as("length %d", length).isEqualTo((int) reference.getValue());
            Xxh32 chunked = new Xxh32(0);
            for (int offset = 0; offset < length; ) {
                int chunk = Math.min(length - offset, 1 + random.nextInt(20));
                chunked.update(data, offset, chunk);
                offset += chunk;
            }
            assertThat(chunked.value()).isEqualTo((int) reference.getValue());
        }
    }

    @Test
    void every_block_size_block_mode_and_checksum_option_round_trips() throws Exception {
        byte[] data = sample(300_000, 1);
        for (int sizeId = 4; sizeId <= 7; sizeId++) {
            for (int mask = 0; mask < 16; mask++) {
                Lz4TestFrames.Options options = new Lz4TestFrames.Options(
                        sizeId, (mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0);
                byte[] frame = Lz4TestFrames.frame(data, options);
                assertThat(decode(frame)).as(options.toString()).isEqualTo(data);
                if (sizeId == 4) {
                    assertThat(decodeWithCommonsCompress(frame))
                            .as("the test writer's frames are valid: %s", options)
                            .isEqualTo(data);
                }
            }
        }
    }

    @Test
    void the_pg_dump_fixture_made_by_the_lz4_tool_decodes_to_the_plain_dump() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        byte[] frame;
        byte[] plain;
        try (InputStream lz4 = loader.getResourceAsStream("restore/pgdump/rich.sql.lz4");
                InputStream sql = loader.getResourceAsStream("restore/pgdump/rich.sql")) {
            frame = lz4.readAllBytes();
            plain = sql.readAllBytes();
        }
        assertThat(decode(frame)).isEqualTo(plain);
    }

    @Test
    void frames_written_by_the_lz4_tool_with_every_option_decode() throws Exception {
        assumeTrue(Files.isExecutable(LZ4_TOOL), "the lz4 tool is not installed at " + LZ4_TOOL);
        byte[] data = sample(3_000_000, 2);
        Path input = Files.write(dir.resolve("input"), data);
        List<List<String>> flagSets = List.of(
                List.of("-BD", "-B4", "--no-frame-crc"),
                List.of("-BD", "-B5"),
                List.of("-BI", "-B6", "-BX"),
                List.of("-BD", "-B7", "--content-size"),
                List.of("-9", "-BD", "-B4"),
                List.of("--fast=3", "-BI", "-B4"));
        for (List<String> flags : flagSets) {
            Path output = dir.resolve("output.lz4");
            List<String> command = new ArrayList<>(List.of(LZ4_TOOL.toString(), "-q", "-f"));
            command.addAll(flags);
            command.addAll(List.of(input.toString(), output.toString()));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s", command).isZero();
            assertThat(decode(Files.readAllBytes(output))).as("%s", flags).isEqualTo(data);
        }
    }

    @Test
    void concatenated_frames_and_skippable_frames_read_as_one_stream() throws Exception {
        byte[] first = sample(100_000, 3);
        byte[] second = sample(70_000, 4);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(Lz4TestFrames.frame(first, Lz4TestFrames.Options.PG_DUMP));
        stream.writeBytes(new byte[] {0x5a, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 9, 9, 9});
        stream.writeBytes(Lz4TestFrames.frame(second, new Lz4TestFrames.Options(7, false, true, true, true)));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(first);
        expected.writeBytes(second);
        assertThat(decode(stream.toByteArray())).isEqualTo(expected.toByteArray());
    }

    @Test
    void an_empty_frame_is_empty_content_but_no_bytes_at_all_is_an_error() throws Exception {
        assertThat(decode(Lz4TestFrames.frame(new byte[0], Lz4TestFrames.Options.PG_DUMP)))
                .isEmpty();
        assertThatThrownBy(() -> decode(new byte[0]))
                .isInstanceOf(EOFException.class)
                .hasMessage("the LZ4 data is empty");
    }

    @Test
    void data_after_the_last_frame_is_an_error() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(Lz4TestFrames.frame(sample(1000, 5), Lz4TestFrames.Options.PG_DUMP));
        stream.writeBytes("garbage".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> decode(stream.toByteArray()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("after LZ4 frame 1 comes data that is not an LZ4 frame (magic 67617262)");
    }

    @Test
    void every_truncation_is_an_error_never_a_shorter_result() {
        byte[] frame = Lz4TestFrames.frame(sample(200_000, 6), Lz4TestFrames.Options.PG_DUMP);
        for (int length = 0; length < frame.length; length += length < 64 || length > frame.length - 64 ? 1 : 97) {
            byte[] cut = java.util.Arrays.copyOf(frame, length);
            assertThatThrownBy(() -> decode(cut))
                    .as("cut to %d of %d bytes", length, frame.length)
                    .isInstanceOf(EOFException.class)
                    .hasMessageStartingWith("the LZ4 data ");
        }
    }

    @Test
    void damage_is_an_io_exception_and_with_a_content_checksum_never_wrong_content() throws Exception {
        byte[] data = sample(150_000, 8);
        Lz4TestFrames.Options checked = new Lz4TestFrames.Options(4, true, false, true, false);
        byte[] frame = Lz4TestFrames.frame(data, checked);
        Random random = new Random(9);
        for (int round = 0; round < 400; round++) {
            byte[] damaged = frame.clone();
            int at = round < 20 ? round : random.nextInt(damaged.length);
            damaged[at] ^= (byte) (1 << random.nextInt(8));
            try {
                // a flipped offset can point at identical bytes; then the content is still right
                assertThat(decode(damaged)).as("bit flipped at %d", at).isEqualTo(data);
            } catch (IOException expected) {
                assertThat(expected).hasMessageContaining("LZ4");
            }
        }
        byte[] unchecked = Lz4TestFrames.frame(data, Lz4TestFrames.Options.PG_DUMP);
        for (int round = 0; round < 400; round++) {
            byte[] damaged = unchecked.clone();
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            try {
                decode(damaged);
            } catch (IOException expected) {
                // without checksums some damage goes unnoticed; what is noticed must be an IOException
            }
        }
    }

    @Test
    void a_frame_needing_a_dictionary_is_refused_with_how_to_fix() {
        byte[] frame = {0x04, 0x22, 0x4d, 0x18, 0x41, 0x40, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> decode(frame))
                .hasMessageContaining("needs a dictionary")
                .hasMessageContaining("lz4 -d");
    }
}
