package dev.rehearsal.internal.preflight;

/**
 * A statement of a risky kind the pre-flight could not check, and why; never a silent pass.
 *
 * <p>Internal, not API.
 *
 * @param statement the statement as written
 * @param reason why it was not analysed, e.g. {@code the index has an expression column}
 */
public record NotAnalysed(String statement, String reason) {}
