package dev.rehearsal.internal.report;

import dev.rehearsal.internal.migrate.ConnectionSource;
import dev.rehearsal.internal.migrate.MigrationListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles each migration of one migration run while the tool applies it (a {@link MigrationListener}), from
 * connections of its own, never the tool's:
 *
 * <ul>
 *   <li>duration: from the tool's start of the migration to its end;
 *   <li>tables rewritten: ordinary tables and materialized views whose {@code pg_class.relfilenode} changed between
 *       the start of the migration and the start of the next one (or the end of the run), so after its commit;
 *   <li>ACCESS EXCLUSIVE locks: a monitor thread polls {@code pg_locks} every {@value #POLL_MILLIS} ms for granted
 *       {@code AccessExclusiveLock}s on relations of the migrated database held by any other backend (the database is
 *       private to the run: those are the tool's); a hold lasts from the first to the last poll that saw it, a lower
 *       bound within the poll interval; only tables that existed before the migration count (a table the migration
 *       creates is locked by nobody else's queries);
 *   <li>rows changed: per table, what the migration's committed transactions inserted, updated and deleted, counted
 *       by {@link CommittedRows} (PostgreSQL 15 or later; unknown otherwise).
 * </ul>
 *
 * <p>A profiling failure never changes how the migration run ends: the profile is then left incomplete and logged.
 * Not thread-safe beyond the monitor thread it owns. Internal, not API.
 */
public final class Profiler implements MigrationListener, AutoCloseable {
    static final int POLL_MILLIS = 5;
    private static final System.Logger LOG = System.getLogger(Profiler.class.getName());
    private static final String TABLES = "SELECT c.oid, n.nspname || '.' || c.relname, c.relfilenode, c.relkind"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'm', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

    private final Connection monitor;
    private final LockPoller locks;
    private final CommittedRows rows;
    private final Map<String, MigrationRecord.Profile> profiles = new LinkedHashMap<>();
    private Window window;

    private Profiler(Connection monitor, LockPoller locks, CommittedRows rows) {
        this.monitor = monitor;
        this.locks = locks;
        this.rows = rows;
    }

    /**
     * Starts profiling the database {@code database} opens; {@code admin} opens a connection to another database of
     * the same server (the lock poller's); {@code rows} watches the tool's connections (started here).
     */
    public static Profiler start(ConnectionSource database, ConnectionSource admin, CommittedRows rows)
            throws SQLException {
        Connection monitor = database.open();
        try {
            long oid;
            int pid;
            try (Statement statement = monitor.createStatement();
                    ResultSet row = statement.executeQuery("SELECT d.oid, pg_backend_pid()"
                            + " FROM pg_database d WHERE d.datname = current_database()")) {
                row.next();
                oid = row.getLong(1);
                pid = row.getInt(2);
            }
            LockPoller poller = LockPoller.start(admin.open(), oid, pid);
            rows.start(database);
            return new Profiler(monitor, poller, rows);
        } catch (SQLException | RuntimeException e) {
            monitor.close();
            throw e;
        }
    }

    @Override
    public void starting(String id) {
        closeWindow();
        try {
            window = new Window(id, System.nanoTime(), tables());
            locks.window(id);
            rows.migration(id);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Rehearsal profile: migration " + id + " not profiled", e);
            window = null;
        }
    }

    @Override
    public void finished(String id) {
        if (window != null && window.id.equals(id) && window.finishedNanos == 0) {
            window.finishedNanos = System.nanoTime();
        }
        rows.migration(null);
    }

    /**
     * Ends the last migration's window (the run is over, everything committed or rolled back) and returns every
     * profile by id, with the rows each migration committed (unknown: {@code null}).
     */
    public Map<String, MigrationRecord.Profile> finish() {
        closeWindow();
        Map<String, MigrationRecord.Profile> finished = new LinkedHashMap<>();
        profiles.forEach((id, p) -> finished.put(
                id,
                new MigrationRecord.Profile(
                        p.millis(), p.rewritten(), p.locks(), rows.rows(id).orElse(null))));
        return Map.copyOf(finished);
    }

    @Override
    public void close() {
        rows.close();
        locks.close();
        try {
            monitor.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Rehearsal profile: closing the monitor connection", e);
        }
    }

    private void closeWindow() {
        Window closing = window;
        window = null;
        if (closing == null) {
            return;
        }
        long end = closing.finishedNanos == 0 ? System.nanoTime() : closing.finishedNanos;
        try {
            Map<Long, Table> after = tables();
            Map<Long, Long> held = locks.window(null);
            List<String> rewritten = new ArrayList<>();
            closing.tables.forEach((oid, table) -> {
                Table now = after.get(oid);
                if (now != null && table.kind != 'p' && now.filenode != table.filenode) {
                    rewritten.add(now.name);
                }
            });
            List<MigrationRecord.Lock> lockHolds = new ArrayList<>();
            held.forEach((oid, nanos) -> {
                Table table = closing.tables.get(oid);
                if (table != null) {
                    lockHolds.add(new MigrationRecord.Lock(table.name, nanos / 1_000_000));
                }
            });
            rewritten.sort(null);
            lockHolds.sort((a, b) -> a.table().compareTo(b.table()));
            profiles.put(
                    closing.id,
                    new MigrationRecord.Profile((end - closing.startedNanos) / 1_000_000, rewritten, lockHolds, null));
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Rehearsal profile: migration " + closing.id + " not profiled", e);
        }
    }

    private Map<Long, Table> tables() throws SQLException {
        Map<Long, Table> tables = new HashMap<>();
        try (Statement statement = monitor.createStatement();
                ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.put(
                        rows.getLong(1),
                        new Table(
                                rows.getString(2),
                                rows.getLong(3),
                                rows.getString(4).charAt(0)));
            }
        }
        return tables;
    }

    private record Table(String name, long filenode, char kind) {}

    /** One migration's measurement window. */
    private static final class Window {
        private final String id;
        private final long startedNanos;
        private final Map<Long, Table> tables;
        private long finishedNanos;

        Window(String id, long startedNanos, Map<Long, Table> tables) {
            this.id = id;
            this.startedNanos = startedNanos;
            this.tables = tables;
        }
    }

    /**
     * The monitor thread: polls {@code pg_locks} (cluster-wide, read from another database) for ACCESS EXCLUSIVE
     * locks in the migrated database.
     */
    private static final class LockPoller implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement locks;
        private final Thread thread;
        private final Map<Long, long[]> seen = new HashMap<>();
        private volatile boolean stopped;
        private String window;

        private LockPoller(Connection connection, long database, int monitorPid) throws SQLException {
            this.connection = connection;
            this.locks = connection.prepareStatement("SELECT relation FROM pg_locks WHERE locktype = 'relation'"
                    + " AND mode = 'AccessExclusiveLock' AND granted AND database = ? AND pid <> ?");
            locks.setLong(1, database);
            locks.setInt(2, monitorPid);
            this.thread = new Thread(this::run, "rehearsal-profile-locks");
            thread.setDaemon(true);
        }

        static LockPoller start(Connection connection, long database, int monitorPid) throws SQLException {
            try {
                LockPoller poller = new LockPoller(connection, database, monitorPid);
                poller.poll();
                poller.thread.start();
                return poller;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        /** Starts attributing locks to {@code id} ({@code null}: to nobody); returns the previous window's holds. */
        synchronized Map<Long, Long> window(String id) {
            Map<Long, Long> held = new HashMap<>();
            seen.forEach((oid, times) -> held.put(oid, times[1] - times[0]));
            seen.clear();
            window = id;
            return held;
        }

        private void run() {
            while (!stopped) {
                try {
                    poll();
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                } catch (SQLException e) {
                    if (!stopped) {
                        LOG.log(System.Logger.Level.WARNING, "Rehearsal profile: lock polling stopped", e);
                    }
                    return;
                }
            }
        }

        private void poll() throws SQLException {
            long now = System.nanoTime();
            List<Long> relations = new ArrayList<>();
            try (ResultSet rows = locks.executeQuery()) {
                while (rows.next()) {
                    relations.add(rows.getLong(1));
                }
            }
            synchronized (this) {
                if (window != null) {
                    for (Long relation : relations) {
                        seen.computeIfAbsent(relation, k -> new long[] {now, now})[1] = now;
                    }
                }
            }
        }

        @Override
        public void close() {
            stopped = true;
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "Rehearsal profile: closing the lock poller's connection", e);
            }
        }
    }
}
