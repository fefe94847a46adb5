package dev.rehearsal.internal.restore.archive;

import java.io.IOException;
import java.io.InputStream;

/**
 * Access to the data parts of one archive container (custom file, directory, tar), behind {@link Archive}.
 *
 * <p>Implementations open a fresh underlying stream per call, so calls may come from several threads.
 */
interface ArchiveData {

    /** The decompressed data part of an entry that has one (checked by the caller) and is not {@code BLOBS}. */
    InputStream open(TocEntry entry) throws IOException;

    /** Feeds the large objects of a {@code BLOBS} entry that has data (checked by the caller) to the sink. */
    void readLargeObjects(TocEntry entry, LargeObjectSink sink) throws IOException;

    /**
     * About how many bytes an entry's data takes in the archive (compressed), to load the largest tables first
     * like pg_restore {@code -j} ({@code _PrepParallelRestore()}); 0 when that cannot be told cheaply.
     */
    long storedSize(TocEntry entry);

    /** Stored bytes read so far from data parts (large objects included), over every stream opened, for progress. */
    long storedBytesRead();
}
