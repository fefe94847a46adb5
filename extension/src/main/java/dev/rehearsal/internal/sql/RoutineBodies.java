package dev.rehearsal.internal.sql;

import java.util.Arrays;

/**
 * psql's heuristic for SQL-standard routine bodies (PostgreSQL 14+, {@code BEGIN ATOMIC … END}): once a statement
 * begins with {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, each {@code BEGIN} at parenthesis depth 0 opens a
 * block, {@code CASE} inside a block opens one too, and {@code END} closes one; a {@code ;} inside a block does
 * not end the statement.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class RoutineBodies {

    private int identifierCount;
    private final char[] leading = new char[4];
    private int depth;

    /** Takes the next unquoted identifier of the statement. */
    void identifier(String word, int parenDepth) {
        if (identifierCount == 0) {
            Arrays.fill(leading, '\0');
        }
        if (identifierCount < leading.length
                && (word.equalsIgnoreCase("create")
                        || word.equalsIgnoreCase("function")
                        || word.equalsIgnoreCase("procedure")
                        || word.equalsIgnoreCase("or")
                        || word.equalsIgnoreCase("replace"))) {
            leading[identifierCount] = Character.toLowerCase(word.charAt(0));
        }
        identifierCount++;
        boolean routine = leading[0] == 'c'
                && (leading[1] == 'f'
                        || leading[1] == 'p'
                        || (leading[1] == 'o' && leading[2] == 'r' && (leading[3] == 'f' || leading[3] == 'p')));
        if (!routine || parenDepth != 0) {
            return;
        }
        if (word.equalsIgnoreCase("begin")) {
            depth++;
        } else if (word.equalsIgnoreCase("case")) {
            if (depth >= 1) {
                depth++;
            }
        } else if (word.equalsIgnoreCase("end") && depth > 0) {
            depth--;
        }
    }

    /** Whether the lexer is inside a body, where {@code ;} does not end the statement. */
    boolean inside() {
        return depth > 0;
    }

    /** psql's {@code \;}: a new statement starts for the heuristic, the block depth stays. */
    void restartIdentifiers() {
        identifierCount = 0;
    }

    /** A statement ended. */
    void reset() {
        identifierCount = 0;
        depth = 0;
    }
}
