package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.internal.restore.ByteSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens pg_dump archives, detecting custom, directory and tar format from the content (never from a file name).
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class Archives {

    private static final int BUFFER = 1 << 16;

    private Archives() {}

    /**
     * The archive format the first bytes of a file show, if any: {@code PGDMP} for a custom archive, a ustar header
     * for a tar archive (whether that tar holds a pg_dump archive is only known once it is opened). At least 262
     * bytes are needed to recognise a tar.
     */
    public static Optional<ArchiveFormat> detect(byte[] head) {
        Objects.requireNonNull(head, "head");
        if (head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("PGDMP")) {
            return Optional.of(ArchiveFormat.CUSTOM);
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar")) {
            return Optional.of(ArchiveFormat.TAR);
        }
        return Optional.empty();
    }

    /** Whether a directory looks like a directory-format archive: it holds a {@code toc.dat} file. */
    public static boolean isDirectoryArchive(Path directory) {
        return Files.isDirectory(directory)
                && DirectoryArchiveData.tocFile(directory).isPresent();
    }

    /**
     * Opens an archive stored in the file system: a directory is read as a directory-format archive, a file as a
     * custom or tar archive.
     *
     * @throws ArchiveException when it is not a pg_dump archive, or its header or TOC cannot be read
     * @throws IOException when it cannot be read at all
     */
    public static Archive open(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            return DirectoryArchiveData.open(path);
        }
        return open(() -> Files.newInputStream(path), path.toString());
    }

    /**
     * Opens a custom or tar archive from bytes that can be read again and again (a file or a classpath resource).
     * Each data read re-opens the source and skips to the data, which is a seek for files and a read for other
     * sources.
     *
     * @param source where the bytes come from, for messages (a path or URL)
     * @throws ArchiveException when the bytes are not a pg_dump archive, or its header or TOC cannot be read
     * @throws IOException when the bytes cannot be read at all
     */
    public static Archive open(ByteSource bytes, String source) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        byte[] head;
        try (InputStream in = bytes.open()) {
            head = in.readNBytes(512);
        }
        if (head.length == 0) {
            throw new ArchiveException(source + " is empty; expected a pg_dump archive (pg_dump -Fc or -Ft)");
        }
        if (head.length < 5 && "PGDMP".startsWith(new String(head, StandardCharsets.ISO_8859_1))) {
            throw new ArchiveException(
                    source + " ends unexpectedly at byte " + head.length + " while reading the magic"
                            + " bytes PGDMP: the archive is truncated (an interrupted copy or download?); make or copy it again");
        }
        Optional<ArchiveFormat> format = detect(head);
        if (format.isEmpty()) {
            throw new ArchiveException(source + " is not a pg_dump archive: it starts with "
                    + TocReader.printable(Arrays.copyOf(head, Math.min(head.length, 16)))
                    + ", expected the magic bytes PGDMP of a custom archive (pg_dump -Fc) or a tar header (pg_dump"
                    + " -Ft)");
        }
        if (format.get() == ArchiveFormat.TAR) {
            return TarArchiveData.open(bytes, source);
        }
        return openCustom(bytes, source);
    }

    private static Archive openCustom(ByteSource bytes, String source) throws IOException {
        try (InputStream stream = bytes.open()) {
            ArchiveInput in = new ArchiveInput(new BufferedInputStream(stream, BUFFER), source, 0);
            TocReader.Contents<DataOffset> contents = TocReader.read(
                    in,
                    ArchiveFormat.CUSTOM,
                    Archives::readOffset,
                    offset -> offset.state() != DataOffset.State.NO_DATA);
            CustomArchiveData data =
                    new CustomArchiveData(bytes, source, contents.header(), in.position(), contents.extras());
            return new Archive(source, contents, data);
        }
    }

    private static DataOffset readOffset(ArchiveInput in, String what) throws IOException {
        return in.readOffset(what);
    }
}
