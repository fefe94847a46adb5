package dev.rehearsal.internal.preflight;

import java.util.List;

/**
 * A statement that failed, with the statements of its transaction that ran before it (what a diagnosis must replay
 * to see the data as the statement saw it), as a {@link StatementRecorder} saw them go to the server.
 *
 * <p>Internal, not API.
 *
 * @param before the statements of the same transaction before it, in order; empty when it ran on its own
 * @param statement the failing statement
 * @param sqlState the server's SQLSTATE, or null
 * @param replayable false when the transaction held something a replay cannot repeat (a statement with parameters
 *     that changes data, a rollback to a savepoint), with {@code reason} saying what
 * @param reason why it cannot be replayed, or null
 */
public record FailedUnit(List<String> before, String statement, String sqlState, boolean replayable, String reason) {
    public FailedUnit {
        before = List.copyOf(before);
    }
}
