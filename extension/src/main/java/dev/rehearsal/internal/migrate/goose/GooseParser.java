package dev.rehearsal.internal.migrate.goose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * goose's SQL migration parser ({@code internal/sqlparser/parser.go}, v3.2x), up direction: a state machine over the
 * file's lines. Annotation lines start with {@code --} and contain {@code +goose} ({@code Up}, {@code Down}, {@code
 * StatementBegin}, {@code StatementEnd}, {@code NO TRANSACTION}, {@code ENVSUB ON|OFF}, compared case-insensitively;
 * leading whitespace or an unknown annotation is an error). Comment and blank lines before a statement are dropped;
 * outside {@code StatementBegin}/{@code End} a statement ends at a line whose last word before any {@code --}
 * ends with {@code ;} — goose does not parse SQL, so a {@code ;} at the end of a line inside a string or a
 * dollar-quoted body ends the statement there too, exactly as goose would. Each statement is trimmed.
 */
final class GooseParser {
    private enum State {
        START,
        UP,
        UP_BEGIN,
        UP_END,
        DOWN,
        DOWN_BEGIN,
        DOWN_END
    }

    private static final List<String> ANNOTATIONS =
            List.of("Up", "Down", "StatementBegin", "StatementEnd", "NO TRANSACTION", "ENVSUB ON", "ENVSUB OFF");

    /** One up statement and the file line on which it starts. */
    record Statement(String text, int line) {}

    /** The up statements and whether they run in one transaction. */
    record Parsed(List<Statement> statements, boolean useTx) {}

    /** A file goose cannot parse; the message is goose's. */
    static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;

