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
import java.util.TreeMap;

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
 *   <li>rows changed: per table, the differences of {@code pg_stat_user_tables.n_tup_ins / n_tup_upd / n_tup_del}
 *       over the same window, as PostgreSQL published them: a backend publishes its counters when idle, but at most
 *       once a second and otherwise only after 10 s of idleness (PGSTAT_MIN_INTERVAL / PGSTAT_IDLE_INTERVAL), which
 *       another session cannot force, so rows of a quick migration can show on a later one. At the end of the run the
 *       profiler waits (up to {@value #FLUSH_WAIT_MILLIS} ms) until the tool's sessions are gone (a backend publishes
 *       everything when it exits): the sum over the run is complete.
 * </ul>
 *
 * <p>A profiling failure never changes how the migration run ends: the profile is then left incomplete and logged.
 * Not thread-safe beyond the monitor thread it owns. Internal, not API.
 */
public final class Profiler implements MigrationListener, AutoCloseable {
    static final int POLL_MILLIS = 5;
    static final long FLUSH_WAIT_MILLIS = 3000;
    private static final System.Logger LOG = System.getLogger(Profiler.class.getName());
    private static final String TABLES = "SELECT c.oid, n.nspname || '.' || c.relname, c.relfilenode, c.relkind"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'm', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";
    private static final String COUNTERS = "SELECT relid, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables";

    private final Connection monitor;
    private final LockPoller locks;
    private final boolean forceFlush;
    private final Map<String, MigrationRecord.Profile> profiles = new LinkedHashMap<>();
    private Window window;

    private Profiler(Connection monitor, LockPoller locks, boolean forceFlush) {
        this.monitor = monitor;
        this.locks = locks;
        this.forceFlush = forceFlush;
    }

    /**
     * Starts profiling the database {@code database} opens; {@code admin} opens a connection to another database of
     * the same server (the lock poller's, so that its own activity never shows in the migrated database's counters).
     */
    public static Profiler start(ConnectionSource database, ConnectionSource admin) throws SQLException {
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
            boolean forceFlush = monitor.getMetaData().getDatabaseMajorVersion() >= 15;
            LockPoller poller = LockPoller.start(admin.open(), oid, pid);
            return new Profiler(monitor, poller, forceFlush);
        } catch (SQLException | RuntimeException e) {
            monitor.close();
            throw e;
        }
    }

    @Override
    public void starting(String id) {
        closeWindow();
        try {
            window = new Window(id, System.nanoTime(), tables(), counters());
            locks.window(id);
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
    }

    /** Ends the last migration's window (the run is over, everything committed) and returns every profile by id. */
    public Map<String, MigrationRecord.Profile> finish() {
        awaitToolSessionsGone();
        closeWindow();
        return Map.copyOf(profiles);
    }

    @Override
    public void close() {
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
            Map<Long, long[]> countersAfter = counters();
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
            List<MigrationRecord.Rows> rows = new ArrayList<>();
            countersAfter.forEach((oid, now) -> {
                long[] before = closing.counters.getOrDefault(oid, new long[3]);
                long inserted = now[0] - before[0];
                long updated = now[1] - before[1];
                long deleted = now[2] - before[2];
                Table table = after.get(oid);
                if (table != null && (inserted != 0 || updated != 0 || deleted != 0)) {
                    rows.add(new MigrationRecord.Rows(table.name, inserted, updated, deleted));
                }
            });
            rewritten.sort(null);
            lockHolds.sort((a, b) -> a.table().compareTo(b.table()));
            rows.sort((a, b) -> a.table().compareTo(b.table()));
            profiles.put(
                    closing.id,
                    new MigrationRecord.Profile((end - closing.startedNanos) / 1_000_000, rewritten, lockHolds, rows));
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Rehearsal profile: migration " + closing.id + " not profiled", e);
        }
    }

    /** Waits until no other session is connected to the database: their backends published their counters. */
    private void awaitToolSessionsGone() {
        long deadline = System.nanoTime() + FLUSH_WAIT_MILLIS * 1_000_000;
        try (Statement statement = monitor.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(POLL_MILLIS * 4L);
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Rehearsal profile: waiting for the tool's sessions to end", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private Map<Long, long[]> counters() throws SQLException {
        Map<Long, long[]> counters = new TreeMap<>();
        try (Statement statement = monitor.createStatement();
                ResultSet rows = statement.executeQuery(COUNTERS)) {
            while (rows.next()) {
                counters.put(rows.getLong(1), new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4)});
            }
        }
        if (forceFlush) {
            // the monitor's own counters (it reads catalogs only) are published now, not during a later wait
            try (Statement statement = monitor.createStatement()) {
                statement.execute("SELECT pg_stat_force_next_flush()");
            }
        }
        return counters;
    }

    private record Table(String name, long filenode, char kind) {}

    /** One migration's measurement window. */
    private static final class Window {
        private final String id;
        private final long startedNanos;
        private final Map<Long, Table> tables;
        private final Map<Long, long[]> counters;
        private long finishedNanos;

        Window(String id, long startedNanos, Map<Long, Table> tables, Map<Long, long[]> counters) {
            this.id = id;
            this.startedNanos = startedNanos;
            this.tables = tables;
            this.counters = counters;
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
