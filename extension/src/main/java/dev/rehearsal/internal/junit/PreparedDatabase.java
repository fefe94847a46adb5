package dev.rehearsal.internal.junit;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.internal.db.DefaultRestoredDatabase;
import dev.rehearsal.internal.template.TemplateCache;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One test's database: dropped when JUnit closes the Store entry, unless {@link #keep} was called (the test failed,
 * or {@code rehearsal.keep} says so). A {@link StoreResource}, so that every JUnit from 5.10 on closes it, exactly once.
 */
final class PreparedDatabase implements StoreResource {
    private final TemplateCache cache;
    private final RestoredDatabase database;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean kept;

    PreparedDatabase(TemplateCache cache, RestoredDatabase database) {
        this.cache = cache;
        // the test's execute/query reuse their connections, closed in close() before the copy is dropped or kept
        this.database = database instanceof DefaultRestoredDatabase own ? own.reusingSessions() : database;
    }

    RestoredDatabase database() {
        return database;
    }

    /** Keeps the database for inspection; returns the note to print ({@code why}: e.g. "of the failed test"). */
    String keep(String why) {
        kept = true;
        String note = "Rehearsal kept the database " + why + " for inspection: " + database.jdbcUrl() + " (user "
                + database.username() + ", restored from " + database.fixture().describe() + ").";
        java.util.Optional<String> command = cache.connectCommand(database.databaseName());
        if (command.isPresent()) {
            note += " It stays in the persistent cache until the next run starts. " + command.get();
        } else if ("embedded".equals(cache.server().providerName())) {
            note += " The embedded server stops when the test run ends: inspect it while the JVM runs (e.g. paused"
                    + " in a debugger), or use rehearsal.provider=external to keep it after the run.";
        }
        return note;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (database instanceof DefaultRestoredDatabase own) {
                own.closeSessions();
            }
            if (!kept) {
                cache.drop(database.databaseName());
            }
        }
    }
}