        ParseException(String message) {
            super(message);
        }
    }

    private GooseParser() {}

    static boolean hasUpAnnotation(String contents) {
        for (String line : contents.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("--") && t.contains("+goose")) {
                try {
                    if ("Up".equals(annotation(line))) {
                        return true;
                    }
                } catch (ParseException e) {
                    // not an annotation goose accepts
                }
            }
        }
        return false;
    }

    static Parsed parse(String contents, Map<String, String> env) throws ParseException {
        State state = State.START;
        boolean useTx = true;
        boolean envsub = false;
        StringBuilder buf = new StringBuilder();
        int bufLine = 0;
        List<Statement> statements = new ArrayList<>();
        String[] lines = scannerLines(contents);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (state == State.START && line.strip().isEmpty()) {
                continue;
            }
            if (line.strip().startsWith("--") && line.contains("+goose")) {
                String cmd;
                try {
                    cmd = annotation(line);
                } catch (ParseException e) {
                    throw new ParseException("failed to parse annotation line \"" + line + "\": " + e.getMessage());
                }
                switch (cmd) {
                    case "Up" -> {
                        if (state != State.START) {
                            throw new ParseException("duplicate '-- +goose Up' annotations; stateMachine="
                                    + state.ordinal() + ", see https://github.com/pressly/goose#sql-migrations");
                        }
                        state = State.UP;
                        continue;
                    }
                    case "Down" -> {
                        if (state != State.UP && state != State.UP_END) {
                            throw new ParseException("must start with '-- +goose Up' annotation, stateMachine="
                                    + state.ordinal() + ", see https://github.com/pressly/goose#sql-migrations");
                        }
                        if (!buf.toString().strip().isEmpty()) {
                            throw missingSemicolon(state, buf);
                        }
                        state = State.DOWN;
                        continue;
                    }
                    case "StatementBegin" -> {
                        if (state == State.UP || state == State.UP_END) {
                            state = State.UP_BEGIN;
                        } else if (state == State.DOWN || state == State.DOWN_END) {
                            state = State.DOWN_BEGIN;
                        } else {
                            throw new ParseException("'-- +goose StatementBegin' must be defined after '-- +goose"
                                    + " Up' or '-- +goose Down' annotation, stateMachine=" + state.ordinal()
                                    + ", see https://github.com/pressly/goose#sql-migrations");
                        }
                        continue;
                    }
                    case "StatementEnd" -> {
                        if (state == State.UP_BEGIN) {
                            state = State.UP_END;
                        } else if (state == State.DOWN_BEGIN) {
                            state = State.DOWN_END;
                        } else {
                            throw new ParseException("'-- +goose StatementEnd' must be defined after '-- +goose"
                                    + " StatementBegin', see https://github.com/pressly/goose#sql-migrations");
                        }
                    }
                    case "NO TRANSACTION" -> {
                        useTx = false;
                        continue;
                    }
                    case "ENVSUB ON" -> {
                        envsub = true;
                        continue;
                    }
                    default -> {
                        envsub = false;
                        continue;
                    }
                }
            }
            if (buf.length() == 0 && (line.strip().startsWith("--") || line.isEmpty())) {
                continue;
            }
            if (state != State.UP_END && state != State.DOWN_END) {
                if (envsub) {
                    try {
                        line = GooseEnvsub.interpolate(line, env);
                    } catch (GooseEnvsub.EnvsubException e) {
                        throw new ParseException("variable substitution failed: " + e.getMessage() + ":\n" + line);
                    }
                }
                if (buf.length() == 0) {
                    bufLine = number;
                }
                buf.append(line).append('\n');
            }
            switch (state) {
                case DOWN, DOWN_BEGIN, DOWN_END -> {
                    buf.setLength(0);
                    continue;
                }
                case START ->
                    throw new ParseException("failed to parse migration: unexpected state 0 on line \"" + line
                            + "\", see https://github.com/pressly/goose#sql-migrations");
                default -> {}
            }
            if (state == State.UP && endsWithSemicolon(line)) {
                statements.add(new Statement(buf.toString().strip(), bufLine));
                buf.setLength(0);
            } else if (state == State.UP_END) {
                statements.add(new Statement(buf.toString().strip(), bufLine));
                buf.setLength(0);
                state = State.UP;
            }
        }
        if (state == State.START) {
            throw new ParseException("failed to parse migration: must start with '-- +goose Up' annotation, see"
                    + " https://github.com/pressly/goose#sql-migrations");
        }
        if (state == State.UP_BEGIN || state == State.DOWN_BEGIN) {
            throw new ParseException("failed to parse migration: missing '-- +goose StatementEnd' annotation");
        }
        if (!buf.toString().strip().isEmpty()) {
            throw missingSemicolon(state, buf);
        }
        return new Parsed(List.copyOf(statements), useTx);
    }

    /** {@code extractAnnotation}. */
    private static String annotation(String line) throws ParseException {
        if (line.startsWith(" ") || line.startsWith("\t")) {
            throw new ParseException("\"" + line + "\" contains leading whitespace: invalid annotation");
        }
        String cmd = line.replace("--", "").replaceFirst("\\+goose", "");
        if (cmd.contains("+goose")) {
            throw new ParseException("\"" + cmd + "\" contains multiple '+goose' annotations: invalid annotation");
        }
        cmd = cmd.strip();
        if (cmd.isEmpty()) {
            throw new ParseException("empty annotation");
        }
        for (String known : ANNOTATIONS) {
            if (known.toLowerCase(Locale.ROOT).equals(cmd.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        throw new ParseException("\"" + cmd + "\" not supported: invalid annotation");
    }

    /** {@code endsWithSemicolon}: the last whitespace-separated word before one starting with {@code --}. */
    static boolean endsWithSemicolon(String line) {
        String previous = "";
        for (String word : line.strip().split("\\s+")) {
            if (word.startsWith("--")) {
                break;
            }
            previous = word;
        }
        return previous.endsWith(";");
    }

    private static ParseException missingSemicolon(State state, CharSequence buf) {
        return new ParseException("failed to parse migration: state " + state.ordinal()
                + ", direction: up: unexpected unfinished SQL query: \""
                + buf.toString().strip()
                + "\": missing semicolon?");
    }

    /** The lines {@code bufio.Scanner} yields: split at LF, a trailing CR dropped, no empty last line. */
    private static String[] scannerLines(String contents) {
        String[] lines = contents.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        String[] result = new String[count];
        for (int i = 0; i < count; i++) {
            String l = lines[i];
            result[i] = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
        }
        return result;
    }
}
