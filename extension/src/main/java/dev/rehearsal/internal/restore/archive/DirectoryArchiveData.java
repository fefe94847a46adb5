package dev.rehearsal.internal.restore.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data files of a directory-format archive ({@code pg_backup_directory.c}): {@code toc.dat} holds header and TOC
 * (each entry naming its data file), every data file is a standalone, possibly compressed stream without chunk
 * framing, and large objects are listed in {@code blobs.toc} / {@code blobs_<dumpId>.toc}.
 *
 * <p>Thread-safe: every read opens its own file. Internal, not API.
 */
final class DirectoryArchiveData implements ArchiveData {

    private static final int BUFFER = 1 << 16;

    private final Path directory;
    private final String source;
    private final Map<Integer, String> files;
    private final StoredReads reads = new StoredReads();

    private DirectoryArchiveData(Path directory, Map<Integer, String> files) {
        this.directory = directory;
        this.source = directory.toString();
        this.files = Map.copyOf(files);
    }

    /** The directory's {@code toc.dat}, possibly compressed, if it has one. */
    static Optional<MemberNames.Found> tocFile(Path directory) {
        return MemberNames.find("toc.dat", name -> Files.isRegularFile(directory.resolve(name)));
    }

    static Archive open(Path directory) throws IOException {
        String source = directory.toString();
        MemberNames.Found toc = tocFile(directory)
                .orElseThrow(() -> new ArchiveException(source + " is a directory without a toc.dat file, so it is"
                        + " not a directory-format archive (pg_dump -Fd); point at the directory pg_dump -Fd -f wrote,"
                        + " or at a custom (-Fc) or tar (-Ft) archive file"));
        try (InputStream in = Decompression.file(
                new BufferedInputStream(Files.newInputStream(directory.resolve(toc.name())), BUFFER), toc.suffix())) {
            ArchiveInput input = new ArchiveInput(in, source + "/" + toc.name(), 0);
            TocReader.Contents<String> contents = TocReader.read(
                    input, ArchiveFormat.DIRECTORY, DirectoryArchiveData::readFileName, name -> !name.isEmpty());
            return new Archive(source, contents, new DirectoryArchiveData(directory, contents.extras()));
        }
    }

    /** The directory and tar formats' extra TOC field: the data file's name, empty if none. */
    static String readFileName(ArchiveInput in, String what) throws IOException {
        String name = in.readString(what);
        return name == null ? "" : name;
    }

    @Override
    public InputStream open(TocEntry entry) throws IOException {
        String context = entry.describe() + " of " + source;
        return openFile(files.get(entry.dumpId()), context, entry.describe());
    }

    @Override
    public void readLargeObjects(TocEntry entry, LargeObjectSink sink) throws IOException {
        String tocName = files.get(entry.dumpId());
        List<BlobsToc.Item> items;
        try (InputStream in = openFile(tocName, entry.describe() + " of " + source, entry.describe())) {
            items = BlobsToc.read(in, source, tocName);
        }
        for (BlobsToc.Item item : items) {
            String context = "large object " + item.oid() + " in " + entry.describe() + " of " + source;
            try (InputStream data = openFile(item.fileName(), context, tocName)) {
                sink.largeObject(item.oid(), data);
            }
        }
    }

    /** The size of the entry's data file. */
    @Override
    public long storedSize(TocEntry entry) {
        String stored = files.get(entry.dumpId());
        if (stored == null) {
            return 0;
        }
        try {
            String name = MemberNames.check(stored, source, entry.describe());
            Optional<MemberNames.Found> found =
                    MemberNames.find(name, candidate -> Files.isRegularFile(directory.resolve(candidate)));
            return found.isPresent() ? Files.size(directory.resolve(found.get().name())) : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // reading the data reports what is wrong
        }
    }

    @Override
    public long storedBytesRead() {
        return reads.total();
    }

    private InputStream openFile(String storedName, String context, String namedBy) throws IOException {
        String name = MemberNames.check(storedName, source, namedBy);
        MemberNames.Found found = MemberNames.find(name, candidate -> Files.isRegularFile(directory.resolve(candidate)))
                .orElseThrow(() -> new ArchiveException(source + ": the data file " + name + " (or " + name
                        + ".gz/.lz4/.zst) of " + context + " is missing; the archive directory is incomplete"));
        InputStream raw =
                new BufferedInputStream(reads.counting(Files.newInputStream(directory.resolve(found.name()))), BUFFER);
        try {
            return new GuardedInputStream(Decompression.file(raw, found.suffix()), context);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw GuardedInputStream.failure(context, e);
        }
    }
}
