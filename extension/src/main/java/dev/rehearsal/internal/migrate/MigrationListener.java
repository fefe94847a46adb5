package dev.rehearsal.internal.migrate;

/**
 * Told when a tool starts and finishes applying one migration, on the thread that applies it: the per-migration
 * profile's boundaries. Called from {@link AbstractToolMigrations#applyOne} (every tool that applies migrations
 * itself), Flyway's callback ({@code FlywayRecorder}), Liquibase's change-set listener and the {@code COMMAND} tool
 * (around the command, when exactly one migration is pending); the template cache installs
 * a listener for the duration of one migration run with {@link #during}. Elsewhere (a test's own {@code deploy()})
 * the current listener does nothing.
 *
 * <p>A thread-local rather than a member of the tools' context: a run's listener reaches Flyway's and Liquibase's
 * callbacks without passing through their libraries, and can never leak into another run (every tool applies
 * migrations on the calling thread).
 *
 * <p>Internal, not API.
 */
public interface MigrationListener {

    /** A listener that does nothing. */
    MigrationListener NONE = new MigrationListener() {
        @Override
        public void starting(String id) {}

        @Override
        public void finished(String id) {}
    };

    /** The migration {@code id} (the id {@code status()} reports) is about to run. */
    void starting(String id);

    /** The migration {@code id} ended, applied or failed (called in a {@code finally}). */
    void finished(String id);

    /** The listener of the migration run on this thread, {@link #NONE} outside one. */
    static MigrationListener current() {
        MigrationListener listener = Holder.CURRENT.get();
        return listener == null ? NONE : listener;
    }

    /** Runs {@code run} with {@code listener} as this thread's {@link #current()} listener. */
    static void during(MigrationListener listener, Runnable run) {
        MigrationListener previous = Holder.CURRENT.get();
        Holder.CURRENT.set(listener);
        try {
            run.run();
        } finally {
            if (previous == null) {
                Holder.CURRENT.remove();
            } else {
                Holder.CURRENT.set(previous);
            }
        }
    }

    /** The thread-local behind {@link #current()}. */
    final class Holder {
        private static final ThreadLocal<MigrationListener> CURRENT = new ThreadLocal<>();

        private Holder() {}
    }
}
