package dev.rehearsal.internal.restore;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A decompressing stream that counts what it delivered, so a failure deep inside a compressed script (a truncated
 * download, a damaged block) can say how far the script got and how to check the file.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class DecompressedInput extends FilterInputStream {

    private final DumpFormat format;
    private final String fileName;
    private long bytes;
    private long lines;

    DecompressedInput(InputStream decompressed, DumpFormat format, String fileName) {
        super(decompressed);
        this.format = format;
        this.fileName = fileName;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        int read;
        try {
            read = in.read(target, offset, length);
        } catch (IOException | RuntimeException e) {
            throw failure(format, fileName, bytes, lines, e);
        }
        if (read > 0) {
            bytes += read;
            lines += ByteScan.count(target, offset, offset + read, (byte) '\n');
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 1 << 13)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The failure of decompressing {@code fileName} after {@code bytes} bytes ({@code lines} whole lines). */
    static IOException failure(DumpFormat format, String fileName, long bytes, long lines, Exception cause) {
        String tool = format.compression();
        String where = bytes == 0
                ? "before any data"
                : "after " + bytes + " decompressed bytes (in line " + (lines + 1) + " of the script)";
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new IOException(
                "the " + tool + "-compressed data of " + fileName + " could not be decompressed " + where + ": "
                        + reason + ". The file is truncated or damaged (an interrupted download or copy?); check it"
                        + " with " + tool + " -t " + fileName + " and take or copy the backup again",
                cause);
    }
}
