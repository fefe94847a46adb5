package dev.rehearsal.internal.sql;

import java.util.Objects;

/**
 * One SQL statement of a script, as psql would send it.
 *
 * <p>Internal, not API.
 *
 * @param text the statement without the whitespace and comments before its first token, including its
 *     terminating {@code ;} if it had one
 * @param line the 1-based line of the script on which the statement's first token starts
 */
public record SqlStatement(String text, int line) implements SqlPiece {

    public SqlStatement {
        Objects.requireNonNull(text, "text");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }
}
