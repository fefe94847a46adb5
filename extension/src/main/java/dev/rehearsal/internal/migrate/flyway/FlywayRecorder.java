package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.internal.migrate.MigrationListener;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A Flyway {@link Callback} that records one migrate run: each migration's wall-clock time
 * ({@code BEFORE_EACH_MIGRATE} → {@code AFTER_EACH_MIGRATE}), whether it runs in a transaction (the migration
 * connection's auto-commit mode at {@code BEFORE_EACH_MIGRATE}: off inside the migration's transaction, on for a
 * non-transactional script), the failing migration ({@code AFTER_EACH_MIGRATE_ERROR}) and the failing statement
 * ({@code AFTER_EACH_MIGRATE_STATEMENT_ERROR}; Flyway Community fires the statement events from Flyway 10 on, 8 and 9
 * do not, and then the statement comes from Flyway's message). These events fire inside the migration's transaction,
 * which is aborted after an error: the recorder runs no SQL, it only remembers.
 *
 * <p>Internal, not API.
 */
final class FlywayRecorder implements Callback {

    /** A migration that finished in this run. */
    record Applied(String id, String description, Duration took) {}

    private final List<Applied> applied = new ArrayList<>();
    private long startedNanos;
    private MigrationInfo running;
    private Boolean runningInTransaction;
    private MigrationInfo failed;
    private Duration failedAfter;
    private String failingStatement;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR
                || event == Event.AFTER_EACH_MIGRATE_STATEMENT_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public synchronized void handle(Event event, Context context) {
        MigrationInfo migration = context.getMigrationInfo();
        switch (event) {
            case BEFORE_EACH_MIGRATE -> {
                MigrationListener.current().starting(FlywayIds.of(migration));
                startedNanos = System.nanoTime();
                running = migration;
                runningInTransaction = inTransaction(context);
            }
            case AFTER_EACH_MIGRATE -> {
                applied.add(new Applied(FlywayIds.of(migration), migration.getDescription(), since()));
                MigrationListener.current().finished(FlywayIds.of(migration));
                running = null;
                runningInTransaction = null;
            }
            case AFTER_EACH_MIGRATE_ERROR -> {
                failed = migration;
                failedAfter = since();
                MigrationListener.current().finished(FlywayIds.of(migration));
            }
            case AFTER_EACH_MIGRATE_STATEMENT_ERROR -> {
                if (context.getStatement() != null) {
                    failingStatement = context.getStatement().getSql();
                }
            }
            default -> {
                // not subscribed
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "rehearsal";
    }

    synchronized List<Applied> applied() {
        return List.copyOf(applied);
    }

    /** The migration that failed, or else the one that started and never finished (e.g. a parse error). */
    synchronized Optional<MigrationInfo> unfinished() {
        return failed != null ? Optional.of(failed) : Optional.ofNullable(running);
    }

    /** Whether the unfinished migration ran in a transaction; empty when unknown. */
    synchronized Optional<Boolean> inTransaction() {
        return Optional.ofNullable(runningInTransaction);
    }

    synchronized Optional<Duration> failedAfter() {
        return Optional.ofNullable(failedAfter);
    }

    synchronized Optional<String> failingStatement() {
        return Optional.ofNullable(failingStatement);
    }

    private static Boolean inTransaction(Context context) {
        try {
            return context.getConnection() == null
                    ? null
                    : !context.getConnection().getAutoCommit();
        } catch (SQLException e) {
            return null;
        }
    }

    private Duration since() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
