package dev.rehearsal.internal.restore.archive;

/**
 * The container a pg_dump archive comes in, as detected from its content (never from a file name).
 *
 * <p>Internal, not API.
 */
public enum ArchiveFormat {
    /** {@code pg_dump -Fc}: one file starting with {@code PGDMP}, header, TOC and data blocks. */
    CUSTOM("custom-format archive (pg_dump -Fc)"),
    /** {@code pg_dump -Fd}: a directory with {@code toc.dat} and one file per data entry. */
    DIRECTORY("directory-format archive (pg_dump -Fd)"),
    /** {@code pg_dump -Ft}: a POSIX tar holding {@code toc.dat} and one member per data entry. */
    TAR("tar-format archive (pg_dump -Ft)");

    private final String description;

    ArchiveFormat(String description) {
        this.description = description;
    }

    /** Human-readable name for messages, e.g. {@code custom-format archive (pg_dump -Fc)}. */
    public String description() {
        return description;
    }
}
