package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.restore.ByteSource;
import dev.rehearsal.internal.restore.DumpFormat;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * pg_dump archives as {@link Fixture}s: recognises them when a {@code @RestoredFrom} location is resolved (reading
 * the header for the versions {@code fixture()} reports, so an unreadable or too new archive fails at once), and
 * restores them with {@link ArchiveRestorer}.
 *
 * <p>An archive fixture's bytes are {@link ArchiveBytes}: a {@link File} for custom and tar archives, a {@link
 * Directory} (whose {@code open()} reads {@code toc.dat}) for directory archives, whose checksum covers every file in
 * the directory. That is how {@link #isArchive} tells archives from plain scripts.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class ArchiveRestoreFixtures {

    /**
     * Sessions loading table data at once in a {@code @RestoredFrom} restore (see {@link RestoreWorkers}): 2, or 1 on
     * a single processor. The restored database is the same as with one session (the differential tests restore
     * every archive fixture this way and compare with pg_restore); on the 315 MB benchmark (pgbench scale 20 plus
     * Pagila) it brings the restore from about 1.1x to about 1.0x pg_restore's time and within 1.2x of
     * {@code pg_restore -j 2}'s.
     */
    static final int JOBS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private ArchiveRestoreFixtures() {}

    /** The bytes of an archive fixture. */
    public sealed interface ArchiveBytes extends ByteSource permits File, Directory {}

    /**
     * A custom or tar archive file.
     *
     * @param bytes the file's bytes
     */
    public record File(ByteSource bytes) implements ArchiveBytes {
        public File {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public InputStream open() throws IOException {
            return bytes.open();
        }
    }

    /**
     * A directory-format archive; {@link #open()} reads its {@code toc.dat}.
     *
     * @param path the archive directory
     */
    public record Directory(Path path) implements ArchiveBytes {
        public Directory {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path.resolve("toc.dat"));
        }
    }

    /** Whether {@code fixture} is a pg_dump archive (custom, tar or directory format). */
    public static boolean isArchive(Fixture fixture) {
        return fixture.bytes() instanceof ArchiveBytes;
    }

    /**
     * A custom or tar archive file (recognised by its first bytes, see {@link Archives#detect}): reads its header
     * and table of contents.
     *
     * @param what how messages name the location, e.g. {@code @RestoredFrom [backups/app.custom]}
     * @throws FixtureRestoreException when it is not a readable pg_dump archive
     */
    public static Fixture file(String location, String source, ByteSource bytes, String sha256, String what) {
        try (Archive archive = Archives.open(bytes, source)) {
            DumpFormat format = archive.header().format() == ArchiveFormat.TAR ? DumpFormat.TAR : DumpFormat.CUSTOM;
            return fixture(location, source, sha256, format, archive.header(), new File(bytes));
        } catch (IOException e) {
            throw unreadable(what, location, source, e);
        }
    }

    /**
     * A directory-format archive (a directory holding {@code toc.dat}): reads its header and table of contents and
     * checksums its files.
     *
     * @throws FixtureRestoreException when it is not a readable pg_dump archive
     */
    public static Fixture directory(String location, String source, Path directory, String what) {
        try (Archive archive = Archives.open(directory)) {
            return fixture(
                    location,
                    source,
                    directoryChecksum(directory),
                    DumpFormat.DIRECTORY,
                    archive.header(),
                    new Directory(directory));
        } catch (IOException e) {
            throw unreadable(what, location, source, e);
        }
    }

    /**
     * Restores an archive fixture into {@code database} (existing and empty) and returns what was restored with the
     * time it took.
     *
     * @throws FixtureRestoreException when the archive cannot be read or the restore fails or is refused
     */
    public static FixtureInfo restore(Fixture fixture, PostgresServer server, String database, RestoreOptions options) {
        long start = System.nanoTime();
        try (Archive archive = open(fixture)) {
            ArchiveRestorer.restore(archive, server, database, options, fixture.location(), JOBS);
        } catch (IOException e) {
            throw unreadable("@RestoredFrom [" + fixture.location() + "]", fixture.location(), fixture.source(), e);
        }
        return fixture.info(Duration.ofNanos(System.nanoTime() - start));
    }

    private static Archive open(Fixture fixture) throws IOException {
        if (fixture.bytes() instanceof Directory directory) {
            return Archives.open(directory.path());
        }
        if (fixture.bytes() instanceof File file) {
            return Archives.open(file.bytes(), fixture.source());
        }
        throw new IllegalArgumentException(fixture.location() + " is not a pg_dump archive but " + fixture.format());
    }

    private static Fixture fixture(
            String location, String source, String sha256, DumpFormat format, ArchiveHeader header, ByteSource bytes) {
        return new Fixture(
                location,
                source,
                sha256,
                format,
                Optional.of(header.dumpedFrom()).filter(v -> !v.isEmpty()),
                Optional.of(header.dumpedBy()).filter(v -> !v.isEmpty()),
                bytes);
    }

    /**
     * SHA-256 over the directory's regular files in name order: each file's name, a NUL, its bytes' SHA-256 in
     * hex, a newline. Subdirectories are not part of a pg_dump directory archive and are left out.
     */
    static String directoryChecksum(Path directory) throws IOException {
        MessageDigest total = sha256();
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            MessageDigest digest = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    digest.update(buffer, 0, read);
                }
            }
            total.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            total.update((byte) 0);
            total.update(HexFormat.of().formatHex(digest.digest()).getBytes(StandardCharsets.US_ASCII));
            total.update((byte) '\n');
        }
        return HexFormat.of().formatHex(total.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static FixtureRestoreException unreadable(String what, String location, String source, IOException e) {
        String reason = e instanceof ArchiveException ? e.getMessage() : "it could not be read: " + e.getMessage();
        return new FixtureRestoreException(
                what + " (" + source + ") looks like a pg_dump archive but cannot be restored: " + reason,
                location,
                0,
                e);
    }
}
