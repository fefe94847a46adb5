package dev.rehearsal.internal.migrate.flyway;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateOutput;

/**
 * What Flyway's failures and refusals mean for the operator: what the history records now, what a real {@code flyway
 * migrate} would do next, and the move to rehearse (repair, baseline, outOfOrder, …). Verified on PostgreSQL with
 * Flyway 8.5.13, 9.22.3, 10.20.1, 11.7.2 and 13.12.2 (see {@code FlywayFailureTest}): a transactional migration is
 * rolled back and not recorded; a non-transactional one is recorded as failed with the session lock (Flyway 8's only
 * lock, {@code flyway.postgresql.transactional.lock=false} from 9 on); with the transactional lock (the default since
 * 9.1.2) the failed row is rolled back with the lock's transaction.
 *
 * <p>Internal, not API.
 */
final class FlywayExplanations {
    private FlywayExplanations() {}

    static String afterFailure(
            FlywaySession session,
            MigrationInfo migration,
            Optional<Boolean> transactional,
            int line,
            Optional<MigrationState> recorded,
            Optional<String> cancelledStatement) {
        String table = session.historyTable();
        String before = line > 1 ? "what ran before line " + line : "what ran before the failing statement";
        StringBuilder text = new StringBuilder();
        cancelledStatement.ifPresent(statement -> text.append("In production this `flyway migrate` would not fail"
                        + " but hang forever: with flyway.postgresql.transactional.lock=true (Flyway's default since"
                        + " 9.1.2; this is Flyway " + FlywayVersion.describeCore()
                        + ") Flyway holds its lock in an open transaction on a second connection, and `")
                .append(oneLine(statement))
                .append("` waits for every open transaction to end, that one included (flyway#3492). Rehearsal"
                        + " cancelled the statement when it saw the wait (hence SQLSTATE 57014; a cancelled CREATE"
                        + " INDEX CONCURRENTLY leaves an INVALID index behind, to drop before trying again). Fix: set"
                        + " flyway.postgresql.transactional.lock=false in the application's Flyway configuration (and"
                        + " rehearsal.flyway.postgresql.transactional.lock: false for Rehearsal), or build the index"
                        + " without CONCURRENTLY. "));
        boolean failedRow = recorded.filter(MigrationState::isFailed).isPresent();
        if (transactional.isEmpty() && !failedRow) {
            text.append("Flyway stopped while preparing or running it: ")
                    .append(table)
                    .append(" does not record it, and the migrations applied before it stay applied (in a"
                            + " transactional script, the statements that ran were rolled back). The next `flyway"
                            + " migrate` tries it again: fix it, then deploy() again.");
        } else if (transactional.orElseThrow() && !failedRow) {
            text.append("It ran in one transaction, which Flyway rolled back: ")
                    .append(table)
                    .append(" does not record it, and the migrations applied before it stay applied. The next"
                            + " `flyway migrate` runs it again: fix the migration (or the data it trips over), then"
                            + " deploy() again.");
        } else if (failedRow) {
            text.append(
                            transactional.orElse(false)
                                    ? "Flyway rolled its changes back, but "
                                    : "It ran without a transaction ([non-transactional]): " + before
                                            + " stays applied, and ")
                    .append(table)
                    .append(" records it as failed (success = false). A real `flyway migrate` now refuses to start"
                            + " (\"Detected failed ")
                    .append(
                            FlywayIds.isVersioned(migration)
                                    ? "migration to version " + FlywayIds.of(migration) + " ("
                                            + migration.getDescription() + ")\", FAILED_VERSIONED_MIGRATION"
                                    : "repeatable migration: " + migration.getDescription()
                                            + "\", FAILED_REPEATABLE_MIGRATION")
                    .append(") until the half-applied changes are undone and `flyway repair` removes the failed row:"
                            + " rehearse it with RestoredDatabase.execute(…) for the clean-up, migrations().repair(),"
                            + " then deploy().");
        } else {
            text.append("It ran without a transaction ([non-transactional]): ")
                    .append(before)
                    .append(" stays applied, but ")
                    .append(table)
                    .append(" does not record the failure: with flyway.postgresql.transactional.lock=true (Flyway's"
                            + " default) the failed-migration row is written inside the lock's transaction, which"
                            + " Flyway rolls back with the error. A real `flyway migrate` would run the whole script"
                            + " again over the half-applied changes: undo them (RestoredDatabase.execute(…)), fix the"
                            + " script, then deploy() again.");
        }
        return text.toString();
    }

