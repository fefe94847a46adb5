package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Play's own messages ({@code InconsistentDatabase}, {@code InvalidDatabaseRevision}, {@code
 * toHumanReadableScript}) with Rehearsal's explanation of what the restored database would go through.
 */
final class PlayMessages {
    static final String INCONSISTENT = "InconsistentDatabase";
    static final String INVALID_REVISION = "InvalidDatabaseRevision";
    private static final int SCRIPT_LINES = 12;

    private PlayMessages() {}

    /** Play's {@code InconsistentDatabase} title, description and sub-title. */
    static String inconsistent(String database, boolean autocommit, String error, String humanScript) {
        return "Database '" + database + "' is in an inconsistent state! [An evolution has not been applied"
                + " properly. Please check the problem and resolve it manually"
                + (autocommit ? " before marking it as resolved." : ".") + "]\n  We got the following error: " + error
                + ", while trying to run this SQL script:\n" + indent(humanScript, "    ");
    }

    /** Play's {@code -- Rev:N,Ups - hash7} header and script, as in its error page. */
    static String humanScript(int revision, boolean up, String hash, String script) {
        return "-- Rev:" + revision + "," + (up ? "Ups" : "Downs") + " - " + EvolutionsPlan.shortHash(hash) + "\n\n"
                + script;
    }

    /** The refusal of an evolve while {@code play_evolutions} holds an {@code applying_*} row. */
    static MigrationRefusedException refusedInconsistent(
            String database, EvolutionsTable.Row row, String table, FixtureInfo fixture) {
        boolean up = "applying_up".equals(row.state());
        String script = up ? row.applyScript() : row.revertScript();
        String play = inconsistent(
                database,
                true,
                String.valueOf(row.lastProblem()),
                humanScript(row.id(), up, row.hash() == null ? "" : row.hash(), script == null ? "" : script));
        String explanation = "  " + table + (fixture == null ? "" : " (restored from " + fixture.describe() + ")")
                + " records evolution " + row.id() + " as " + row.state() + ": a run failed in its "
                + (up ? "Ups" : "Downs") + " and Play Evolutions refuses to run anything until it is resolved."
                + " Rehearse the recovery: repair what the failed attempt left behind (RestoredDatabase.execute or"
                + " runScript), then RestoredDatabase.migrations().resolveApplied(\"" + row.id() + "\") (Play's \"Mark"
                + " it resolved\": " + (up ? "the row becomes applied" : "the row is deleted") + "), then deploy().";
        return new MigrationRefusedException(
                MigrationTool.PLAY_EVOLUTIONS, INCONSISTENT, "Play Evolutions refuses: " + play + "\n" + explanation);
    }

    /** The refusal of an evolve that needs Downs while the test does not allow them. */
    static MigrationRefusedException refusedDowns(String database, EvolutionsPlan plan, FixtureInfo fixture) {
        StringBuilder text = new StringBuilder("Play Evolutions refuses: Database '")
                .append(database)
                .append("' needs evolution! [An SQL script need to be run on your database.] Its script first reverts ")
                .append(plan.downs().size() == 1 ? "1 evolution" : plan.downs().size() + " evolutions")
                .append(" by running Downs (data loss):");
        for (EvolutionsPlan.Down down : plan.downs()) {
            Evolution recorded = down.recorded();
            text.append("\n  - revert evolution ")
                    .append(recorded.revision())
                    .append(" (")
                    .append(down.reason())
                    .append(") by running its Downs from play_evolutions.revert_script:\n")
                    .append(indent(excerpt(recorded.downs()), "        "));
        }
        text.append("\n  then apply the Ups of ")
                .append(
                        plan.ups().isEmpty()
                                ? "no evolution"
                                : "evolution" + (plan.ups().size() == 1 ? " " : "s ")
                                        + plan.ups().stream().map(Evolution::id).collect(Collectors.joining(", ")))
                .append(".\n  ")
                .append(fixture == null ? "This database" : "The database restored from " + fixture.describe())
                .append(" would make Play stop at start-up (\"Your production database [")
                .append(database)
                .append("] needs evolutions, including downs!\") unless play.evolutions.db.")
                .append(database)
                .append(".autoApply=true and autoApplyDowns=true, and with them Play runs these Downs. To rehearse"
                        + " that, set " + ConfigurationKeys.Play.AUTO_APPLY_DOWNS + "=true (was @MigratesTo(allowDowns"
                        + " = true)). To avoid it, keep applied evolution files"
                        + " unchanged (Play compares the SHA-1 of each evolution's Downs and Ups with the scripts"
                        + " play_evolutions recorded) and put the change in a new evolution.");
        return new MigrationRefusedException(MigrationTool.PLAY_EVOLUTIONS, INVALID_REVISION, text.toString());
    }

    static String excerpt(String script) {
        if (script.isBlank()) {
            return "(empty: nothing runs, the row is just deleted)";
        }
        List<String> lines = script.lines().toList();
        if (lines.size() <= SCRIPT_LINES) {
            return script;
        }
        return String.join("\n", lines.subList(0, SCRIPT_LINES)) + "\n… (" + (lines.size() - SCRIPT_LINES)
                + " more lines)";
    }

    static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line).collect(Collectors.joining("\n"));
    }
}
