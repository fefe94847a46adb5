package dev.rehearsal.internal.restore.archive;

import com.github.luben.zstd.ZstdInputStream;
import dev.rehearsal.internal.restore.Lz4FrameInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Wraps the stored bytes of a data item in the decompressor pg_dump's compression calls for.
 *
 * <p>Custom archives store each item as a zlib stream (gzip compression; RFC 1950, not the gzip file format), an
 * LZ4 frame or a zstd frame; directory archives store gzip files ({@code .gz}), LZ4 frames ({@code .lz4}) or zstd
 * frames ({@code .zst}). LZ4 frames from pg_dump use linked blocks, which Commons Compress supports. Internal, not
 * API.
 */
final class Decompression {

    private static final int BUFFER = 1 << 16;

    private Decompression() {}

    /** A custom archive's data item, compressed as the header says. */
    static InputStream custom(InputStream stored, ArchiveCompression compression) throws IOException {
        return switch (compression) {
            case NONE -> stored;
            case GZIP -> new ZlibInputStream(stored);
            case LZ4 -> new Lz4FrameInputStream(new java.io.BufferedInputStream(stored, BUFFER));
            case ZSTD -> new ZstdInputStream(stored);
        };
    }

    /** A directory or tar archive's data file, compressed as its name's suffix says ("" for none). */
    static InputStream file(InputStream stored, String suffix) throws IOException {
        return switch (suffix) {
            case "" -> stored;
            case ".gz" -> new GZIPInputStream(stored, BUFFER);
            case ".lz4" -> new Lz4FrameInputStream(new java.io.BufferedInputStream(stored, BUFFER));
            case ".zst" -> new ZstdInputStream(stored);
            default -> throw new IllegalArgumentException("Unknown data file suffix " + suffix);
        };
    }

    /** An inflater stream that releases its native inflater on close. */
    private static final class ZlibInputStream extends InflaterInputStream {
        ZlibInputStream(InputStream in) {
            super(in, new Inflater(), BUFFER);
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                inf.end();
            }
        }
    }
}
