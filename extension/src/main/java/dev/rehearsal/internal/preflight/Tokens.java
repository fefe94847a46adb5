package dev.rehearsal.internal.preflight;

import dev.rehearsal.internal.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cursor over the tokens of one statement (or of a part of it), with the statement's text at hand so that names
 * and expressions can be taken exactly as written.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class Tokens {
    private final String text;
    private final List<SqlToken> tokens;
    private int position;

    Tokens(String text, List<SqlToken> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    boolean atEnd() {
        return position >= tokens.size()
                || (position == tokens.size() - 1 && tokens.get(position).isSymbol(';'));
    }

    SqlToken peek() {
        return atEnd() ? null : tokens.get(position);
    }

    boolean peekWord(String word) {
        SqlToken token = peek();
        return token != null && token.isWord(word);
    }

    /** Consumes the words if the next tokens are exactly them. */
    boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) {
            int at = position + i;
            if (at >= tokens.size() || !tokens.get(at).isWord(words[i])) {
                return false;
            }
        }
        position += words.length;
        return true;
    }

    boolean acceptSymbol(char symbol) {
        SqlToken token = peek();
        if (token != null && token.isSymbol(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    /** A possibly qualified name ({@code a}, {@code "A"}, {@code s.t}), as written; empty if none is next. */
    Optional<String> name() {
        int start = position;
        if (!isName(peek())) {
            return Optional.empty();
        }
        position++;
        while (position + 1 < tokens.size() && tokens.get(position).isSymbol('.') && isName(tokens.get(position + 1))) {
            position += 2;
        }
        return Optional.of(text(start, position));
    }

    /**
     * A parenthesised list of plain names ({@code (a, "B")}), each as written; empty if the next token is not
     * {@code (} or an element is more than a name (an expression, an operator class, a sort order).
     */
    Optional<List<String>> nameList() {
        int start = position;
        if (!acceptSymbol('(')) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        while (true) {
            SqlToken token = peek();
            if (!isName(token)) {
                position = start;
                return Optional.empty();
            }
            names.add(token.text());
            position++;
            if (acceptSymbol(')')) {
                return Optional.of(names);
            }
            if (!acceptSymbol(',')) {
                position = start;
                return Optional.empty();
            }
        }
    }

    /** The text of a parenthesised group (without its parentheses), skipping it; empty if none is next. */
    Optional<String> group() {
        SqlToken open = peek();
        if (open == null || !open.isSymbol('(')) {
            return Optional.empty();
        }
        int close = matching(position);
        if (close < 0) {
            return Optional.empty();
        }
        String inner = close == position + 1 ? "" : text(position + 1, close);
        position = close + 1;
        return Optional.of(inner);
    }

    /**
     * The text up to (not including) the first of {@code stopWords} or the symbol {@code stopSymbol} at parenthesis
     * depth 0, or to the end; the cursor moves to the stop.
     */
    String until(char stopSymbol, String... stopWords) {
        int start = position;
        int depth = 0;
        while (!atEnd()) {
            SqlToken token = tokens.get(position);
            if (token.isSymbol('(') || token.isSymbol('[')) {
                depth++;
            } else if (token.isSymbol(')') || token.isSymbol(']')) {
                depth--;
            } else if (depth == 0 && (token.isSymbol(stopSymbol) || isAnyWord(token, stopWords))) {
                break;
            }
            position++;
        }
        return position == start ? "" : text(start, position);
    }

    /** The remaining parts separated by commas at depth 0, each as its own cursor. */
    List<Tokens> splitOnCommas() {
        List<Tokens> parts = new ArrayList<>();
        while (!atEnd()) {
            int start = position;
            until(',');
            parts.add(new Tokens(text, tokens.subList(start, position)));
            acceptSymbol(',');
        }
        return parts;
    }

    /** Whether any remaining token at any depth is one of the words. */
    boolean containsWord(String... words) {
        for (int i = position; i < tokens.size(); i++) {
            if (isAnyWord(tokens.get(i), words)) {
                return true;
            }
        }
        return false;
    }

    void skip() {
        position++;
    }

    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol('(')) {
                depth++;
            } else if (tokens.get(i).isSymbol(')') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private String text(int from, int to) {
        SqlToken last = tokens.get(to - 1);
        return text.substring(
                tokens.get(from).start(), last.start() + last.text().length());
    }

    private static boolean isName(SqlToken token) {
        return token != null && (token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER);
    }

    private static boolean isAnyWord(SqlToken token, String... words) {
        for (String word : words) {
            if (token.isWord(word)) {
                return true;
            }
        }
        return false;
    }
}
