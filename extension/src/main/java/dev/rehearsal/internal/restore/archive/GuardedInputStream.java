package dev.rehearsal.internal.restore.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns failures while reading a data stream (a truncated zlib stream, a damaged LZ4 frame…) into {@link
 * ArchiveException}s that name the archive and the entry, so that callers meet one documented exception.
 */
final class GuardedInputStream extends FilterInputStream {

    private final String context;

    /**
     * @param context what is being read, e.g. {@code TOC entry 3342 (TABLE DATA public legacy) of x.custom}
     */
    GuardedInputStream(InputStream in, String context) {
        super(in);
        this.context = context;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException | RuntimeException e) {
            throw wrap(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            throw wrap(e);
        }
    }

    @Override
    public long skip(long count) throws IOException {
        try {
            return super.skip(count);
        } catch (IOException | RuntimeException e) {
            throw wrap(e);
        }
    }

    private ArchiveException wrap(Exception e) {
        return failure(context, e);
    }

    /** The failure to report for an exception met while reading the data of {@code context}. */
    static ArchiveException failure(String context, Exception e) {
        if (e instanceof ArchiveException archive) {
            return archive;
        }
        return new ArchiveException(
                "Could not read the data of " + context + ": " + e.getMessage()
                        + "; the data is truncated or corrupted",
                e);
    }
}
