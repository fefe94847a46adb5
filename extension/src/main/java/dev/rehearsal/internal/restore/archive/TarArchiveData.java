package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.internal.restore.ByteSource;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The members of a tar-format archive ({@code pg_backup_tar.c}): {@code toc.dat}, one {@code <dumpId>.dat} per data
 * entry, {@code blobs.toc} / {@code blobs_<dumpId>.toc} and {@code blob_<oid>.dat} for large objects, and a
 * {@code restore.sql} meant for people (ignored).
 *
 * <p>Nothing is extracted: the tar is walked once to note where each member's bytes start, and each read re-opens
 * the source and skips there (a seek for files), so members can be read in any order, and concurrently.
 * Internal, not API.
 */
final class TarArchiveData implements ArchiveData {

    private static final int BUFFER = 1 << 16;

    private final ByteSource bytes;
    private final String source;
    private final Map<String, Member> members;
    private final Map<Integer, String> files;
    private final StoredReads reads = new StoredReads();

    private record Member(long offset, long size) {}

    private TarArchiveData(ByteSource bytes, String source, Map<String, Member> members, Map<Integer, String> files) {
        this.bytes = bytes;
        this.source = source;
        this.members = members;
        this.files = Map.copyOf(files);
    }

    static Archive open(ByteSource bytes, String source) throws IOException {
        Map<String, Member> members = index(bytes, source);
        Member toc = members.get("toc.dat");
        if (toc == null) {
            throw new ArchiveException(source + " is a tar archive without a toc.dat member (it holds "
                    + members.keySet().stream().limit(10).toList() + "), so it was not written by pg_dump -Ft;"
                    + " expected a tar-format pg_dump archive");
        }
        try (InputStream in = member(bytes, source, "toc.dat", toc)) {
            ArchiveInput input = new ArchiveInput(in, source + " (member toc.dat)", 0);
            TocReader.Contents<String> contents = TocReader.read(
                    input, ArchiveFormat.TAR, DirectoryArchiveData::readFileName, name -> !name.isEmpty());
            return new Archive(source, contents, new TarArchiveData(bytes, source, members, contents.extras()));
        }
    }

    /** Walks the tar once, noting where each member's data starts and how long it is. */
    private static Map<String, Member> index(ByteSource bytes, String source) throws IOException {
        Map<String, Member> members = new LinkedHashMap<>();
        try (InputStream raw = bytes.open();
                Counting counting = new Counting(new BufferedInputStream(raw, BUFFER));
                TarArchiveInputStream tar = new TarArchiveInputStream(counting)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (entry.isFile()) {
                    members.putIfAbsent(entry.getName(), new Member(counting.count, entry.getSize()));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ArchiveException archive) {
                throw archive;
            }
            throw new ArchiveException(
                    source + " is not a readable tar archive (" + e.getMessage() + "); it is truncated or corrupted",
                    e);
        }
        return Map.copyOf(members);
    }

    @Override
    public InputStream open(TocEntry entry) throws IOException {
        return open(files.get(entry.dumpId()), entry.describe() + " of " + source, entry.describe());
    }

    @Override
    public void readLargeObjects(TocEntry entry, LargeObjectSink sink) throws IOException {
        String tocName = members.containsKey("blobs_" + entry.dumpId() + ".toc")
                ? "blobs_" + entry.dumpId() + ".toc"
                : "blobs.toc";
        List<BlobsToc.Item> items;
        try (InputStream in = open(tocName, entry.describe() + " of " + source, entry.describe())) {
            items = BlobsToc.read(in, source, tocName);
        }
        for (BlobsToc.Item item : items) {
            String context = "large object " + item.oid() + " in " + entry.describe() + " of " + source;
            try (InputStream data = open(item.fileName(), context, tocName)) {
                sink.largeObject(item.oid(), data);
            }
        }
    }

    @Override
    public long storedBytesRead() {
        return reads.total();
    }

    /** The size of the entry's data member. */
    @Override
    public long storedSize(TocEntry entry) {
        String stored = files.get(entry.dumpId());
        if (stored == null) {
            return 0;
        }
        try {
            String name = MemberNames.check(stored, source, entry.describe());
            return MemberNames.find(name, members::containsKey)
                    .map(found -> members.get(found.name()).size())
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0; // reading the data reports what is wrong
        }
    }

    private InputStream open(String storedName, String context, String namedBy) throws IOException {
        String name = MemberNames.check(storedName, source, namedBy);
        MemberNames.Found found = MemberNames.find(name, members::containsKey)
                .orElseThrow(() -> new ArchiveException(source + ": the tar member " + name + " holding the data of "
                        + context + " is missing; the archive is incomplete"));
        InputStream raw = reads.counting(member(bytes, source, found.name(), members.get(found.name())));
        try {
            return new GuardedInputStream(Decompression.file(raw, found.suffix()), context);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw GuardedInputStream.failure(context, e);
        }
    }

    private static InputStream member(ByteSource bytes, String source, String name, Member member) throws IOException {
        InputStream raw = bytes.open();
        try {
            raw.skipNBytes(member.offset());
        } catch (EOFException e) {
            raw.close();
            throw new ArchiveException(source + ": the tar member " + name + " starts beyond the end of the file;"
                    + " the archive is truncated");
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
        return new Bounded(new BufferedInputStream(raw, BUFFER), member.size(), source, name);
    }

    /** Counts the bytes the tar reader consumes, so member offsets can be noted. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** Exactly one member's bytes; ending early means the tar is truncated. */
    private static final class Bounded extends FilterInputStream {
        private final String source;
        private final String name;
        private long remaining;

        Bounded(InputStream in, long size, String source, String name) {
            super(in);
            this.remaining = size;
            this.source = source;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int b = super.read();
            if (b < 0) {
                throw truncated();
            }
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n < 0) {
                throw truncated();
            }
            remaining -= n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), remaining);
        }

        private ArchiveException truncated() {
            return new ArchiveException(source + ": the tar member " + name + " ends " + remaining
                    + " bytes early; the archive is truncated");
        }
    }
}
