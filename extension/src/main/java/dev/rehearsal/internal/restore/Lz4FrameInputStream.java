package dev.rehearsal.internal.restore;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decompresses the LZ4 frame format ({@code lz4_Frame_format.md}, magic {@code 04 22 4d 18}): one or more
 * concatenated frames, skippable frames ignored, linked blocks (what pg_dump writes: a match may reach up to
 * 64 KB back into earlier blocks of the frame) and independent blocks, block sizes 64 KB to 4 MB, uncompressed
 * blocks; the header checksum and, when present, block and content checksums and the content size are verified.
 * Frames that need a dictionary are refused (no LZ4 writer pg_dump uses makes them).
 *
 * <p>Why not Commons Compress's {@code FramedLZ4CompressorInputStream}: it reads these frames correctly, but for
 * linked blocks it shifts a 64 KB history buffer on every small read, which makes it decompress pg_dump's output
 * at about 2–5 MB/s; this class keeps the history in place and decompresses whole blocks at a time.
 *
 * <p>Failures are {@link IOException}s: an {@link EOFException} when the data ends early, an IOException naming
 * the problem for anything else. Memory: one block buffer of 64 KB plus the frame's block size, and one compressed
 * block. Not thread-safe. Internal, not API.
 */
public final class Lz4FrameInputStream extends InputStream {

    private static final int MAGIC = 0x184D2204;
    private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
    private static final int SKIPPABLE_MAGIC = 0x184D2A50;
    private static final int WINDOW = 1 << 16;
    private static final int MIN_MATCH = 4;

    private final InputStream in;
    private final byte[] small = new byte[15];
    private byte[] compressed = new byte[0];
    private byte[] window = new byte[0];
    private int position;
    private int limit;

    private boolean inFrame;
    private int frames;
    private boolean linked;
    private boolean blockChecksums;
    private int maxBlockSize;
    private Xxh32 contentHash;
    private long contentSize = -1;
    private long frameOutput;
    private boolean closed;

