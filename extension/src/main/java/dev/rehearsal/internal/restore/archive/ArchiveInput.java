package dev.rehearsal.internal.restore.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads pg_dump's primitive encodings ({@code ReadInt}, {@code ReadStr}, {@code ReadOffset} in
 * pg_backup_archiver.c) from a stream, counting the bytes consumed so that errors can say where they happened.
 *
 * <p>Integers are a sign byte followed by {@link #intSize} bytes, least significant first; strings are an integer
 * length (−1 for NULL) followed by that many bytes, returned as ISO-8859-1 text (one char per byte, so the caller
 * can re-decode them with the archive's encoding). Every length is checked before anything is allocated.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class ArchiveInput {

    /** No string in a real archive comes near this; a larger length is a corrupted archive, not a big string. */
    static final int MAX_STRING_LENGTH = 256 << 20;

    private final InputStream in;
    private final String source;
    private long position;
    private int intSize = 4;
    private int offSize = 8;

    ArchiveInput(InputStream in, String source, long position) {
        this.in = in;
        this.source = source;
        this.position = position;
    }

    /** Where the next byte comes from, counted from the start of the file. */
    long position() {
        return position;
    }

    String source() {
        return source;
    }

    void sizes(int intSize, int offSize) {
        this.intSize = intSize;
        this.offSize = offSize;
    }

    int readByte(String what) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw truncated(what);
        }
        position++;
        return b;
    }

    /** A byte, or −1 at a clean end of the stream. */
    int readByteOrEnd() throws IOException {
        int b = in.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    byte[] readBytes(int count, String what) throws IOException {
        byte[] bytes = in.readNBytes(count);
        position += bytes.length;
        if (bytes.length < count) {
            throw truncated(what);
        }
        return bytes;
    }

    /** Reads up to {@code length} bytes (at least one), or fails as truncated at the end of the stream. */
    int read(byte[] buffer, int offset, int length, String what) throws IOException {
        int count = in.read(buffer, offset, length);
        if (count < 0) {
            throw truncated(what);
        }
        position += count;
        return count;
    }

    /** An integer ({@code ReadInt}): sign byte, then {@code intSize} little-endian bytes. */
    long readInt(String what) throws IOException {
        long start = position;
        int sign = readByte(what);
        long value = readUnsigned(intSize, what, start);
        if (sign > 1) {
            throw corrupt(what, start, "a sign byte 0 or 1, found " + sign);
        }
        return sign == 0 ? value : -value;
    }

    /** An integer that must fit a Java int (counts, ids, lengths). */
    int readSmallInt(String what) throws IOException {
        long start = position;
        long value = readInt(what);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw corrupt(what, start, "a 32-bit integer, found " + value);
        }
        return (int) value;
    }

    /** A string ({@code ReadStr}); null for pg_dump's NULL string. */
    String readString(String what) throws IOException {
        long start = position;
        long length = readInt(what + " (length)");
        if (length == -1) {
            return null;
        }
        if (length < -1 || length > MAX_STRING_LENGTH) {
            throw corrupt(what, start, "a string length between -1 and " + MAX_STRING_LENGTH + ", found " + length);
        }
        return new String(readBytes((int) length, what), StandardCharsets.ISO_8859_1);
    }

    /** A data offset ({@code ReadOffset}, archives 1.7+): flag byte, then {@code offSize} little-endian bytes. */
    DataOffset readOffset(String what) throws IOException {
        long start = position;
        int flag = readByte(what);
        long offset = readUnsigned(offSize, what, start);
        return switch (flag) {
            case 1 -> DataOffset.NOT_SET;
            case 2 -> new DataOffset(DataOffset.State.SET, offset);
            case 3 -> DataOffset.NO_DATA;
            default -> throw corrupt(what, start, "an offset flag 1 (not set), 2 (set) or 3 (no data), found " + flag);
        };
    }

    private long readUnsigned(int size, String what, long start) throws IOException {
        long value = 0;
        for (int i = 0; i < size; i++) {
            long b = readByte(what);
            if (i < 8) {
                value |= b << (8 * i);
            } else if (b != 0) {
                throw corrupt(what, start, "a value that fits in 64 bits, found a non-zero byte " + (i + 1));
            }
        }
        if (value < 0) {
            throw corrupt(what, start, "a value below 2^63, found " + Long.toUnsignedString(value));
        }
        return value;
    }

    ArchiveException truncated(String what) {
        return new ArchiveException(source + " ends unexpectedly at byte " + position + " while reading " + what
                + ": the archive is truncated (an interrupted copy or download?); make or copy it again");
    }

    ArchiveException corrupt(String what, long at, String expected) {
        return new ArchiveException(source + " is corrupted at byte " + at + " (" + what + "): expected " + expected
                + "; the archive is damaged or was not written by pg_dump");
    }

    /** Skips exactly {@code count} bytes or fails as truncated. */
    void skip(long count, String what) throws IOException {
        try {
            in.skipNBytes(count);
        } catch (EOFException e) {
            throw truncated(what);
        }
        position += count;
    }
}
