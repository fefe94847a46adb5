package dev.rehearsal.internal.restore.archive;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the header of a pg_dump archive says ({@code WriteHead()} in pg_dump): format version, sizes, compression,
 * when and from which database it was made, and by which versions.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 *
 * @param version the archive format version, e.g. 1.14 for pg_dump 12–15
 * @param intSize bytes per integer in the archive (4 in practice)
 * @param offSize bytes per file offset in the archive (8 in practice)
 * @param format the container the archive was read from (the header's own format byte is not trusted: directory
 *     archives write the tar code on purpose)
 * @param compression how the data parts are compressed
 * @param createdAt when pg_dump started, in the local time of the machine that ran it, if the header holds a valid
 *     date
 * @param databaseName the name of the dumped database
 * @param dumpedFrom the server version the dump was made from, e.g. {@code 15.18 (Debian 15.18-0+deb12u1)}
 * @param dumpedBy the pg_dump version that made it, e.g. {@code 15.18 (Debian 15.18-0+deb12u1)}
 */
public record ArchiveHeader(
        ArchiveVersion version,
        int intSize,
        int offSize,
        ArchiveFormat format,
        ArchiveCompression compression,
        Optional<LocalDateTime> createdAt,
        String databaseName,
        String dumpedFrom,
        String dumpedBy) {

    public ArchiveHeader {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(compression, "compression");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(databaseName, "databaseName");
        Objects.requireNonNull(dumpedFrom, "dumpedFrom");
        Objects.requireNonNull(dumpedBy, "dumpedBy");
    }
}
