package dev.rehearsal.internal.migrate;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a new connection to the database a migration tool works on; the caller closes it.
 *
 * <p>Internal, not API.
 */
@FunctionalInterface
public interface ConnectionSource {

    /** A new connection to the target database, in autocommit mode. */
    Connection open() throws SQLException;
}
