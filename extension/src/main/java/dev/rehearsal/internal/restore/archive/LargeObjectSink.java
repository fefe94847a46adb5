package dev.rehearsal.internal.restore.archive;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives the large objects of a {@code BLOBS} entry, one at a time, from {@link Archive#readLargeObjects}.
 *
 * <p>Internal, not API.
 */
@FunctionalInterface
public interface LargeObjectSink {

    /**
     * Called once per large object, in archive order.
     *
     * @param oid the large object's OID (unsigned 32-bit, hence a long)
     * @param data its decompressed bytes; valid only during this call, need not be read to the end and must not be
     *     closed by the sink (the reader skips what is left)
     * @throws IOException to abort reading; it propagates out of {@link Archive#readLargeObjects}
     */
    void largeObject(long oid, InputStream data) throws IOException;
}
