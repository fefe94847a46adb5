package dev.rehearsal.internal.sql;

/**
 * What {@link SqlLexer} hands back while reading a script: a complete SQL statement or a psql meta-command.
 *
 * <p>Internal, not API.
 */
public sealed interface SqlPiece permits SqlStatement, MetaCommand {

    /** The 1-based line the piece starts on. */
    int line();
}
