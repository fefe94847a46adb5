package dev.rehearsal.internal.migrate;

import dev.rehearsal.RehearsalException;

/**
 * The migrations location or tool configuration is wrong: the location is missing, packaged in a jar, or its
 * layout matches no supported tool. Nothing ran. The JUnit glue reports it as a configuration error.
 *
 * <p>Internal, not API.
 */
public final class MigrationSetupException extends RehearsalException {
    private static final long serialVersionUID = 1L;

    public MigrationSetupException(String message) {
        super(message);
    }

    public MigrationSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
