package dev.rehearsal.internal.restore.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An open pg_dump archive (custom, directory or tar format), read natively: its header, its table of contents, and
 * the data parts of its entries. Made by {@link Archives#open}.
 *
 * <p>Nothing is restored here; this is what pg_restore reads before it talks to a server. Text in the header and
 * the TOC is decoded with the archive's encoding ({@link #encoding()}); data streams are returned as stored (after
 * decompression), i.e. in that same encoding.
 *
 * <p>Thread-safety: the header and entries are immutable; {@link #openData} and {@link #readLargeObjects} open
 * their own underlying stream on each call, so several entries may be read at once from several threads (each
 * returned stream is itself not thread-safe). Clean-up: {@link #close()} holds no data back; streams returned by
 * {@link #openData} must be closed by the caller.
 *
 * <p>Internal, not API.
 */
public final class Archive implements AutoCloseable {

    private final String source;
    private final ArchiveHeader header;
    private final List<TocEntry> entries;
    private final Map<Integer, TocEntry> byDumpId;
    private final String encoding;
    private final Charset charset;
    private final boolean standardConformingStrings;
    private final ArchiveData data;
    private volatile boolean closed;

    Archive(String source, TocReader.Contents<?> contents, ArchiveData data) {
        this.source = Objects.requireNonNull(source, "source");
        this.header = contents.header();
        this.entries = contents.entries();
        this.encoding = contents.encoding();
        this.charset = contents.charset();
        this.standardConformingStrings = contents.standardConformingStrings();
        this.data = Objects.requireNonNull(data, "data");
        Map<Integer, TocEntry> map = new HashMap<>();
        for (TocEntry entry : entries) {
            map.put(entry.dumpId(), entry);
        }
        this.byDumpId = Map.copyOf(map);
    }

    /** Where the archive was read from, as used in messages (a path or a classpath URL). */
    public String source() {
        return source;
    }

    /** What the archive's header says. */
    public ArchiveHeader header() {
        return header;
    }

    /**
     * Every TOC entry in archive order (pg_dump's order, already sorted by section and dependencies), including the
     * special ENCODING, STDSTRINGS and SEARCHPATH entries that pg_restore applies as session settings rather than
     * restoring.
     */
    public List<TocEntry> entries() {
        return entries;
    }

    /** The entry with this dump id, if the archive has one. */
    public Optional<TocEntry> entry(int dumpId) {
        return Optional.ofNullable(byDumpId.get(dumpId));
    }

    /**
     * The PostgreSQL name of the archive's encoding (from its ENCODING entry, e.g. {@code UTF8}); {@code SQL_ASCII}
     * when the archive has no ENCODING entry, as pg_restore assumes.
     */
    public String encoding() {
        return encoding;
    }

    /**
     * The Java charset the TOC text was decoded with and the data streams are in. {@code SQL_ASCII} archives use
     * ISO-8859-1, which keeps every byte as it is.
     */
    public Charset charset() {
        return charset;
    }

    /** Whether the dump was made with {@code standard_conforming_strings} on (its STDSTRINGS entry; off if none). */
    public boolean standardConformingStrings() {
        return standardConformingStrings;
    }

    /**
     * The decompressed data part of an entry, e.g. for TABLE DATA exactly what pg_restore streams after executing
     * the entry's {@link TocEntry#copyStmt()}: the COPY text rows followed by the terminator line {@code \.} (for
     * INSERT-style dumps, SQL text instead). The caller closes the stream.
     *
     * @throws IllegalArgumentException when the entry is not one of this archive's, has no data ({@link
     *     TocEntry#hasData()}), or holds large objects (use {@link #readLargeObjects})
     * @throws ArchiveException when the data part is missing, truncated, corrupted or compressed in a way this
     *     reader does not understand; errors found while reading the stream are {@link ArchiveException}s too
     * @throws IOException when the archive cannot be read
     */
    public InputStream openData(TocEntry entry) throws IOException {
        check(entry);
        if (entry.isLargeObjects()) {
            throw new IllegalArgumentException(entry.describe() + " of " + source
                    + " holds large objects: read them with readLargeObjects, not openData");
        }
        return data.open(entry);
    }

    /**
     * Feeds every large object of a {@code BLOBS} entry to the sink, in archive order, each with its decompressed
     * bytes.
     *
     * @throws IllegalArgumentException when the entry is not one of this archive's, has no data, or is not a
     *     {@code BLOBS} entry
     * @throws ArchiveException when the large objects are missing, truncated or corrupted
     * @throws IOException when the archive cannot be read, or the sink throws it
     */
    public void readLargeObjects(TocEntry entry, LargeObjectSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        check(entry);
        if (!entry.isLargeObjects()) {
            throw new IllegalArgumentException(entry.describe() + " of " + source
                    + " holds no large objects: read its data with openData, not readLargeObjects");
        }
        data.readLargeObjects(entry, sink);
    }

    private void check(TocEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (closed) {
            throw new IllegalStateException("The archive " + source + " is closed");
        }
        if (!entry.equals(byDumpId.get(entry.dumpId()))) {
            throw new IllegalArgumentException(entry.describe() + " is not an entry of " + source);
        }
        if (!entry.hasData()) {
            throw new IllegalArgumentException(entry.describe() + " of " + source + " has no data part");
        }
    }

    /**
     * About how many bytes an entry's data takes in the archive (compressed; 0 when unknown), to load the largest
     * tables first.
     */
    long storedSize(TocEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return entry.hasData() ? data.storedSize(entry) : 0;
    }

    /** The stored bytes of every entry's data part: what a restore reads, for progress lines. */
    long storedDataSize() {
        long total = 0;
        for (TocEntry entry : entries()) {
            total += storedSize(entry);
        }
        return total;
    }

    /** Stored bytes read from data parts so far (every stream opened on this archive), for progress lines. */
    long storedBytesRead() {
        return data.storedBytesRead();
    }

    /** The container behind this archive (for tests of the reader itself). */
    ArchiveData data() {
        return data;
    }

    /** Marks the archive closed; later reads fail. Streams already returned stay usable until closed. */
    @Override
    public void close() {
        closed = true;
    }
}
