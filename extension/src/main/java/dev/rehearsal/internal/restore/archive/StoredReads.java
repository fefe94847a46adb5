package dev.rehearsal.internal.restore.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the stored (compressed) bytes read from an archive's data parts, for progress lines; skipped bytes are not
 * counted.
 *
 * <p>Thread-safe: the streams it wraps may be read on several sessions' threads at once. Internal, not API.
 */
final class StoredReads {
    private final LongAdder count = new LongAdder();

    /** {@code raw}, counting what is read from it. */
    InputStream counting(InputStream raw) {
        return new FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count.increment();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count.add(n);
                }
                return n;
            }
        };
    }

    /** Bytes read so far through every stream this counted. */
    long total() {
        return count.sum();
    }
}
