package dev.rehearsal.internal.restore;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line (lines end after {@code \n}; the last line may lack it) without decoding it,
 * so a script of any size streams through a fixed buffer.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class LineReader implements Closeable {

    /** A single line longer than this is not a SQL script any more. */
    static final int MAX_LINE_LENGTH = 1 << 30;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean endOfInput;

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
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
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
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        if (read < 0) {
            endOfInput = true;
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
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
