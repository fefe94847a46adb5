package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.internal.spi.MigrationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Watches one Flyway run for the self-deadlock of Flyway's default PostgreSQL lock (flyway#3492 and its
 * duplicates): with {@code flyway.postgresql.transactional.lock=true} Flyway holds {@code pg_try_advisory_xact_lock}
 * in an open transaction on one connection while it runs the migration on another, so a {@code CREATE INDEX
 * CONCURRENTLY} (or {@code DROP INDEX CONCURRENTLY}, {@code REINDEX CONCURRENTLY}) there waits for that transaction
 * ({@code wait_event = 'virtualxid'}) forever, while the transaction waits for the migration to finish. A real
 * {@code flyway migrate} hangs; Rehearsal cancels the waiting statement, which makes the migration fail with SQLSTATE
 * 57014, and reports the hang.
 *
 * <p>Only a wait on a Flyway connection of this very run ({@code application_name}) that is idle in transaction
 * counts: that wait can never end, so nothing legitimate is cancelled.
 *
 * <p>Internal, not API.
 */
final class LockWatchdog {
    private static final long POLL_MILLIS = 200;
    private static final String FIND = "SELECT w.pid, w.query FROM pg_stat_activity w"
            + " WHERE w.application_name = ? AND w.wait_event_type = 'Lock' AND w.wait_event = 'virtualxid'"
            + " AND EXISTS (SELECT 1 FROM pg_stat_activity b WHERE b.pid = ANY (pg_blocking_pids(w.pid))"
            + " AND b.application_name = ? AND b.state LIKE 'idle in transaction%')";

    private final MigrationContext context;
    private final String applicationName;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private volatile String cancelledStatement;

    private LockWatchdog(MigrationContext context, String applicationName) {
        this.context = context;
        this.applicationName = applicationName;
        this.thread = new Thread(this::watch, "rehearsal-flyway-lock-watchdog");
        this.thread.setDaemon(true);
    }

    /** Starts watching the connections named {@code applicationName}. */
    static LockWatchdog start(MigrationContext context, String applicationName) {
        LockWatchdog watchdog = new LockWatchdog(context, applicationName);
        watchdog.thread.start();
        return watchdog;
    }

    /** The statement that was cancelled because it waited for Flyway's own lock transaction, if any. */
    Optional<String> cancelledStatement() {
        return Optional.ofNullable(cancelledStatement);
    }

    private void watch() {
        try (Connection connection = context.connect();
                PreparedStatement find = connection.prepareStatement(FIND);
                PreparedStatement cancel = connection.prepareStatement("SELECT pg_cancel_backend(?)")) {
            find.setString(1, applicationName);
            find.setString(2, applicationName);
            while (!stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                try (ResultSet rows = find.executeQuery()) {
                    if (rows.next()) {
                        cancelledStatement = rows.getString(2);
                        cancel.setInt(1, rows.getInt(1));
                        cancel.execute();
                    }
                }
            }
        } catch (SQLException e) {
            // The watchdog only helps; without it a hang stays a hang, as in production.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops watching (idempotent); waits for the watchdog's connection to close. */
    void stop() {
        stop.countDown();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
