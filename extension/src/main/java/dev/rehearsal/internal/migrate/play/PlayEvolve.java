package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.migrate.ConnectionSource;
import dev.rehearsal.internal.migrate.EachMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Play's start-up evolve in production with {@code autoApply=true} ({@code ApplicationEvolutions.runEvolutions} and
 * {@code DatabaseEvolutions.evolve}): optional lock, inconsistent-state check (creating {@code play_evolutions} when
 * missing), the plan, the downs gate ({@code autoApplyDowns} = {@code rehearsal.play.autoApplyDowns}), then each script:
 * record it, run its statements one by one, record the outcome.
 *
 * <p>With {@code autocommit=true} (Play's default) every statement and every bookkeeping write commits on its own; a
 * failure leaves the statements before it applied and the row in {@code applying_up} / {@code applying_down} with
 * {@code last_problem}. With {@code autocommit=false} the whole evolve is one transaction, rolled back on failure.
 */
final class PlayEvolve {
    private final EvolutionsFolder folder;
    private final PlaySettings settings;
    private final ConnectionSource connections;
    private final FixtureInfo fixture;
    private final Clock clock;
    private final EvolutionsTable table;
    private final EachMigration each;

    PlayEvolve(
            EvolutionsFolder folder,
            PlaySettings settings,
            ConnectionSource connections,
            FixtureInfo fixture,
            Clock clock,
            EachMigration each) {
        this.folder = folder;
        this.settings = settings;
        this.connections = connections;
        this.fixture = fixture;
        this.clock = clock;
        this.table = new EvolutionsTable(settings.table());
        this.each = each;
    }

    /** Evolves to the code's evolutions up to {@code target} (all when empty). */
    void run(Optional<Integer> target) {
        List<Evolution> code = folder.evolutions().stream()
                .filter(e -> target.map(t -> e.revision() <= t).orElse(true))
                .toList();
        if (code.isEmpty()) {
            return;
        }
        try {
            if (!settings.useLocks()) {
                evolve(code);
                return;
            }
            try (Connection lockConnection = connections.open()) {
                EvolutionsLock lock = EvolutionsLock.acquire(lockConnection, settings.lockTable());
                try {
                    evolve(code);
                } finally {
                    lock.release();
                }
            }
        } catch (SQLException e) {
            throw new RehearsalException(
                    "Play Evolutions could not read or write " + table.name() + " (or its lock)" + " on the database: "
                            + e.getMessage(),
                    e);
        }
    }

    private void evolve(List<Evolution> code) throws SQLException {
        List<Evolution> recorded = new ArrayList<>();
        try (Connection connection = connections.open()) {
            Optional<EvolutionsTable.Row> applying = table.checkState(connection);
            if (applying.isPresent()) {
                throw PlayMessages.refusedInconsistent(folder.database(), applying.get(), table.name(), fixture);
            }
            table.rows(connection).forEach(row -> recorded.add(row.evolution()));
        }
        EvolutionsPlan plan = EvolutionsPlan.of(code, recorded);
        if (plan.isEmpty() || (plan.ups().isEmpty() && settings.skipApplyDownsOnly())) {
            return;
        }
        if (!plan.downs().isEmpty() && !settings.allowDowns()) {
            throw PlayMessages.refusedDowns(folder.database(), plan, fixture);
        }
        apply(plan);
    }

    private void apply(EvolutionsPlan plan) throws SQLException {
        try (Connection check = connections.open()) {
            table.checkState(check);
        }
        List<Step> steps = new ArrayList<>();
        plan.downs().forEach(down -> steps.add(new Step(down.recorded(), false)));
        plan.ups().forEach(up -> steps.add(new Step(up, true)));
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(settings.autocommit());
            Cursor cursor = new Cursor();
            try {
                for (int index = 0; index < steps.size(); index++) {
                    cursor.at(index, null);
                    Step step = steps.get(index);
                    each.apply(step.evolution().id(), () -> run(connection, step, cursor));
                }
                if (!settings.autocommit()) {
                    connection.commit();
                }
            } catch (SQLException e) {
                Step failed = steps.get(cursor.index);
                String problem = e.getMessage() + " [ERROR:" + e.getErrorCode() + ", SQLSTATE:" + e.getSQLState() + "]";
                if (settings.autocommit()) {
                    table.recordProblem(connection, failed.evolution().revision(), problem);
                } else {
                    connection.rollback();
                }
                throw new PlayFailure(folder, settings, fixture).failure(steps.size(), cursor, failed, problem, e);
            }
        }
    }

    private Void run(Connection connection, Step step, Cursor cursor) throws SQLException {
        Evolution evolution = step.evolution();
        if (step.up()) {
            table.recordApplyingUp(connection, evolution, new Timestamp(clock.millis()));
        } else {
            table.recordApplyingDown(connection, evolution.revision());
        }
        String script = step.up() ? evolution.ups() : evolution.downs();
        for (EvolutionStatements.Statement statement : EvolutionStatements.of(script)) {
            String sql = settings.substitutions().apply(statement.sql());
            cursor.at(cursor.index, new Executed(sql, statement.offset()));
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(sql);
            }
        }
        cursor.at(cursor.index, null);
        if (step.up()) {
            table.recordApplied(connection, evolution.revision());
        } else {
            table.recordReverted(connection, evolution.revision());
        }
        return null;
    }

    /** One script of the evolve: an evolution's Ups (from the code) or Downs (from {@code play_evolutions}). */
    record Step(Evolution evolution, boolean up) {}

    /** A statement sent to the server, after substitution, and where it starts in its script. */
    record Executed(String sql, int offset) {}

    /** Where the evolve is: the step, and the statement being executed (null during bookkeeping). */
    static final class Cursor {
        int index;
        Executed statement;

        void at(int index, Executed statement) {
            this.index = index;
            this.statement = statement;
        }
    }
}
