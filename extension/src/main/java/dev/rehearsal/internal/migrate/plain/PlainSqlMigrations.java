package dev.rehearsal.internal.migrate.plain;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.migrate.MigrationStatuses;
import dev.rehearsal.internal.migrate.ScriptFailure;
import dev.rehearsal.internal.spi.MigrationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain SQL files applied in natural order, for projects without a migration tool: each file runs like {@code psql
 * -v ON_ERROR_STOP=1 -f file} (each statement autocommits; with {@value PlainSqlSupport#SINGLE_TRANSACTION} = true
 * like {@code psql -1}: the whole file in one transaction), and the first error stops the run.
 *
 * <p><b>No history.</b> Nothing in the database records which files ran, so Rehearsal keeps that record itself: a
 * database prepared by {@code @MigratesTo} starts with the files up to its target marked applied (up to the failed
 * one, marked failed, when the run failed); a database handed out without {@code @MigratesTo} starts with every file
 * pending. {@link #deploy()} runs every file not marked applied, in order; {@link #resolveApplied(String)} and
 * {@link #resolveRolledBack(String)} only change that record (e.g. "this backup already has the first five files").
 * A backup cannot tell which files it has seen: scripts that are not idempotent fail when run again on a backup
 * that already has them, which is exactly what such a project's deploy would do.
 *
 * <p>Thread-safety: operations are serialised on this object. Internal, not API.
 */
final class PlainSqlMigrations extends AbstractToolMigrations {
    private final PlainSqlFiles files;
    private final boolean singleTransaction;
    private final Map<String, Entry> record = new LinkedHashMap<>();

    private record Entry(MigrationState state, Optional<Instant> startedAt, Optional<Instant> finishedAt) {}

    PlainSqlMigrations(
            MigrationContext context, PlainSqlFiles files, boolean singleTransaction, Optional<String> preparedTarget) {
        super(context, MigrationTool.PLAIN_SQL, "a file name, e.g. 003_add_index.sql");
        this.files = files;
        this.singleTransaction = singleTransaction;
        Optional<MigrationFailedException> initialFailure = context.initialFailure();
        int appliedUpTo = preparedTarget
                .map(t -> MigratesTo.LATEST.equals(t) && files.indexOf(t) < 0
                        ? files.files().size() - 1
                        : files.indexOf(t))
                .orElse(-1);
        int failed = initialFailure.map(f -> files.indexOf(f.migrationId())).orElse(-1);
        for (int i = 0; i < files.files().size(); i++) {
            MigrationState state;
            if (failed >= 0) {
                state = i < failed
                        ? MigrationState.APPLIED
                        : i == failed ? MigrationState.FAILED : MigrationState.PENDING;
            } else {
                state = i <= appliedUpTo ? MigrationState.APPLIED : MigrationState.PENDING;
            }
            record.put(files.files().get(i).name(), new Entry(state, Optional.empty(), Optional.empty()));
        }
    }

    @Override
    public List<String> localIds() {
        return files.names();
    }

    @Override
    public String fingerprint() {
        return files.fingerprint(singleTransaction ? "single-transaction" : "autocommit");
    }

    @Override
    public List<String> moves() {
        return List.of(
                "deploy()",
                "migrateTo(file)",
                "resolveApplied(file) (Rehearsal's record only)",
                "resolveRolledBack(file) (Rehearsal's record only)");
    }

    @Override
    protected String oneMigration() {
        return "a file";
    }

    @Override
    protected String historyName() {
        return "Rehearsal's record (plain SQL keeps no history)";
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        List<MigrationStatus> statuses = new ArrayList<>();
        record.forEach((name, entry) -> statuses.add(status(name, entry)));
        return statuses;
    }

    private static MigrationStatus status(String name, Entry entry) {
        String word = switch (entry.state()) {
            case APPLIED -> "run";
            case FAILED -> "failed";
            default -> "not run";
        };
        return MigrationStatuses.at(name, entry.state(), entry.startedAt(), entry.finishedAt(), "", word);
    }

    @Override
    public synchronized void resolveApplied(String id) {
        checkTarget(id);
        record.put(id, new Entry(MigrationState.APPLIED, Optional.empty(), Optional.empty()));
    }

    @Override
    public synchronized void resolveRolledBack(String id) {
        checkTarget(id);
        record.put(id, new Entry(MigrationState.PENDING, Optional.empty(), Optional.empty()));
    }

    @Override
    protected void apply(Optional<String> target) {
        run(target.map(files::indexOf).orElse(files.files().size() - 1));
    }

    private void run(int lastIndex) {
        List<PlainSqlFiles.File> pending = new ArrayList<>();
        for (int i = 0; i <= lastIndex; i++) {
            PlainSqlFiles.File file = files.files().get(i);
            if (record.get(file.name()).state() != MigrationState.APPLIED) {
                pending.add(file);
            }
        }
        int notRunAfterTarget = (int) record.values().stream()
                .skip(lastIndex + 1L)
                .filter(e -> e.state() != MigrationState.APPLIED)
                .count();
        try (Connection connection = context.connect()) {
            PlainSqlScript runner = new PlainSqlScript(connection, singleTransaction);
            for (int index = 0; index < pending.size(); index++) {
                PlainSqlFiles.File file = pending.get(index);
                Instant start = Instant.now();
                Optional<ScriptFailure> failure = applyOne(file.name(), () -> runner.run(file.script()));
                if (failure.isPresent()) {
                    record.put(file.name(), new Entry(MigrationState.FAILED, Optional.of(start), Optional.empty()));
                    throw PlainSqlFailures.failed(
                            files.display(),
                            file.name(),
                            failure.get(),
                            index,
                            pending.size(),
                            fixture(),
                            singleTransaction,
                            notRunAfterTarget);
                }
                record.put(
                        file.name(), new Entry(MigrationState.APPLIED, Optional.of(start), Optional.of(Instant.now())));
            }
        } catch (SQLException e) {
            throw new RehearsalException(
                    "Could not connect to apply the plain SQL files of " + files.display() + ": " + e.getMessage(), e);
        }
    }
}
