package dev.rehearsal.internal.template;

import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Bounds the time of the work on one database Rehearsal builds (a restore, or the migrations of a template), on the
 * server's side: when the limit is reached it cancels ({@code pg_cancel_backend}) the statements running in that
 * database, whoever sent them (Rehearsal's restore, a migration tool's own connections, a {@code COMMAND} tool's
 * process, the statements Rehearsal itself runs there as the administrator), and keeps cancelling until the work
 * gives up; what it cancelled is remembered for the failure message.
 * A dump's own {@code SET statement_timeout = 0} cannot lift it.
 *
 * <ul>
 *   <li>{@link #total}: the whole work must end within the limit (the restore);
 *   <li>{@link #perStatement}: no statement may run longer than the limit (each migration's statements).
 * </ul>
 *
 * <p>The thread sleeps until the first moment the limit can be exceeded and opens no connection before: work that
 * ends in time costs nothing. {@link #close()} stops it; after a cancellation it also waits until no statement runs
 * in the database any more (terminating the sessions that outlive a cancel), so nothing keeps running.
 *
 * <p>Internal, not API.
 */
final class SessionWatchdog implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SessionWatchdog.class.getName());
    private static final long POLL_MILLIS = 250;

    private final PostgresServer server;
    private final String database;
    private final Duration limit;
    private final boolean total;
    private final Thread thread;
    private volatile boolean closed;
    private volatile String cancelled;

    private SessionWatchdog(PostgresServer server, String database, Duration limit, boolean total) {
        this.server = server;
        this.database = database;
        this.limit = limit;
        this.total = total;
        this.thread = new Thread(this::watch, "rehearsal-watchdog-" + database);
        thread.setDaemon(true);
        thread.start();
    }

    /** Cancels everything running in {@code database} once {@code limit} has passed since now. */
    static SessionWatchdog total(PostgresServer server, String database, Duration limit) {
        return new SessionWatchdog(server, database, limit, true);
    }

    /** Cancels any statement in {@code database} that has run longer than {@code limit}. */
    static SessionWatchdog perStatement(PostgresServer server, String database, Duration limit) {
        return new SessionWatchdog(server, database, limit, false);
    }

    /** Whether the limit was reached and statements were cancelled. */
    boolean fired() {
        return cancelled != null;
    }

    /** The first statement cancelled (as the server saw it), when the limit was reached. */
    String cancelledStatement() {
        return cancelled;
    }

    Duration limit() {
        return limit;
    }

    private void watch() {
        if (!pause(limit.toMillis())) {
            return;
        }
        String sql = "SELECT pid, query, pg_catalog.pg_cancel_backend(pid) FROM pg_catalog.pg_stat_activity"
                + " WHERE datname = ? AND pid <> pg_catalog.pg_backend_pid() AND state = 'active'"
                + (total ? "" : " AND now() - query_start > ? * interval '1 millisecond'");
        try (Connection connection = canceller();
                PreparedStatement cancel = connection.prepareStatement(sql)) {
            cancel.setString(1, database);
            if (!total) {
                cancel.setLong(2, limit.toMillis());
            }
            while (!closed) {
                try (ResultSet rows = cancel.executeQuery()) {
                    while (rows.next()) {
                        if (cancelled == null) {
                            cancelled = rows.getString(2);
                        }
                        long pid = rows.getLong(1);
                        LOG.log(
                                System.Logger.Level.WARNING,
                                () -> "Rehearsal: cancelled backend " + pid + " in " + database + " after "
                                        + TimeLimits.describe(limit));
                    }
                }
                if (!pause(POLL_MILLIS)) {
                    return;
                }
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "Rehearsal's time limit on " + database + " could not act", e);
        }
    }

    /**
     * The session that cancels: the server's administrator where it has one (the confined embedded server), so that
     * the statements Rehearsal runs there for the restore (ownership and role statements, {@code
     * internal.restore.OwnershipDelegate}) are cancelled too, which the restoring user may not do; else the user's.
     */
    private Connection canceller() throws SQLException {
        Optional<Connection> admin = server.connectAsAdministrator(server.maintenanceDatabase());
        return admin.isPresent() ? admin.get() : server.connect(server.maintenanceDatabase());
    }

    /** Sleeps; false when closed meanwhile. */
    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fired()) {
            settle();
        }
    }

    /** After a cancellation: no statement may keep running in the database (terminated after 5 s of cancels). */
    private void settle() {
        String active = "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE datname = ?"
                + " AND pid <> pg_catalog.pg_backend_pid() AND state = 'active'";
        try (Connection connection = canceller();
                PreparedStatement count = connection.prepareStatement(active);
                PreparedStatement cancel = connection.prepareStatement(
                        "SELECT pg_catalog.pg_cancel_backend(pid) FROM pg_catalog.pg_stat_activity"
                                + " WHERE datname = ? AND pid <> pg_catalog.pg_backend_pid() AND state = 'active'");
                PreparedStatement terminate = connection.prepareStatement(
                        "SELECT pg_catalog.pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity"
                                + " WHERE datname = ? AND pid <> pg_catalog.pg_backend_pid() AND state = 'active'")) {
            count.setString(1, database);
            cancel.setString(1, database);
            terminate.setString(1, database);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (true) {
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    terminate.executeQuery().close();
                    return;
                }
                cancel.executeQuery().close();
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "Rehearsal could not check that " + database + " is quiet", e);
        }
    }
}
