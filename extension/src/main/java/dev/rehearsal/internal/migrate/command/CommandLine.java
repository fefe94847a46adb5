package dev.rehearsal.internal.migrate.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the command line ({@code rehearsal.command.line}) into arguments: whitespace separates, single quotes keep everything
 * literally, double quotes group and honour {@code \"} and {@code \\}. No other shell syntax (no pipes, variables or
 * globbing): write {@code sh -c '…'} for those.
 *
 * <p>Internal, not API.
 */
final class CommandLine {
    private CommandLine() {}

    /**
     * The arguments of {@code line}.
     *
     * @throws IllegalArgumentException when a quote is not closed or the line is empty
     */
    static List<String> split(String line) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw unclosed(line, '\'', i);
                }
                current.append(line, i + 1, end);
                i = end;
                inArgument = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    char d = line.charAt(j);
                    if (d == '\\'
                            && j + 1 < line.length()
                            && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
                        current.append(line.charAt(++j));
                    } else {
                        current.append(d);
                    }
                }
                if (j >= line.length()) {
                    throw unclosed(line, '"', i);
                }
                i = j;
                inArgument = true;
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (inArgument) {
            arguments.add(current.toString());
        }
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("@MigratesTo(tool = COMMAND) needs a command line, e.g. command ="
                    + " \"npx prisma migrate deploy\"; found an empty one.");
        }
        return List.copyOf(arguments);
    }

    private static IllegalArgumentException unclosed(String line, char quote, int at) {
        return new IllegalArgumentException("The command line [" + line + "] has an unclosed " + quote + " quote at"
                + " character " + (at + 1) + "; close it, or write sh -c '…' for shell syntax.");
    }
}
