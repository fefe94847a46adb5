package dev.rehearsal.internal.restore.archive;

/**
 * The format version an archive was written with ({@code K_VERS_major_minor} in pg_dump), e.g. 1.14 for pg_dump
 * 12 to 15, 1.15 for pg_dump 16, 1.16 for pg_dump 17 and 18.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 *
 * @param major the major archive version (1)
 * @param minor the minor archive version
 * @param revision the revision byte (0 in practice)
 */
public record ArchiveVersion(int major, int minor, int revision) implements Comparable<ArchiveVersion> {

    /** Written by pg_dump 12 to 15: adds the table access method of each entry. */
    public static final ArchiveVersion V1_14 = new ArchiveVersion(1, 14, 0);

    /** Written by pg_dump 16: the header names the compression algorithm. */
    public static final ArchiveVersion V1_15 = new ArchiveVersion(1, 15, 0);

    /** Written by pg_dump 17 and 18: BLOB METADATA entries, several large objects per BLOBS entry, relkind. */
    public static final ArchiveVersion V1_16 = new ArchiveVersion(1, 16, 0);

    /** The oldest version this reader accepts: 1.14, written by pg_dump 12 (older archives come from pg_dump ≤ 11). */
    public static final ArchiveVersion OLDEST_SUPPORTED = V1_14;

    /** The newest version this reader accepts: like pg_restore, any revision of the newest minor it knows. */
    public static final ArchiveVersion NEWEST_SUPPORTED = new ArchiveVersion(1, 16, 255);

    /** Whether this version is at least {@code major.minor}. */
    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    @Override
    public int compareTo(ArchiveVersion other) {
        return Integer.compare(asInt(), other.asInt());
    }

    private int asInt() {
        return (major * 256 + minor) * 256 + revision;
    }

    /** As pg_restore prints it: {@code 1.14-0}. */
    @Override
    public String toString() {
        return major + "." + minor + "-" + revision;
    }
}
