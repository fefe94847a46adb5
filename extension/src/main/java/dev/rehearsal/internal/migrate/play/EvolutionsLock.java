package dev.rehearsal.internal.migrate.play;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Play's {@code useLocks} ({@code ApplicationEvolutions.withLock}) on PostgreSQL: a table {@code <metaTable>_lock (lock
 * int not null primary key)} with one row {@code 1}, created when the select on it fails, and locked with {@code
 * select lock from … where lock = 1 for update nowait} in a transaction held for the whole evolve (5 retries, one
 * second apart, then the error).
 */
final class EvolutionsLock {
    private static final int RETRIES = 5;
    private static final long PAUSE_MILLIS = 1000;

    private final Connection connection;

    private EvolutionsLock(Connection connection) {
        this.connection = connection;
    }

    static EvolutionsLock acquire(Connection connection, String lockTable) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            try {
                statement.executeQuery("select lock from " + lockTable).close();
            } catch (SQLException missing) {
                connection.rollback();
                statement.execute("create table " + lockTable + " (lock int not null primary key)");
                statement.executeUpdate("insert into " + lockTable + " (lock) values (1)");
            }
            for (int attempt = RETRIES; ; attempt--) {
                try {
                    statement.execute("select lock from " + lockTable + " where lock = 1 for update nowait");
                    return new EvolutionsLock(connection);
                } catch (SQLException busy) {
                    if (attempt == 0) {
                        throw busy;
                    }
                    connection.rollback();
                    pause();
                }
            }
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the Play evolutions lock", e);
        }
    }

    /** Commits the lock's transaction (releasing the row lock), ignoring errors as Play does. */
    void release() {
        try {
            connection.commit();
        } catch (SQLException ignored) {
            // Play ignores errors when releasing the lock
        }
    }
}
