package dev.rehearsal.internal.restore.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.lz4.BlockLZ4CompressorOutputStream;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream.BlockSize;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream.Parameters;
import org.junit.jupiter.api.Test;

/**
 * The codecs behind archive data, round-tripped with the stream settings pg_dump uses. This is a codec test, not an
 * archive test: the pg_dump builds available here (15, and PGlite's 17.5 and 18.3) have no lz4 or zstd support, so
 * there are no real lz4/zstd archives; the streams below are made by Java encoders configured like pg_dump 16+'s
 * compress_lz4.c (LZ4 frame, linked blocks, no checksums) and compress_zstd.c (zstd frame, optionally with
 * long-distance matching for {@code zstd:long}).
 */
class DecompressionTest {

    /** COPY-like text, long enough for two 64 kB LZ4 blocks, the second referring back into the first. */
    private static final byte[] TEXT = text();

    private static byte[] text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append(i)
                    .append("\tcustomer ")
                    .append(i % 97)
                    .append("\tnote ")
                    .append(i * 31 % 1000)
                    .append('\n');
        }
        return text.append("\\.\n\n\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Encoder {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    private static byte[] encode(Encoder encoder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = encoder.wrap(bytes)) {
            out.write(TEXT);
        }
        return bytes.toByteArray();
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void lz4_frames_with_linked_blocks_as_pg_dump_writes_them() throws Exception {
        byte[] frame = encode(out -> new FramedLZ4CompressorOutputStream(
                out,
                new Parameters(
                        BlockSize.K64,
                        false,
                        false,
                        true,
                        BlockLZ4CompressorOutputStream.createParameterBuilder()
                                .tunedForSpeed()
                                .build())));
        assertThat(TEXT.length).isGreaterThan(65_536); // two blocks, the second referring back into the first
        assertThat(frame.length).isLessThan(TEXT.length / 2);
        assertThat(read(Decompression.custom(new ByteArrayInputStream(frame), ArchiveCompression.LZ4)))
                .isEqualTo(TEXT);
        assertThat(read(Decompression.file(new ByteArrayInputStream(frame), ".lz4")))
                .isEqualTo(TEXT);
    }

    @Test
    void zstd_frames_with_and_without_long_distance_matching() throws Exception {
        byte[] plain = encode(out -> new ZstdOutputStream(out).setLevel(3));
        byte[] longMode = encode(out -> new ZstdOutputStream(out).setLevel(3).setLong(27));
        for (byte[] frame : new byte[][] {plain, longMode}) {
            assertThat(read(Decompression.custom(new ByteArrayInputStream(frame), ArchiveCompression.ZSTD)))
                    .isEqualTo(TEXT);
            assertThat(read(Decompression.file(new ByteArrayInputStream(frame), ".zst")))
                    .isEqualTo(TEXT);
        }
    }

    @Test
    void zlib_streams_in_custom_archives_and_gzip_files_in_directory_archives() throws Exception {
        byte[] zlib = encode(DeflaterOutputStream::new);
        byte[] gzip = encode(GZIPOutputStream::new);
        assertThat(read(Decompression.custom(new ByteArrayInputStream(zlib), ArchiveCompression.GZIP)))
                .isEqualTo(TEXT);
        assertThat(read(Decompression.file(new ByteArrayInputStream(gzip), ".gz")))
                .isEqualTo(TEXT);
        assertThat(read(Decompression.custom(new ByteArrayInputStream(TEXT), ArchiveCompression.NONE)))
                .isEqualTo(TEXT);
    }
}
