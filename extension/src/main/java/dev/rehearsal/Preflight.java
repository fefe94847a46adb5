package dev.rehearsal;

import java.util.List;
import java.util.Optional;

/**
 * What the pending migrations would meet on the backup: a trial run of the test's migrations, by its tool, on a
 * scratch copy of the backup as restored, each statement of a risky kind (ADD FOREIGN KEY, SET NOT NULL, a new unique
 * key, ADD CHECK, ALTER COLUMN TYPE, DELETE / UPDATE of rows a RESTRICT or NO ACTION key references) diagnosed right
 * before it runs, on the data as it is at that moment (after the statements and migrations before it). The copy is
 * dropped afterwards; the test's database is not touched.
 *
 * @param findings the rows that block statements, in the order the statements ran
 * @param notAnalysed the statements of a risky kind that could not be checked, and why (never a silent pass)
 * @param stoppedAt the migration the trial run failed at (the statements after it were not run, so not analysed), if
 *     it failed
 */
public record Preflight(List<PreflightFinding> findings, List<NotAnalysed> notAnalysed, Optional<String> stoppedAt) {

    /**
     * A statement of a risky kind the pre-flight could not check.
     *
     * @param migrationId the migration it belongs to, or {@code null} when unknown
     * @param statement the statement as written
     * @param reason why, e.g. {@code statements inside a DO block are not analysed}
     */
    public record NotAnalysed(String migrationId, String statement, String reason) {}

    public Preflight {
        findings = List.copyOf(findings);
        notAnalysed = List.copyOf(notAnalysed);
    }

    /** Every finding and every statement not analysed, one block each. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (PreflightFinding finding : findings) {
            text.append(finding.migrationId() != null ? finding.migrationId() + ": " : "")
                    .append(finding.describe())
                    .append('\n');
        }
        for (NotAnalysed statement : notAnalysed) {
            text.append(statement.migrationId() != null ? statement.migrationId() + ": " : "")
                    .append("not analysed: ")
                    .append(statement.reason())
                    .append("\n  ")
                    .append(FixtureRestoreException.excerpt(statement.statement()))
                    .append('\n');
        }
        stoppedAt.ifPresent(id -> text.append("The trial run failed at ")
                .append(id)
                .append("; the statements after it were not run, so not analysed.\n"));
        return text.length() == 0 ? "nothing found" : text.toString().stripTrailing();
    }
}
