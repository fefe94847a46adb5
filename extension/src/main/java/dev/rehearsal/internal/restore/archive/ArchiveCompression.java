package dev.rehearsal.internal.restore.archive;

/**
 * How the data parts of an archive are compressed.
 *
 * <p>Archives of version 1.15 and later (pg_dump 16+) name the algorithm in the header; older ones store a zlib
 * level, where 0 means {@link #NONE} and any other value (including the default −1) means {@link #GZIP}.
 * In a custom archive each data item is one zlib stream ({@link #GZIP}), one LZ4 frame or one zstd frame; in a
 * directory archive each data file is a gzip file ({@code .gz}), an LZ4 frame ({@code .lz4}) or a zstd frame
 * ({@code .zst}); tar archives are never compressed.
 *
 * <p>Internal, not API.
 */
public enum ArchiveCompression {
    NONE,
    GZIP,
    LZ4,
    ZSTD
}
