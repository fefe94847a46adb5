package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;

/**
 * Loads the COPY data of a plain script on extra sessions while the script goes on, the part of {@code pg_restore
 * -j} a script allows: a COPY into an {@linkplain CopyTarget#independent() independent} table whose data is small
 * enough to hold in memory ({@link #MAX_BUFFERED}) is queued for the worker sessions, and the script reader moves on
 * to the next COPY (a large one streams on the main session meanwhile; at most {@link #MAX_QUEUED} bytes wait). Anything else waits for the loads first
 * ({@link #awaitAll}): every other statement and meta-command, and a COPY into a table still being loaded. So the
 * statements run in the script's order, and only loads of different tables, none of which can see the others,
 * overlap; the database ends up as psql would leave it.
 *
 * <p>The workers also take index builds of the post-data part ({@link IndexBuild}) when one of them is idle; while
 * they run, the script's session builds the next ones on other tables ({@link ScriptCopyIn#indexBuild}).
 *
 * <p>A worker session runs with the main session's settings ({@code search_path}, {@code role}, …, read from the
 * server when they may have changed, see {@link #settingsMayHaveChanged}). After a load fails no further load
 * starts; its failure is thrown by the next {@link #submit} or {@link #awaitAll}, as the failure of its COPY
 * statement with the line of the bad data.
 *
 * <p>Not thread-safe: driven by the restoring thread only. Internal, not API.
 */
final class ParallelCopies implements AutoCloseable {

    /** COPY data up to this size is loaded on a worker session; larger data streams on the main session. */
    static final int MAX_BUFFERED = 8 << 20;

    /** How much COPY data may wait for a worker session at once. */
    static final int MAX_QUEUED = 32 << 20;

