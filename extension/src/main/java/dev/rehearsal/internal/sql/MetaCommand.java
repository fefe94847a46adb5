package dev.rehearsal.internal.sql;

import java.util.Objects;

/**
 * A psql meta-command (a backslash outside quotes and comments), as {@link SqlLexer} found it in psql mode.
 *
 * <p>Internal, not API.
 *
 * @param name the command name without the backslash, e.g. {@code connect}, {@code restrict} or {@code !}
 * @param arguments the rest of the line after the name, stripped of surrounding whitespace
 * @param line the 1-based line the backslash is on
 * @param insideStatement whether SQL text of an unfinished statement precedes the command
 */
public record MetaCommand(String name, String arguments, int line, boolean insideStatement) implements SqlPiece {

    public MetaCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }

    /** The command as written, for messages: {@code \name arguments}. */
    public String display() {
        return arguments.isEmpty() ? "\\" + name : "\\" + name + " " + arguments;
    }
}