    /** A statement as one line without its comment lines and final semicolon, for running text. */
    static String oneLine(String statement) {
        String text = statement
                .lines()
                .filter(line -> !line.strip().startsWith("--"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining(" "));
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }

    static String validation(List<ValidateOutput> findings, FlywaySession session) {
        StringBuilder text = new StringBuilder("The history")
                .append(session.fromFixture())
                .append(" does not match the code, so a real `flyway migrate` (validateOnMigrate=true) stops before"
                        + " applying anything.");
        if (!findings.isEmpty()) {
            text.append(" Findings of `flyway validate`, run as migrate runs it:");
        }
        Set<String> advice = new LinkedHashSet<>();
        for (ValidateOutput finding : findings) {
            String code = String.valueOf(finding.errorDetails.errorCode);
            String what = finding.version == null || finding.version.isEmpty()
                    ? "repeatable \"" + finding.description + "\""
                    : "version " + finding.version + " (" + finding.description + ")";
            text.append("\n  ")
                    .append(code)
                    .append(": ")
                    .append(what)
                    .append(": ")
                    .append(finding.errorDetails.errorMessage.strip().replace("\n", "\n    "));
            advice.add(advise(code));
        }
        advice.remove("");
        if (!advice.isEmpty()) {
            text.append("\nThe operator's moves: ").append(String.join(" ", advice));
        }
        return text.toString();
    }

    private static String advise(String code) {
        return switch (code) {
            case "CHECKSUM_MISMATCH", "DESCRIPTION_MISMATCH", "TYPE_MISMATCH" ->
                "An applied migration was edited or"
                        + " renamed since it ran: revert the file, or rehearse `flyway repair` (migrations().repair())"
                        + " to realign the history with the code.";
            case "APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED", "APPLIED_REPEATABLE_MIGRATION_NOT_RESOLVED" ->
                "The"
                        + " database has a migration the code no longer has: restore the file, ignore it"
                        + " (ignoreMigrationPatterns '*:missing'), or rehearse repair(), which marks it deleted.";
            case "RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED" ->
                "A migration whose version is below the database's"
                        + " current version was never applied (a late merge): set outOfOrder=true"
                        + " (rehearsal.flyway.out-of-order: true, as production must) to apply it, or ignore it"
                        + " (ignoreMigrationPatterns '*:ignored').";
            case "FAILED_VERSIONED_MIGRATION", "FAILED_REPEATABLE_MIGRATION" ->
                "A migration failed earlier (before the backup was taken, or in an earlier run): undo its half-applied changes (RestoredDatabase.execute(…)), rehearse repair(),"
                        + " then deploy().";
            default -> "";
        };
    }

    static String nonEmptySchema(FlywaySession session) {
        FluentConfiguration configuration = session.config().configure(null);
        List<String> schemas = new ArrayList<>(List.of(configuration.getSchemas()));
        if (configuration.getDefaultSchema() != null && !schemas.contains(configuration.getDefaultSchema())) {
            schemas.add(0, configuration.getDefaultSchema());
        }
        String objects = describeObjects(session, schemas);
        return "The database" + session.fromFixture() + " has " + objects + " but no " + session.historyTable()
                + " table: the backup predates Flyway, or its history table has another name (Flyway 4 and older"
                + " used schema_version; set rehearsal.flyway.table to it). A real `flyway migrate` refuses it the"
                + " same way. If production was baselined, rehearse that: migrations().baseline(\"<the version the"
                + " backup corresponds to>\") then deploy(), or mirror production's baselineOnMigrate=true and"
                + " baselineVersion (rehearsal.flyway.baseline-on-migrate: true, rehearsal.flyway.baseline-version:"
                + " …), which records the baseline and applies only the versions above it.";
    }

    static String failedInHistory(FlywaySession session) {
        return "The history" + session.fromFixture() + " records a failed migration (a non-transactional migration"
                + " that failed before the backup was taken, with flyway.postgresql.transactional.lock=false). A real"
                + " `flyway migrate` refuses to continue until it is repaired: undo its half-applied changes"
                + " (RestoredDatabase.execute(…)), rehearse migrations().repair(), then deploy().";
    }

    private static String describeObjects(FlywaySession session, List<String> schemas) {
        String sql =
                "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
                        + " AND n.nspname = ANY (CASE WHEN cardinality(?::text[]) = 0 THEN ARRAY[current_schema()]::text[]"
                        + " ELSE ?::text[] END) ORDER BY 1";
        try (Connection connection = session.context().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", schemas.toArray());
            statement.setArray(1, array);
            statement.setArray(2, array);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            if (names.isEmpty()) {
                return "objects in its schemas (functions or types)";
            }
            int shown = Math.min(names.size(), 6);
            return names.size() + " relation" + (names.size() == 1 ? "" : "s") + " ("
                    + String.join(", ", names.subList(0, shown)) + (names.size() > shown ? ", …" : "") + ")";
        } catch (SQLException e) {
            return "objects in its schemas";
        }
    }
}
