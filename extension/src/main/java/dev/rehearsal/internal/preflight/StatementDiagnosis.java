package dev.rehearsal.internal.preflight;

import dev.rehearsal.PreflightFinding;
import java.util.List;

/**
 * What the pre-flight found for one statement: the rows that block it, and the risky parts it could not analyse.
 * Both empty: the statement is not of a risky kind, or nothing blocks it.
 *
 * <p>Internal, not API.
 *
 * @param statement the statement as written
 * @param findings what blocks it, one per constraint, column or referencing key
 * @param notAnalysed the parts of a risky kind that could not be checked, with the reason
 */
public record StatementDiagnosis(String statement, List<PreflightFinding> findings, List<NotAnalysed> notAnalysed) {
    public StatementDiagnosis {
        findings = List.copyOf(findings);
        notAnalysed = List.copyOf(notAnalysed);
    }
}
