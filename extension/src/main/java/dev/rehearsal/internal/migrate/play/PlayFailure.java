package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationFailure;
import java.sql.SQLException;

/** Builds the {@link MigrationFailedException} of a failed evolve: Play's {@code InconsistentDatabase}, explained. */
final class PlayFailure {
    private final EvolutionsFolder folder;
    private final PlaySettings settings;
    private final FixtureInfo fixture;

    PlayFailure(EvolutionsFolder folder, PlaySettings settings, FixtureInfo fixture) {
        this.folder = folder;
        this.settings = settings;
        this.fixture = fixture;
    }

    MigrationFailedException failure(
            int scripts, PlayEvolve.Cursor cursor, PlayEvolve.Step step, String problem, SQLException cause) {
        Evolution evolution = step.evolution();
        String script = step.up() ? evolution.ups() : evolution.downs();
        String file;
        int line = 0;
        String statement;
        if (cursor.statement == null) {
            file = step.up() ? evolution.source() : settings.table() + ".revert_script of evolution " + evolution.id();
            statement = "(Play's bookkeeping in " + settings.table() + ")";
        } else {
            statement = cursor.statement.sql();
            if (step.up()) {
                file = evolution.source();
                line = EvolutionScript.lineAt(script, evolution.script().upsLines(), cursor.statement.offset());
            } else {
                file = settings.table() + ".revert_script of evolution " + evolution.id();
                line = EvolutionScript.lineAt(script, evolution.script().downsLines(), cursor.statement.offset());
            }
        }
        String play = PlayMessages.inconsistent(
                folder.database(),
                settings.autocommit(),
                problem,
                PlayMessages.humanScript(evolution.revision(), step.up(), evolution.hash(), script));
        MigrationFailure failure = MigrationFailure.of(MigrationTool.PLAY_EVOLUTIONS, evolution.id())
                .code(PlayMessages.INCONSISTENT)
                .position(cursor.index, scripts)
                .file(file)
                .serverError(cause, statement, line)
                .fixture(fixture)
                .history(historyState(step, cursor.index) + "\n  Play reports: " + play);
        // autocommit=true leaves the evolution in applying_up (failed); false rolls the whole evolve back
        return (settings.autocommit() ? failure.recordedAsFailed() : failure.wholeRunRolledBack()).build();
    }

    private String historyState(PlayEvolve.Step step, int index) {
        String id = step.evolution().id();
        String direction = step.up() ? "Ups" : "Downs";
        if (!settings.autocommit()) {
            return "It failed in the " + direction + " of evolution " + id + " (script " + (index + 1) + " of the"
                    + " evolve). With autocommit=false the whole evolve ran in one transaction and was rolled back:"
                    + " the database and " + settings.table() + " are as before it, and the next start tries the"
                    + " same evolve again.";
        }
        return settings.table() + " now records evolution " + id + " as "
                + (step.up() ? "applying_up" : "applying_down")
                + " with last_problem set; the statements of its " + direction + " before the failing one stayed"
                + " applied (autocommit=true commits each statement). Play refuses to start (\"Database '"
                + folder.database() + "' is in an inconsistent state!\") until it is resolved: repair the database"
                + " by hand, then RestoredDatabase.migrations().resolveApplied(\"" + id + "\") (Play's \"Mark it"
                + " resolved\"), then deploy().";
    }
}
