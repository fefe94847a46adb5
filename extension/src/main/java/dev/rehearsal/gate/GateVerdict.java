package dev.rehearsal.gate;

/**
 * What the {@link PipelineGate} concluded about a database, most severe last; each has the exit code {@link
 * PipelineGate#main(String[])} ends with.
 */
public enum GateVerdict {
    /** Every migration of the code is applied, none failed, edited or unknown, and the schema matches the snapshot. */
    UP_TO_DATE(0),
    /** Some migrations are pending (or rolled back) and nothing else is wrong: a deploy would apply them. */
    PENDING(1),
    /** The history is in order but the schema differs from the committed snapshot: someone changed it by hand. */
    DRIFTED(2),
    /**
     * The history blocks or contradicts the code: a migration failed, was edited after it was applied (checksum),
     * is applied but unknown to the code, or is ignored by the tool.
     */
    BLOCKED(3);

    /** The exit code of {@link PipelineGate#main(String[])} when the gate could not check (connection, files). */
    public static final int ERROR_EXIT_CODE = 4;

    /** The exit code of {@link PipelineGate#main(String[])} for wrong arguments. */
    public static final int USAGE_EXIT_CODE = 64;

    private final int exitCode;

    GateVerdict(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code for this verdict: 0 to 3. */
    public int exitCode() {
        return exitCode;
    }
}
