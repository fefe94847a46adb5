package dev.rehearsal.internal.restore;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The kinds of backup file Rehearsal tells apart, always by content ({@link FormatSniffer}), never by file name.
 *
 * <p>The plain-script formats are a psql script as written by {@code pg_dump -Fp}, {@code pg_dumpall} or
 * {@code pg_restore -f}, either uncompressed or compressed as a whole: gzip ({@code pg_dump -Fp -Z 1..9}, any
 * version, or {@code gzip}), zstd and lz4 ({@code pg_dump -Fp -Z zstd|lz4}, PostgreSQL 16+, or the {@code zstd} /
 * {@code lz4} tools). Concatenated gzip members, zstd frames and LZ4 frames read as one script; LZ4 frames with
 * linked blocks (what pg_dump writes) and independent blocks are both read.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 */
public enum DumpFormat {
    /** An uncompressed plain SQL script. */
    PLAIN("plain SQL", null),
    /** A gzip-compressed plain SQL script. */
    GZIP("gzip-compressed plain SQL", "gzip"),
    /** A zstd-compressed plain SQL script. */
    ZSTD("zstd-compressed plain SQL", "zstd"),
    /** An LZ4-compressed plain SQL script (LZ4 frame format). */
    LZ4("lz4-compressed plain SQL", "lz4"),
    /** A {@code pg_dump -Fc} archive. */
    CUSTOM("pg_dump custom-format archive", null),
    /** A {@code pg_dump -Ft} archive. */
    TAR("pg_dump tar-format archive", null),
    /** A {@code pg_dump -Fd} archive (a directory holding {@code toc.dat}). */
    DIRECTORY("pg_dump directory-format archive", null);

    private static final int BUFFER = 1 << 16;

    private final String displayName;
    private final String compression;

    DumpFormat(String displayName, String compression) {
        this.displayName = displayName;
        this.compression = compression;
    }

    /** How {@code FixtureInfo.format()} and messages name the format, e.g. {@code zstd-compressed plain SQL}. */
    public String displayName() {
        return displayName;
    }

    /** Whether the file is a psql script (possibly compressed), as opposed to a pg_dump archive. */
    public boolean isPlainScript() {
        return this == PLAIN || compressed();
    }

    /** Whether the file is a compressed plain script. */
    public boolean compressed() {
        return compression != null;
    }

    /**
     * The compression's name as its command-line tool spells it ({@code gzip}, {@code zstd}, {@code lz4}), or
     * null for uncompressed formats.
     */
    public String compression() {
        return compression;
    }

    /**
     * The decompressed script over {@code raw}: {@code raw} itself for {@link #PLAIN} and the archive formats,
     * otherwise a decompressing stream whose read failures (truncated or damaged data) are {@link IOException}s
     * whose message says how far decompression got and how to check the file. Closes {@code raw} if it fails.
     *
     * @param fileName how messages name the file, e.g. {@code backups/prod.sql.zst}
     * @throws IOException when the compressed data does not even start correctly
     */
    InputStream decompress(InputStream raw, String fileName) throws IOException {
        if (compression == null) {
            return raw;
        }
        try {
            InputStream decompressed = switch (this) {
                case GZIP -> new GZIPInputStream(raw, BUFFER);
                case ZSTD -> new ZstdInputStream(raw);
                case LZ4 -> new Lz4FrameInputStream(new BufferedInputStream(raw, BUFFER));
                default -> throw new IllegalStateException(this + " has no codec");
            };
            return new DecompressedInput(decompressed, this, fileName);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw DecompressedInput.failure(this, fileName, 0, 0, e);
        }
    }
}
