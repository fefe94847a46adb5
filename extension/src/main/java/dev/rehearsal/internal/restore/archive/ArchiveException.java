package dev.rehearsal.internal.restore.archive;

import java.io.IOException;

/**
 * A pg_dump archive that cannot be read: not an archive, truncated, corrupted, or of a version or compression this
 * reader does not understand. The message names the archive, what was expected, what was found and where (a byte
 * offset, a TOC entry or a member file), and how to fix it when that is known.
 *
 * <p>Failures to read the underlying file itself are plain {@link IOException}s. Internal, not API.
 */
public final class ArchiveException extends IOException {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