    /** Reads frames from {@code in}, which it reads in small pieces: give it a buffered stream. */
    public Lz4FrameInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !nextBlock()) {
            return -1;
        }
        return window[position++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit && !nextBlock()) {
            return -1;
        }
        int count = Math.min(length, limit - position);
        System.arraycopy(window, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return limit - position;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            in.close();
        }
    }

    /** Decodes the next non-empty block; false at the end of the last frame. */
    private boolean nextBlock() throws IOException {
        if (closed) {
            throw new IOException("the stream is closed");
        }
        while (true) {
            if (!inFrame && !frameHeader()) {
                return false;
            }
            int header = readInt("a block size");
            if (header == 0) {
                endOfFrame();
                continue;
            }
            boolean stored = (header & 0x80000000) != 0;
            int size = header & 0x7fffffff;
            if (size > maxBlockSize) {
                throw new IOException("an LZ4 block claims " + size + " bytes, more than the frame's block size of "
                        + maxBlockSize + " bytes: the data is damaged");
            }
            readFully(compressed, size, "an LZ4 block");
            if (blockChecksums) {
                int expected = readInt("a block checksum");
                if (Xxh32.hash(compressed, 0, size) != expected) {
                    throw new IOException("an LZ4 block does not match its checksum: the data is damaged");
                }
            }
            int start = keepHistory();
            int end = stored ? copyStored(size, start) : decodeBlock(size, start, linked ? 0 : start);
            if (contentHash != null) {
                contentHash.update(window, start, end - start);
            }
            frameOutput += end - start;
            position = start;
            limit = end;
            if (end > start) {
                return true;
            }
        }
    }

    /** Reads a frame header; false at a clean end of input after at least one frame. */
    private boolean frameHeader() throws IOException {
        while (true) {
            int first = in.read();
            if (first < 0) {
                if (frames == 0) {
                    throw new EOFException("the LZ4 data is empty");
                }
                return false;
            }
            small[0] = (byte) first;
            readFully(small, 1, 3, "an LZ4 frame header");
            int magic = Xxh32.intAt(small, 0);
            if ((magic & SKIPPABLE_MASK) == SKIPPABLE_MAGIC) {
                skipFully(readInt("a skippable frame size") & 0xffffffffL);
                continue;
            }
            if (magic != MAGIC) {
                throw new IOException(
                        frames == 0
                                ? "the data does not start with the LZ4 frame magic number 04 22 4d 18"
                                : "after LZ4 frame " + frames + " comes data that is not an LZ4 frame (magic "
                                        + String.format("%08x", Integer.reverseBytes(magic)) + ")");
            }
            readFully(small, 0, 2, "an LZ4 frame header");
            int flags = small[0] & 0xff;
            int blockDescriptor = small[1] & 0xff;
            if ((flags >>> 6) != 1 || (flags & 0x02) != 0 || (blockDescriptor & 0x8f) != 0) {
                throw new IOException("the LZ4 frame header has an unknown version or reserved bits set: the data is"
                        + " damaged or written by an incompatible LZ4 version");
            }
            if ((flags & 0x01) != 0) {
                throw new IOException("the LZ4 frame needs a dictionary, which Rehearsal does not support (pg_dump"
                        + " never writes such frames); decompress the file with lz4 -d first");
            }
            int descriptorLength = 2;
            boolean hasContentSize = (flags & 0x08) != 0;
            if (hasContentSize) {
                readFully(small, 2, 8, "an LZ4 frame header");
                descriptorLength += 8;
            }
            int expected = (Xxh32.hash(small, 0, descriptorLength) >>> 8) & 0xff;
            int checksum = readByte("an LZ4 frame header");
            if (checksum != expected) {
                throw new IOException("the LZ4 frame header does not match its checksum: the data is damaged");
            }
            int sizeId = blockDescriptor >>> 4;
            if (sizeId < 4) {
                throw new IOException("the LZ4 frame header names an unknown block size: the data is damaged");
            }
            linked = (flags & 0x20) == 0;
            blockChecksums = (flags & 0x10) != 0;
            contentHash = (flags & 0x04) != 0 ? new Xxh32(0) : null;
            contentSize = hasContentSize ? longAt(small, 2) : -1;
            maxBlockSize = 1 << (2 * sizeId + 8);
            if (compressed.length < maxBlockSize) {
                compressed = new byte[maxBlockSize];
            }
            if (window.length < WINDOW + maxBlockSize) {
                window = new byte[WINDOW + maxBlockSize];
            }
            position = limit = 0;
            frameOutput = 0;
            inFrame = true;
            frames++;
            return true;
        }
    }

    private void endOfFrame() throws IOException {
        if (contentHash != null && readInt("the content checksum") != contentHash.value()) {
            throw new IOException(
                    "the content of LZ4 frame " + frames + " does not match its checksum: the data is" + " damaged");
        }
        if (contentSize >= 0 && contentSize != frameOutput) {
            throw new IOException("LZ4 frame " + frames + " holds " + frameOutput + " bytes, but its header says "
                    + contentSize + ": the data is damaged");
        }
        inFrame = false;
        position = limit = 0;
    }

    /**
     * Where the next block's output starts in {@link #window}: right after the last 64 KB of output (moved to the
     * front when needed) for linked blocks, at 0 for independent ones.
     */
    private int keepHistory() {
        if (!linked) {
            return 0;
        }
        if (limit + maxBlockSize <= window.length) {
            return limit;
        }
        System.arraycopy(window, limit - WINDOW, window, 0, WINDOW);
        return WINDOW;
    }

    private int copyStored(int size, int start) {
        System.arraycopy(compressed, 0, window, start, size);
        return start + size;
    }

    /** Decodes one compressed block into {@link #window} from {@code start}; matches may reach back to lowest. */
    private int decodeBlock(int size, int start, int lowest) throws IOException {
        byte[] src = compressed;
        byte[] dst = window;
        int end = start + maxBlockSize;
        int s = 0;
        int d = start;
        while (true) {
            if (s >= size) {
                throw damaged("ends inside a sequence");
            }
            int token = src[s++] & 0xff;
            int literals = token >>> 4;
            if (literals == 15) {
                int more;
                do {
                    if (s >= size) {
                        throw damaged("ends inside a literal length");
                    }
                    more = src[s++] & 0xff;
                    literals += more;
                } while (more == 255 && literals <= size);
            }
            if (literals > size - s || literals > end - d) {
                throw damaged("has a literal run longer than the block");
            }
            System.arraycopy(src, s, dst, d, literals);
            s += literals;
            d += literals;
            if (s == size) {
                return d;
            }
            if (size - s < 2) {
                throw damaged("ends inside a match offset");
            }
            int offset = (src[s] & 0xff) | (src[s + 1] & 0xff) << 8;
            s += 2;
            if (offset == 0 || offset > d - lowest) {
                throw damaged("refers to data before its start");
            }
            int length = token & 15;
            if (length == 15) {
                int more;
                do {
                    if (s >= size) {
                        throw damaged("ends inside a match length");
                    }
                    more = src[s++] & 0xff;
                    length += more;
                } while (more == 255 && length <= maxBlockSize);
            }
            length += MIN_MATCH;
            if (length > end - d) {
                throw damaged("has a match longer than the block");
            }
            int from = d - offset;
            if (offset >= length) {
                System.arraycopy(dst, from, dst, d, length);
            } else {
                for (int i = 0; i < length; i++) {
                    dst[d + i] = dst[from + i];
                }
            }
            d += length;
        }
    }

    private IOException damaged(String what) {
        return new IOException("a block of LZ4 frame " + frames + " " + what + ": the data is damaged");
    }

    private int readByte(String what) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw truncated(what);
        }
        return b;
    }

    private int readInt(String what) throws IOException {
        readFully(small, 0, 4, what);
        return Xxh32.intAt(small, 0);
    }

    private void readFully(byte[] target, int length, String what) throws IOException {
        readFully(target, 0, length, what);
    }

    private void readFully(byte[] target, int offset, int length, String what) throws IOException {
        int done = 0;
        while (done < length) {
            int read = in.read(target, offset + done, length - done);
            if (read < 0) {
                throw truncated(what);
            }
            done += read;
        }
    }

    private void skipFully(long count) throws IOException {
        for (long left = count; left > 0; left--) {
            if (in.read() < 0) {
                throw truncated("a skippable frame");
            }
        }
    }

    private EOFException truncated(String what) {
        return new EOFException("the LZ4 data ends early, inside " + what + " of frame " + Math.max(frames, 1));
    }

    private static long longAt(byte[] data, int offset) {
        return (Xxh32.intAt(data, offset) & 0xffffffffL) | (long) Xxh32.intAt(data, offset + 4) << 32;
    }
}
