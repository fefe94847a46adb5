package dev.rehearsal.internal.migrate.scripts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Session-level advisory locks ({@code pg_advisory_lock(bigint)}), which the tools take for the length of a command
 * and which a dump never carries.
 *
 * <p>Internal, not API.
 */
public final class AdvisoryLock {
    private AdvisoryLock() {}

    /**
     * Waits for the lock; with a timeout, gives up after it.
     *
     * @return false when the timeout passed (another session holds the lock)
     */
    public static boolean lock(Connection connection, long key, Duration timeout) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            statement.setLong(1, key);
            if (!timeout.isZero()) {
                statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            }
            statement.execute();
            return true;
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Releases the lock; closing the connection would release it too. */
    public static void unlock(Connection connection, long key) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.execute();
        } catch (SQLException e) {
            // The connection is closed right after, which ends the session and its locks.
        }
    }
}
