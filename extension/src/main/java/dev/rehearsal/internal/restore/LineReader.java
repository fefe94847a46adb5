package dev.rehearsal.internal.restore;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line (lines end after {@code \n}; the last line may lack it) without decoding it,
 * so a script of any size streams through a fixed buffer. COPY data is read in chunks of the buffer instead
 * ({@link #readCopyData}, {@link #skipCopyData}): only the first bytes of each line are looked at, to find the end
 * marker, and nothing is copied line by line.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class LineReader implements Closeable {

    /** A single line longer than this is not a SQL script any more. */
    static final int MAX_LINE_LENGTH = 1 << 30;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 17];
    private int position;
    private int limit;
    private boolean endOfInput;
    /** Whether {@link #position} is at the start of a line (always, except inside COPY data read in chunks). */
    private boolean atLineStart = true;

    private byte[] line = new byte[1 << 13];
    private int length;
    private int number;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        while (true) {
            if (position == limit) {
                if (endOfInput || !fill()) {
                    if (length > 0) {
                        number++;
                        return true;
                    }
                    return false;
                }
            }
            int newline = ByteScan.indexOf(buffer, position, limit, (byte) '\n');
            int end = newline < 0 ? limit : newline + 1;
            append(end - position);
            position = end;
            if (newline >= 0) {
                number++;
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        position = limit = 0;
        return fillMore();
    }

    /** Moves the unread bytes to the start of the buffer and reads more after them; false at the end of input. */
    private boolean fillMore() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        while (read == 0) {
            read = in.read(buffer, limit, buffer.length - limit);
        }
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    /**
     * Reads COPY data (the lines after a {@code COPY … FROM STDIN} statement up to the end marker, see {@link
     * #isCopyTerminator()}) into {@code target}, in chunks that need not end at line ends. Line numbers advance
     * over the data.
     *
     * @return the number of bytes read (at least 1), {@link #COPY_END} once the end marker line has been read (it is
     *     then the current line), or {@link #COPY_EOF} when the input ends first ({@link #number()} is then the
     *     last line)
     */
    int readCopyData(byte[] target, int offset, int length) throws IOException {
        int available = copyChunk(length);
        if (available > 0) {
            System.arraycopy(buffer, position, target, offset, available);
            advance(available);
        }
        return available;
    }

    /** Looks at COPY data while {@link #skipCopyData(CopyChunks)} skips it. */
    interface CopyChunks {
        /** Looks at {@code bytes[from, to)}, COPY data that starts on line {@code line} (maybe not at its start). */
        void accept(byte[] bytes, int from, int to, int line) throws IOException;
    }

    /** Skips COPY data up to and including its end marker line; false when the input ends first. */
    boolean skipCopyData() throws IOException {
        return skipCopyData((bytes, from, to, line) -> {});
    }

    /**
     * Skips COPY data up to and including its end marker line, showing each chunk to {@code chunks} first (the end
     * marker line not included); false when the input ends first.
     */
    boolean skipCopyData(CopyChunks chunks) throws IOException {
        while (true) {
            int available = copyChunk(Integer.MAX_VALUE);
            if (available == COPY_END) {
                return true;
            }
            if (available == COPY_EOF) {
                return false;
            }
            chunks.accept(buffer, position, position + available, number + 1);
            advance(available);
        }
    }

    /** {@link #readCopyData}: the end marker line has been read. */
    static final int COPY_END = -1;

    /** {@link #readCopyData}: the input ended before the end marker. */
    static final int COPY_EOF = -2;

    /**
     * The number of COPY data bytes at {@link #position} (at most {@code max}) that are certainly not part of the
     * end marker line, reading more input if needed; or {@link #COPY_END} after consuming the marker line, or
     * {@link #COPY_EOF}.
     */
    private int copyChunk(int max) throws IOException {
        if (position == limit && !fill()) {
            if (!atLineStart) {
                number++; // the last line, without a line break
                atLineStart = true;
            }
            length = 0;
            return COPY_EOF;
        }
        int at = position;
        boolean lineStart = atLineStart;
        while (true) {
            int end = (int) Math.min(limit, (long) position + max);
            if (at >= end) {
                return end - position;
            }
            if (lineStart && buffer[at] == '\\') {
                if (limit - at < 4 && !endOfInput) {
                    if (at > position) {
                        return at - position;
                    }
                    fillMore();
                    at = position;
                    continue;
                }
                int marker = markerLength(at);
                if (marker > 0) {
                    if (at > position) {
                        return at - position;
                    }
                    System.arraycopy(buffer, at, line(marker), 0, marker);
                    length = marker;
                    position = at + marker;
                    number++;
                    atLineStart = true;
                    return COPY_END;
                }
            }
            int newline = ByteScan.indexOf(buffer, at, end, (byte) '\n');
            if (newline < 0) {
                return end - position;
            }
            at = newline + 1;
            lineStart = true;
        }
    }

    /** The length of the end marker line at {@code at} ("\\." then a line break or the end of input), or 0. */
    private int markerLength(int at) {
        int available = limit - at;
        if (available < 2 || buffer[at + 1] != '.') {
            return 0;
        }
        if (available == 2) {
            return endOfInput ? 2 : 0;
        }
        if (buffer[at + 2] == '\n') {
            return 3;
        }
        if (buffer[at + 2] == '\r') {
            if (available == 3) {
                return 0;
            }
            return buffer[at + 3] == '\n' ? 4 : 0;
        }
        return 0;
    }

    /** Consumes {@code count} COPY data bytes at {@link #position}, counting their line breaks. */
    private void advance(int count) {
        int lines = ByteScan.count(buffer, position, position + count, (byte) '\n');
        number += lines;
        position += count;
        atLineStart = buffer[position - 1] == '\n';
        length = 0;
    }

    private byte[] line(int capacity) {
        if (line.length < capacity) {
            line = new byte[capacity];
        }
        return line;
    }

    private void append(int count) throws IOException {
        if (length + count > line.length) {
            if (length + count > MAX_LINE_LENGTH) {
                throw new IOException("line " + (number + 1) + " is longer than " + MAX_LINE_LENGTH
                        + " bytes; this is not a SQL script");
            }
            line = Arrays.copyOf(line, Math.max(length + count, Math.min(MAX_LINE_LENGTH, line.length * 2)));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
    }

    /** The current line's bytes, valid up to {@link #length()} and until the next call of {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    /** The current line's length in bytes, including its line break. */
    int length() {
        return length;
    }

    /** The current line's 1-based number; 0 before the first line. */
    int number() {
        return number;
    }

    /** Whether the current line is a COPY end marker: exactly {@code \.} followed by a line break or the end. */
    boolean isCopyTerminator() {
        if (length < 2 || line[0] != '\\' || line[1] != '.') {
            return false;
        }
        return length == 2 || (length == 3 && line[2] == '\n') || (length == 4 && line[2] == '\r' && line[3] == '\n');
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
