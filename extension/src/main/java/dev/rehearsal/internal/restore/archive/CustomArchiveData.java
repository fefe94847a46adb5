package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.internal.restore.ByteSource;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The data blocks of a custom archive ({@code pg_backup_custom.c}): after the TOC, one block per entry with data,
 * each a type byte, the entry's dump id and its chunks.
 *
 * <p>Blocks are found through the offsets pg_dump recorded in the TOC; when it could not record them (it wrote to
 * a pipe), the data area is scanned once, block by block, and the positions remembered. Every read opens the
 * source anew and skips to the block, so reads may run concurrently. Internal, not API.
 */
final class CustomArchiveData implements ArchiveData {

    static final int BLK_DATA = 1;
    static final int BLK_BLOBS = 3;
    private static final int BUFFER = 1 << 16;

    private final ByteSource bytes;
    private final String source;
    private final ArchiveHeader header;
    private final long dataStart;
    private final Map<Integer, DataOffset> offsets;
    private final StoredReads reads = new StoredReads();
    private Scan scan;
    private long[] sortedPositions;

    CustomArchiveData(
            ByteSource bytes, String source, ArchiveHeader header, long dataStart, Map<Integer, DataOffset> offsets) {
        this.bytes = bytes;
        this.source = source;
        this.header = header;
        this.dataStart = dataStart;
        this.offsets = Map.copyOf(offsets);
    }

    /** Where the data area starts: right after the TOC. */
    long dataStart() {
        return dataStart;
    }

    /** The data offsets the TOC records, by dump id. */
    Map<Integer, DataOffset> offsets() {
        return offsets;
    }

    @Override
    public InputStream open(TocEntry entry) throws IOException {
        Positioned block = block(entry, BLK_DATA);
        String context = entry.describe() + " of " + source;
        try {
            ChunkedInputStream chunks = new ChunkedInputStream(block.in(), block.stream(), true, context);
            return new GuardedInputStream(Decompression.custom(chunks, header.compression()), context);
        } catch (IOException | RuntimeException e) {
            block.stream().close();
            throw GuardedInputStream.failure(context, e);
        }
    }

    @Override
    public void readLargeObjects(TocEntry entry, LargeObjectSink sink) throws IOException {
        Positioned block = block(entry, BLK_BLOBS);
        try (InputStream stream = block.stream()) {
            ArchiveInput in = block.in();
            while (true) {
                long at = in.position();
                long oid = in.readInt(entry.describe() + ": large object OID");
                if (oid == 0) {
                    return;
                }
                if (oid < 0 || oid > 0xFFFF_FFFFL) {
                    throw in.corrupt(entry.describe() + ": large object OID", at, "an OID, found " + oid);
                }
                String context = "large object " + oid + " in " + entry.describe() + " of " + source;
                ChunkedInputStream chunks = new ChunkedInputStream(in, stream, false, context);
                InputStream data = new GuardedInputStream(Decompression.custom(chunks, header.compression()), context);
                sink.largeObject(oid, data);
                chunks.skipRest();
            }
        }
    }

    /** The distance from the entry's data block to the next block pg_dump recorded; 0 for the last or unknown. */
    @Override
    public synchronized long storedSize(TocEntry entry) {
        DataOffset offset = offsets.get(entry.dumpId());
        if (offset == null || offset.state() != DataOffset.State.SET) {
            return 0;
        }
        if (sortedPositions == null) {
            sortedPositions = offsets.values().stream()
                    .filter(other -> other.state() == DataOffset.State.SET)
                    .mapToLong(DataOffset::position)
                    .sorted()
                    .distinct()
                    .toArray();
        }
        int index = Arrays.binarySearch(sortedPositions, offset.position());
        return index >= 0 && index + 1 < sortedPositions.length ? sortedPositions[index + 1] - offset.position() : 0;
    }

    private record Positioned(InputStream stream, ArchiveInput in) {}

