package dev.rehearsal.internal.restore.archive;

import java.io.IOException;
import java.io.InputStream;

/**
 * The payload of one data item in a custom archive: a sequence of chunks, each an integer length followed by that
 * many bytes, ended by a length of 0 ({@code _CustomReadFunc()} in pg_backup_custom.c). The concatenated chunk
 * bytes form one (possibly compressed) stream.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class ChunkedInputStream extends InputStream {

    private final ArchiveInput in;
    private final InputStream underlying;
    private final boolean closeUnderlying;
    private final String what;
    private long remaining;
    private boolean ended;

    /**
     * @param in the archive positioned at the first chunk length
     * @param underlying the stream {@code in} reads from, closed with this one if {@code closeUnderlying}
     * @param what what the chunks belong to, for messages
     */
    ChunkedInputStream(ArchiveInput in, InputStream underlying, boolean closeUnderlying, String what) {
        this.in = in;
        this.underlying = underlying;
        this.closeUnderlying = closeUnderlying;
        this.what = what;
    }

    private boolean nextChunk() throws IOException {
        while (!ended && remaining == 0) {
            long at = in.position();
            long length = in.readInt(what + ": chunk length");
            if (length < 0) {
                throw in.corrupt(what + ": chunk length", at, "a length of 0 or more, found " + length);
            }
            if (length == 0) {
                ended = true;
            }
            remaining = length;
        }
        return !ended;
    }

    @Override
    public int read() throws IOException {
        if (!nextChunk()) {
            return -1;
        }
        remaining--;
        return in.readByte(what);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!nextChunk()) {
            return -1;
        }
        int count = in.read(buffer, offset, (int) Math.min(length, remaining), what);
        remaining -= count;
        return count;
    }

    /** Reads and discards the rest of the chunks, leaving the archive positioned after the terminating 0. */
    void skipRest() throws IOException {
        while (nextChunk()) {
            in.skip(remaining, what);
            remaining = 0;
        }
    }

    @Override
    public void close() throws IOException {
        ended = true;
        if (closeUnderlying) {
            underlying.close();
        }
    }
}
