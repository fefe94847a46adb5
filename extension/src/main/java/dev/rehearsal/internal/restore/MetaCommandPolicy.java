package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.sql.MetaCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides what happens with each psql meta-command of a script. Only what pg_dump writes is accepted:
 *
 * <ul>
 *   <li><code>&#92;restrict KEY</code> / <code>&#92;unrestrict KEY</code>: emulated like psql 17.6+. While restricted, every other
 *       meta-command is an error; <code>&#92;unrestrict</code> needs the same key.
 *   <li>{@code \connect db} / {@code \c db} (also pg_dump's {@code -reuse-previous=on "dbname='…'"} form) with any
 *       single database name: Rehearsal always restores into the database it created, so the runner opens a new
 *       session on that same database (as psql's reconnect resets session state) whatever name the script
 *       uses. pg_dump {@code -C} scripts create the original database and connect to it: {@link ScriptScan}
 *       records that name as an alias of the target, and {@link ScriptExecution} skips its CREATE/DROP DATABASE
 *       and points its database-level statements at the target. A host, port, user or other connection option
 *       is refused.
 *   <li>{@code \encoding}: ignored (the runner decodes the script by its {@code SET client_encoding}).
 * </ul>
 *
 * <p>Everything else is refused with the file, line and command: shell-capable commands ({@code \!},
 * {@code \o}, {@code \g |…}, {@code \w |…}, {@code \copy … program}, backquotes) with a message saying so, any
 * other command as unsupported.
 *
 * <p>Not thread-safe (tracks the restricted mode of one pass over a script). Internal, not API.
 */
final class MetaCommandPolicy {

    /** What the runner must do after an accepted meta-command. */
    enum Action {
        NOTHING,
        RECONNECT
    }

    private final String location;
    private String restrictKey;
    private String lastConnectDatabase;

    MetaCommandPolicy(String location) {
        this.location = location;
    }

    Action apply(MetaCommand command) {
        String name = command.name();
        String shell = shellCapable(command);
        if (shell != null) {
            throw refuse(
                    command,
                    "runs a shell command (" + shell + "). Rehearsal never runs shell commands from a"
                            + " script; nothing was executed. Remove the line (pg_dump never writes it)");
        }
        if (command.insideStatement()) {
            throw refuse(
                    command,
                    "interrupts an unfinished SQL statement; Rehearsal's script runner accepts"
                            + " meta-commands only between statements. End the statement with ; before the meta-command");
        }
        if (restrictKey != null && !name.equals("unrestrict")) {
            throw refuse(
                    command,
                    "comes while the script is in restricted mode (after \\restrict), where psql allows"
                            + " only \\unrestrict with the same key");
        }
        switch (name) {
            case "restrict":
                if (command.arguments().isEmpty()) {
                    throw refuse(
                            command,
                            "has no key; \\restrict needs the key that the matching \\unrestrict" + " repeats");
                }
                restrictKey = command.arguments();
                return Action.NOTHING;
            case "unrestrict":
                if (restrictKey == null) {
                    throw refuse(
                            command, "comes while the script is not in restricted mode (no \\restrict before" + " it)");
                }
                if (!restrictKey.equals(command.arguments())) {
                    throw refuse(
                            command,
                            "names a different key than the \\restrict before it; the script is"
                                    + " damaged or was edited");
                }
                restrictKey = null;
                return Action.NOTHING;
            case "connect":
            case "c":
                lastConnectDatabase = connectDatabase(command);
                return Action.RECONNECT;
            case "encoding":
                return Action.NOTHING;
            default:
                throw refuse(
                        command,
                        "is not supported by Rehearsal's script runner, which accepts only the"
                                + " meta-commands pg_dump writes: \\connect (\\c), \\encoding, \\restrict and \\unrestrict."
                                + " Remove it or replace it with SQL");
        }
    }

    /**
     * The database name the last accepted {@code \\connect} named, or null when it named none ({@code \\connect}
     * alone or {@code -}).
     */
    String lastConnectDatabase() {
        return lastConnectDatabase;
    }

    private static String shellCapable(MetaCommand command) {
        String name = command.name();
        String arguments = command.arguments();
        if (arguments.indexOf('`') >= 0) {
            return "psql runs the text between backquotes as a shell command";
        }
        switch (name) {
            case "!":
                return "\\! runs its argument in a shell";
            case "o":
            case "out":
                return "\\o sends query output to a file or, with |, to a shell command";
            case "g":
            case "gx":
            case "w":
            case "write":
                return arguments.startsWith("|") ? "\\" + name + " | pipes into a shell command" : null;
            case "copy":
                return List.of(arguments.toLowerCase(Locale.ROOT).split("\\s+")).contains("program")
                        ? "\\copy … program runs a shell command on this machine"
                        : null;
            default:
                return null;
        }
    }

    /** Checks a {@code \\connect} and returns the database it names (null for none). */
    private String connectDatabase(MetaCommand command) {
        List<String> arguments = psqlArguments(command.arguments());
        if (!arguments.isEmpty() && arguments.get(0).startsWith("-reuse-previous")) {
            arguments = arguments.subList(1, arguments.size());
        }
        if (arguments.isEmpty() || arguments.get(0).equals("-")) {
            return null;
        }
        String database = arguments.get(0);
        for (String other : arguments.subList(1, arguments.size())) {
            if (!other.equals("-")) {
                throw refuse(
                        command,
                        "names a user, host or port; Rehearsal restores into the one database it"
                                + " created and accepts \\connect only with a database name");
            }
        }
        String lower = database.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            throw refuse(
                    command,
                    "uses a connection URI; Rehearsal restores into the one database it created and"
                            + " accepts \\connect only with a database name");
        }
        if (database.contains("=")) {
            Map<String, String> options = conninfo(database);
            for (String key : options.keySet()) {
                if (!key.equals("dbname")) {
                    throw refuse(
                            command,
                            "sets the connection option " + key + "; Rehearsal restores into the one"
                                    + " database it created and accepts \\connect only with a database name");
                }
            }
            return options.get("dbname");
        }
        return database;
    }

    /** Splits psql meta-command arguments: whitespace-separated, "…" ("" = ") and '…' (\ escapes) quoting. */
    static List<String> psqlArguments(String text) {
        List<String> result = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder argument = new StringBuilder();
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '"') {
                    i++;
                    while (i < n) {
                        if (text.charAt(i) == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                argument.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        argument.append(text.charAt(i++));
                    }
                } else if (c == '\'') {
                    i++;
                    while (i < n && text.charAt(i) != '\'') {
                        if (text.charAt(i) == '\\' && i + 1 < n) {
                            i++;
                        }
                        argument.append(text.charAt(i++));
                    }
                    i++;
                } else {
                    argument.append(c);
                    i++;
                }
            }
            result.add(argument.toString());
        }
        return result;
    }

    /** The keywords of a libpq conninfo string ({@code key=value key='quoted \\' value'}). */
    static List<String> conninfoKeys(String conninfo) {
        return new ArrayList<>(conninfo(conninfo).keySet());
    }

    /** The keyword/value pairs of a libpq conninfo string; keywords lower-cased. */
    static Map<String, String> conninfo(String conninfo) {
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        int n = conninfo.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(conninfo.charAt(i))) {
                i++;
            }
            int keyStart = i;
            while (i < n && conninfo.charAt(i) != '=' && !Character.isWhitespace(conninfo.charAt(i))) {
                i++;
            }
            if (i == keyStart) {
                break;
            }
            String key = conninfo.substring(keyStart, i).toLowerCase(Locale.ROOT);
            while (i < n && Character.isWhitespace(conninfo.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && conninfo.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(conninfo.charAt(i))) {
                    i++;
                }
                if (i < n && conninfo.charAt(i) == '\'') {
                    i++;
                    while (i < n && conninfo.charAt(i) != '\'') {
                        if (conninfo.charAt(i) == '\\' && i + 1 < n) {
                            i++;
                        }
                        value.append(conninfo.charAt(i++));
                    }
                    i++;
                } else {
                    while (i < n && !Character.isWhitespace(conninfo.charAt(i))) {
                        value.append(conninfo.charAt(i++));
                    }
                }
            }
            pairs.put(key, value.toString());
        }
        return pairs;
    }

    private FixtureRestoreException refuse(MetaCommand command, String why) {
        return new FixtureRestoreException(
                location + ":" + command.line() + ": the psql meta-command " + command.display() + " " + why + ".",
                location,
                command.line(),
                null);
    }
}