    /** Opens the source at the entry's block and checks the block header. */
    private Positioned block(TocEntry entry, int expectedType) throws IOException {
        long position = position(entry);
        InputStream stream = reads.counting(bytes.open());
        try {
            try {
                stream.skipNBytes(position);
            } catch (EOFException e) {
                throw new ArchiveException(source + ": the data of " + entry.describe() + " is recorded at byte "
                        + position + ", beyond the end of the archive; the archive is truncated or its TOC is"
                        + " corrupted");
            }
            ArchiveInput in = new ArchiveInput(new BufferedInputStream(stream, BUFFER), source, position);
            in.sizes(header.intSize(), header.offSize());
            int type = in.readByte(entry.describe() + ": block type");
            String found;
            long dumpId = -1;
            try {
                dumpId = in.readInt(entry.describe() + ": block dump id");
                found = "type " + type + " and dump id " + dumpId;
            } catch (ArchiveException e) {
                if (e.getMessage().contains("ends unexpectedly")) {
                    throw e;
                }
                found = "bytes that are not a block header";
            }
            if (type != expectedType || dumpId != entry.dumpId()) {
                throw new ArchiveException(source + ": expected the "
                        + (expectedType == BLK_DATA ? "data" : "large object") + " block of " + entry.describe()
                        + " (type " + expectedType + ", dump id " + entry.dumpId() + ") at byte " + position
                        + ", found " + found + "; the archive's TOC offsets are corrupted");
            }
            return new Positioned(stream, in);
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    private long position(TocEntry entry) throws IOException {
        DataOffset offset = offsets.get(entry.dumpId());
        if (offset != null && offset.state() == DataOffset.State.SET) {
            return offset.position();
        }
        Scan found = scan();
        Long position = found.positions().get(entry.dumpId());
        if (position == null) {
            ArchiveException missing = new ArchiveException(source + ": no data block for " + entry.describe()
                    + " was found between byte " + dataStart + " and the end of the archive; the archive is"
                    + " truncated or corrupted");
            if (found.failure() != null) {
                missing.addSuppressed(found.failure());
            }
            throw missing;
        }
        return position;
    }

    /** Positions of every block, found by walking the data area once ({@code _skipData()}, {@code _skipLOs()}). */
    private record Scan(Map<Integer, Long> positions, ArchiveException failure) {}

    private synchronized Scan scan() throws IOException {
        if (scan != null) {
            return scan;
        }
        Map<Integer, Long> positions = new HashMap<>();
        ArchiveException failure = null;
        try (InputStream stream = bytes.open()) {
            stream.skipNBytes(dataStart);
            ArchiveInput in = new ArchiveInput(new BufferedInputStream(stream, BUFFER), source, dataStart);
            in.sizes(header.intSize(), header.offSize());
            try {
                while (true) {
                    long at = in.position();
                    int type = in.readByteOrEnd();
                    if (type < 0) {
                        break;
                    }
                    int dumpId = in.readSmallInt("the dump id of the data block at byte " + at);
                    positions.putIfAbsent(dumpId, at);
                    String what = "the data block at byte " + at + " (dump id " + dumpId + ")";
                    if (type == BLK_DATA) {
                        new ChunkedInputStream(in, stream, false, what).skipRest();
                    } else if (type == BLK_BLOBS) {
                        while (in.readInt(what + ": large object OID") != 0) {
                            new ChunkedInputStream(in, stream, false, what).skipRest();
                        }
                    } else {
                        throw in.corrupt(what, at, "a block type 1 (data) or 3 (large objects), found " + type);
                    }
                }
            } catch (ArchiveException e) {
                failure = e;
            }
        } catch (EOFException e) {
            failure = new ArchiveException(source + " ends before its data area (byte " + dataStart + ")", e);
        }
        scan = new Scan(Map.copyOf(positions), failure);
        return scan;
    }

    @Override
    public long storedBytesRead() {
        return reads.total();
    }
}
