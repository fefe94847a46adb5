package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.spi.PostgresServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Loads table data on extra sessions while the main session goes on, the part of {@code pg_restore -j} that pays
 * off for test fixtures: every TABLE DATA entry depends only on its table, created in the pre-data section, and no
 * two of them touch the same table, so they may run at once. Everything else stays on the main session; the caller
 * waits ({@link #awaitAll}) before post-data entries, before the ACL passes, and before any entry that depends on a
 * load still running.
 *
 * <p>Sessions are opened when the first load is submitted and closed by {@link #close()}. After a load fails no
 * further load starts; the failure is thrown by the next {@link #submit} or {@link #awaitAll}.
 *
 * <p>Not thread-safe: driven by the restoring thread only. Internal, not API.
 */
final class RestoreWorkers implements AutoCloseable {

    private final int jobs;
    private final RestoreContext context;
    private final PostgresServer server;
    private final String database;
    private final RestoreSteps steps;
    private final RestorePlan plan;
    private final Map<Integer, Future<?>> inFlight = new LinkedHashMap<>();
    /** The TABLE DATA entry loading each table (by dump id), for entries that depend on the table. */
    private final Map<Integer, Integer> loadOfTable = new HashMap<>();

    private final List<RestoreSession> sessions = new ArrayList<>();
    private BlockingQueue<RestoreSession> idle;
    private ExecutorService executor;

    RestoreWorkers(
            int jobs,
            RestoreContext context,
            PostgresServer server,
            String database,
            RestoreSteps steps,
            RestorePlan plan) {
        this.jobs = jobs;
        this.context = context;
        this.server = server;
        this.database = database;
        this.steps = steps;
        this.plan = plan;
    }

    /** Whether a step is a table load that may run on a worker. */
    static boolean isParallelLoad(RestorePlan.Step step) {
        return step.pass() == RestorePlan.Pass.MAIN
                && step.loadsData()
                && !step.runsDefinition()
                && step.entry().hasData()
                && step.entry().desc().equals("TABLE DATA");
    }

    /** Starts loading {@code step}'s table on a free worker session (waiting for one if all are busy). */
    void submit(RestorePlan.Step step) {
        rethrowFailures(false);
        if (executor == null) {
            start();
        }
        RestoreSession session;
        try {
            session = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FixtureRestoreException(
                    "Restoring " + context.location() + " was interrupted", context.location(), 0, e);
        }
        rethrowFailures(false);
        for (int id : step.entry().dependencies()) {
            TocEntry table = plan.entry(id);
            if (table != null && table.desc().equals("TABLE")) {
                loadOfTable.put(id, step.entry().dumpId());
            }
        }
        inFlight.put(step.entry().dumpId(), executor.submit(() -> {
            try {
                steps.restore(step, session);
            } finally {
                idle.add(session);
            }
            return null;
        }));
    }

    /** Whether a load may still be running. */
    boolean busy() {
        return inFlight.values().stream().anyMatch(load -> !load.isDone());
    }

    /** Whether a load {@code entry} depends on (see {@link #awaitDependencies}) may still be running. */
    boolean waitsForLoad(TocEntry entry) {
        for (int id : entry.dependencies()) {
            Future<?> load = inFlight.get(id);
            if (load == null && loadOfTable.containsKey(id)) {
                load = inFlight.get(loadOfTable.get(id));
            }
            if (load != null && !load.isDone()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits for the loads {@code entry} depends on: loads it names as dependencies, and the loads of the tables it
     * names (an index, a constraint, a comment on a table wait for its data); throws the first failure of any load.
     */
    void awaitDependencies(TocEntry entry) {
        rethrowFailures(false);
        for (int id : entry.dependencies()) {
            Future<?> load = inFlight.get(id);
            if (load == null && loadOfTable.containsKey(id)) {
                load = inFlight.get(loadOfTable.get(id));
            }
            if (load != null && !load.isDone()) {
                try {
                    load.get();
                } catch (ExecutionException e) {
                    rethrowFailures(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FixtureRestoreException(
                            "Restoring " + context.location() + " was interrupted", context.location(), 0, e);
                }
            }
        }
        rethrowFailures(false);
    }

    /** Waits for every submitted load; throws the first failure (others attached as suppressed). */
    void awaitAll() {
        rethrowFailures(true);
    }

    private void rethrowFailures(boolean wait) {
        FixtureRestoreException first = null;
        for (var iterator = inFlight.values().iterator(); iterator.hasNext(); ) {
            Future<?> load = iterator.next();
            if (!wait && !load.isDone()) {
                continue;
            }
            try {
                load.get();
            } catch (ExecutionException e) {
                FixtureRestoreException failure = e.getCause() instanceof FixtureRestoreException restore
                        ? restore
                        : new FixtureRestoreException(
                                "Restoring " + context.location() + " failed in a parallel table load: " + e.getCause(),
                                context.location(),
                                0,
                                e.getCause());
                if (first == null) {
                    first = failure;
                    wait = true; // let the other loads finish before the caller closes their sessions
                } else {
                    first.addSuppressed(failure);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FixtureRestoreException(
                        "Restoring " + context.location() + " was interrupted", context.location(), 0, e);
            }
            iterator.remove();
        }
        if (first != null) {
            throw first;
        }
    }

    private void start() {
        idle = new ArrayBlockingQueue<>(jobs);
        for (int i = 0; i < jobs; i++) {
            RestoreSession session = RestoreSession.open(context, server, database);
            sessions.add(session);
            idle.add(session);
        }
        executor = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "rehearsal-restore-" + database);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Closes the sessions. Loads still running mean the restore is failing elsewhere: their statements are cancelled
     * and waited for (their failures are not reported; the first failure already is).
     */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
            if (inFlight.values().stream().anyMatch(load -> !load.isDone())) {
                for (RestoreSession session : sessions) {
                    session.cancel();
                }
            }
            try {
                executor.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (RestoreSession session : sessions) {
            session.close();
        }
    }
}