    /** Worker sessions: one per core beyond the main session's, at most three, none on a single core. */
    static final int WORKERS = Math.max(0, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));

    /** Reports the failure of a COPY: its statement, the line its data starts on, the error. */
    @FunctionalInterface
    interface Failures {
        FixtureRestoreException copyFailed(SqlStatement copy, int dataLine, SQLException error);
    }

    private record Load(SqlStatement copy, int dataLine, Future<?> future) {}

    /** Made when a worker thread first needs its session, closed by {@link #close()}. */
    private final ThreadLocal<Worker> threadWorker = new ThreadLocal<>();

    private final PostgresServer server;
    private final String database;
    private final int workers;
    private final Failures failures;
    private final Map<Long, Load> inFlight = new LinkedHashMap<>();
    private final List<Worker> sessions = Collections.synchronizedList(new ArrayList<>());
    private final Semaphore queued = new Semaphore(MAX_QUEUED);
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean failed;
    private ExecutorService executor;
    private boolean settingsChanged = true;
    private List<Setting> settings = List.of();

    ParallelCopies(PostgresServer server, String database, int workers, Failures failures) {
        this.server = server;
        this.database = database;
        this.workers = workers;
        this.failures = failures;
    }

    /** Whether loads may be handed to worker sessions at all. */
    boolean enabled() {
        return workers > 0;
    }

    /** Whether the table with {@code oid} may still be being loaded. */
    boolean loading(long oid) {
        return inFlight.containsKey(oid);
    }

    /** The main session ran something that may have changed its settings; read them again before the next load. */
    void settingsMayHaveChanged() {
        settingsChanged = true;
    }

    /**
     * Queues {@code data} to be loaded into {@code target} with {@code copy} on a worker session with the settings
     * {@code main} has (waiting while {@link #MAX_QUEUED} bytes wait already); false (nothing done) when they cannot
     * be read, and the caller loads the data itself.
     */
    boolean submit(Connection main, SqlStatement copy, int dataLine, CopyTarget target, byte[] data) {
        rethrowFailures(false);
        if (!readSettings(main)) {
            return false;
        }
        try {
            queued.acquire(data.length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.copyFailed(copy, dataLine, new SQLException("interrupted", e));
        }
        List<Setting> wanted = settings;
        start(target.oid(), copy, dataLine, () -> {
            try {
                worker().load(wanted, copy, target, data);
            } finally {
                queued.release(data.length);
            }
        });
        return true;
    }

    /**
     * Runs {@code sql}, an index build on the table with {@code oid} ({@link IndexBuild}), on a worker session with
     * the settings {@code main} has, if one is idle; false (nothing done) otherwise.
     */
    boolean submitIndexBuild(Connection main, SqlStatement sql, long oid) {
        rethrowFailures(false);
        if (busy.get() >= workers || !readSettings(main)) {
            return false;
        }
        List<Setting> wanted = settings;
        start(oid, sql, sql.line(), () -> worker().run(wanted, sql));
        return true;
    }

    /** Work for a worker session. */
    private interface Task {
        void run() throws SQLException, IOException;
    }

    private void start(long oid, SqlStatement sql, int dataLine, Task task) {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(workers, runnable -> {
                Thread thread = new Thread(runnable, "rehearsal-copy-" + database);
                thread.setDaemon(true);
                return thread;
            });
        }
        busy.incrementAndGet();
        inFlight.put(oid, new Load(sql, dataLine, executor.submit(() -> {
            try {
                if (!failed) {
                    task.run();
                }
            } catch (SQLException | IOException | RuntimeException e) {
                failed = true;
                throw e;
            } finally {
                busy.decrementAndGet();
            }
            return null;
        })));
    }

    /** Reads the main session's settings if they may have changed; false if that fails. */
    private boolean readSettings(Connection main) {
        if (settingsChanged) {
            try {
                settings = sessionSettings(main);
            } catch (SQLException e) {
                return false;
            }
            settingsChanged = false;
        }
        return true;
    }

    /** The session of the current worker thread. */
    private Worker worker() throws SQLException {
        Worker worker = threadWorker.get();
        if (worker == null) {
            worker = new Worker(ScriptExecution.openConnection(server, database));
            sessions.add(worker);
            threadWorker.set(worker);
        }
        return worker;
    }

    /** Waits for every load; throws the first failure (others attached as suppressed). Whether any was waited for. */
    boolean awaitAll() {
        boolean any = !inFlight.isEmpty();
        rethrowFailures(true);
        return any;
    }

    private void rethrowFailures(boolean wait) {
        FixtureRestoreException first = null;
        for (var iterator = inFlight.values().iterator(); iterator.hasNext(); ) {
            Load load = iterator.next();
            if (!wait && !load.future().isDone()) {
                continue;
            }
            try {
                load.future().get();
            } catch (ExecutionException e) {
                SQLException error = e.getCause() instanceof SQLException sql
                        ? sql
                        : new SQLException("the parallel load failed: " + e.getCause(), e.getCause());
                FixtureRestoreException failure = failures.copyFailed(load.copy(), load.dataLine(), error);
                if (first == null) {
                    first = failure;
                    wait = true; // let the other loads end before the caller closes their sessions
                } else {
                    first.addSuppressed(failure);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failures.copyFailed(load.copy(), load.dataLine(), new SQLException("interrupted", e));
            }
            iterator.remove();
        }
        if (first != null) {
            throw first;
        }
    }

    /** A setting of the main session a worker session takes over. */
    private record Setting(String name, String value) {}

    /**
     * The main session's settings that a worker needs: those set in the session, then its session user and role
     * (set last: a role may not change the others).
     */
    private static List<Setting> sessionSettings(Connection main) throws SQLException {
        List<Setting> result = new ArrayList<>();
        String sql = "SELECT name, setting FROM pg_catalog.pg_settings WHERE source = 'session'"
                + " AND name NOT IN ('client_encoding', 'transaction_isolation', 'transaction_read_only',"
                + " 'transaction_deferrable')"
                + " UNION ALL SELECT 'session_authorization', pg_catalog.current_setting('session_authorization')"
                + " UNION ALL SELECT 'role', pg_catalog.current_setting('role')";
        try (Statement statement = main.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.add(new Setting(rows.getString(1), rows.getString(2)));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Stops the workers. Loads still running mean the restore is failing: their statements are cancelled and waited
     * for (their failures are not reported; the first failure already is).
     */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
            if (inFlight.values().stream().anyMatch(load -> !load.future().isDone())) {
                failed = true; // queued loads do not start
                synchronized (sessions) {
                    sessions.forEach(Worker::cancel);
                }
            }
            try {
                executor.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (sessions) {
            sessions.forEach(Worker::close);
        }
        inFlight.clear();
    }

    /** One worker session. */
    private static final class Worker {
        private final Connection connection;
        private List<Setting> applied = List.of();

        Worker(Connection connection) {
            this.connection = connection;
        }

        void load(List<Setting> settings, SqlStatement copy, CopyTarget target, byte[] data)
                throws SQLException, IOException {
            if (!settings.equals(applied)) {
                apply(settings);
            }
            try (Statement statement = connection.createStatement()) {
                statement.setEscapeProcessing(false);
                statement.execute("BEGIN; TRUNCATE ONLY " + target.table());
                boolean done = false;
                try {
                    connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn(copy.text(), new ByteArrayInputStream(data), 1 << 16);
                    statement.execute("COMMIT");
                    done = true;
                } finally {
                    if (!done) {
                        statement.execute("ROLLBACK");
                    }
                }
            }
        }

        void run(List<Setting> settings, SqlStatement sql) throws SQLException {
            if (!settings.equals(applied)) {
                apply(settings);
            }
            try (Statement statement = connection.createStatement()) {
                statement.setEscapeProcessing(false);
                statement.execute(sql.text());
                while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                    // drain
                }
            }
        }

        /** Resets the session, then sets what the main session has set. */
        private void apply(List<Setting> settings) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION AUTHORIZATION DEFAULT; RESET ROLE; RESET ALL");
            }
            try (PreparedStatement set = connection.prepareStatement("SELECT pg_catalog.set_config(?, ?, false)")) {
                for (Setting setting : settings) {
                    if (setting.name().equals("session_authorization")) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("SET SESSION AUTHORIZATION " + Roles.quoteIdentifier(setting.value()));
                        }
                    } else if (!setting.name().equals("role")
                            || !setting.value().equals("none")) {
                        set.setString(1, setting.name());
                        set.setString(2, setting.value());
                        set.executeQuery().close();
                    }
                }
            }
            applied = settings;
        }

        void cancel() {
            try {
                connection.unwrap(PGConnection.class).cancelQuery();
            } catch (SQLException e) {
                // the restore is failing already
            }
        }

        void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing depends on a clean close
            }
        }
    }
}
