package dev.rehearsal.internal.migrate.goose;

import java.util.Map;
import java.util.function.Function;

/**
 * The {@code -- +goose ENVSUB ON} substitution: {@code github.com/mfridman/interpolate} (a fork of buildkite's),
 * applied to each SQL line. {@code $NAME} and {@code ${NAME}} (unset: empty), {@code ${NAME:-word}} (unset or empty),
 * {@code ${NAME-word}} (unset), {@code ${NAME:offset[:length]}}, {@code ${NAME?message}} (unset: an error); {@code
 * $$} and {@code \$} give {@code $}, {@code \\} stays {@code \\}, {@code $(} stays; a name must start with a letter,
 * so {@code $1} is an error ("Expected identifier to start with a letter, got 1") — dollar-quoted bodies need
 * {@code ENVSUB OFF}.
 */
final class GooseEnvsub {
    private static final int EOF = -1;

    /** A substitution error; the message is interpolate's. */
    static final class EnvsubException extends Exception {
        private static final long serialVersionUID = 1L;

        EnvsubException(String message) {
            super(message);
        }
    }

    private final String input;
    private final Function<String, String> env;
    private int pos;

    private GooseEnvsub(String input, Function<String, String> env) {
        this.input = input;
        this.env = env;
    }

    static String interpolate(String line, Map<String, String> overrides) throws EnvsubException {
        Function<String, String> env = name -> overrides.containsKey(name) ? overrides.get(name) : System.getenv(name);
        return new GooseEnvsub(line, env).expression("");
    }

    private String expression(String stop) throws EnvsubException {
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = peek();
            if (c == EOF || stop.indexOf(c) >= 0) {
                return out.toString();
            }
            if (input.startsWith("\\\\", pos)) {
                pos += 2;
                out.append("\\\\");
            } else if (input.startsWith("\\$", pos) || input.startsWith("$$", pos)) {
                pos += 2;
                out.append('$');
            } else if (input.startsWith("$(", pos)) {
                pos += 2;
                out.append("$(");
            } else if (c == '$' && pos < input.length() - 1) {
                out.append(expansion());
            } else {
                out.appendCodePoint(next());
                while (pos < input.length()) {
                    int r = input.codePointAt(pos);
                    if (r == '$' || r == '\\' || stop.indexOf(r) >= 0) {
                        break;
                    }
                    out.appendCodePoint(next());
                }
            }
        }
    }

    private String expansion() throws EnvsubException {
        next();
        if (peek() != '{') {
            return value(identifier());
        }
        next();
        String name = identifier();
        if (peek() == '}') {
            next();
            return value(name);
        }
        int op = next();
        String result;
        if (op == ':' && peek() == '-') {
            next();
            String word = expression("}");
            String v = env.apply(name);
            result = v == null || v.isEmpty() ? word : v;
        } else if (op == ':') {
            result = substring(name);
        } else if (op == '-') {
            String word = expression("}");
            String v = env.apply(name);
            result = v == null ? word : v;
        } else if (op == '?') {
            String message = expression("}");
            String v = env.apply(name);
            if (v == null) {
                throw new EnvsubException("$" + name + ": " + (message.isEmpty() ? "not set" : message));
            }
            result = v;
        } else {
            throw new EnvsubException("Expected an operator, got " + Character.toString(op));
        }
        int close = next();
        if (close != '}') {
            throw new EnvsubException("Expected brace expansion to end with }, got "
                    + (close == EOF ? "%!c(int32=-1)" : Character.toString(close)));
        }
        return result;
    }

    private String substring(String name) throws EnvsubException {
        int start = pos;
        while (pos < input.length() && input.charAt(pos) != ':' && input.charAt(pos) != '}') {
            pos++;
        }
        int offset = number(input.substring(start, pos), "offset");
        Integer length = null;
        if (peek() == ':') {
            next();
            start = pos;
            while (pos < input.length() && input.charAt(pos) != '}') {
                pos++;
            }
            length = number(input.substring(start, pos), "length");
        }
        String v = env.apply(name);
        v = v == null ? "" : v;
        int from = offset < 0 ? Math.max(0, v.length() + offset) : offset;
        if (from > v.length()) {
            return "";
        }
        int to = length == null ? v.length() : Math.min(v.length(), from + Math.max(0, length));
        return v.substring(from, to);
    }

    private static int number(String text, String what) throws EnvsubException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new EnvsubException(
                    "Unable to parse " + what + ": strconv.Atoi: parsing \"" + text.strip() + "\": invalid syntax");
        }
    }

    private String identifier() throws EnvsubException {
        int c = peek();
        if (c == EOF || !Character.isLetter(c)) {
            throw new EnvsubException("Expected identifier to start with a letter, got "
                    + (c == EOF ? "%!c(int32=-1)" : Character.toString(c)));
        }
        int start = pos;
        while (pos < input.length()) {
            int r = input.codePointAt(pos);
            if (!Character.isLetter(r) && !Character.isDigit(r) && r != '_') {
                break;
            }
            pos += Character.charCount(r);
        }
        return input.substring(start, pos);
    }

    private String value(String name) {
        String v = env.apply(name);
        return v == null ? "" : v;
    }

    private int peek() {
        return pos >= input.length() ? EOF : input.codePointAt(pos);
    }

    private int next() {
        if (pos >= input.length()) {
            return EOF;
        }
        int c = input.codePointAt(pos);
        pos += Character.charCount(c);
        return c;
    }
}
