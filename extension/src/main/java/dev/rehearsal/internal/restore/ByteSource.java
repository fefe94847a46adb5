package dev.rehearsal.internal.restore;

import java.io.IOException;
import java.io.InputStream;

/**
 * Something that can be opened again and again and yields the same bytes each time (a file or a classpath
 * resource), so a script can be read twice: once to check it, once to run it.
 *
 * <p>Internal, not API.
 */
@FunctionalInterface
public interface ByteSource {

    /** A new stream over the bytes; the caller closes it. */
    InputStream open() throws IOException;
}
