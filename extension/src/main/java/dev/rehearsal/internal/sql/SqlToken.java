package dev.rehearsal.internal.sql;

import java.util.Locale;

/**
 * One token of a statement, as produced by {@link SqlLexer#tokens(String, boolean)}.
 *
 * <p>Internal, not API.
 *
 * @param kind what the token is
 * @param text the token exactly as written (strings and quoted identifiers with their quotes and prefix)
 * @param start the token's offset in its statement's text (which starts at the statement's first token)
 */
public record SqlToken(Kind kind, String text, int start) {

    /** Token kinds; operators come as one {@link #SYMBOL} per character. */
    public enum Kind {
        /** An unquoted identifier or key word. */
        WORD,
        /** A {@code "quoted identifier"} or {@code U&"…"}. */
        QUOTED_IDENTIFIER,
        /** A string constant: {@code '…'}, {@code E'…'}, {@code N'…'}, {@code B'…'}, {@code X'…'}, {@code U&'…'}. */
        STRING,
        /** A dollar-quoted string constant. */
        DOLLAR_STRING,
        /** A numeric constant. */
        NUMBER,
        /** A positional parameter such as {@code $1}. */
        PARAMETER,
        /** Any other single character. */
        SYMBOL
    }

    /** Whether this is the unquoted word {@code word}, compared case-insensitively. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether this is the single character {@code symbol}. */
    public boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
    }

    /**
     * The name an identifier token stands for: unquoted words folded to lower case, quoted identifiers without
     * their quotes ({@code ""} becomes {@code "}), plain string constants without quotes ({@code ''} becomes
     * {@code '}). Returns {@code null} for other tokens.
     */
    public String name() {
        switch (kind) {
            case WORD:
                return text.toLowerCase(Locale.ROOT);
            case QUOTED_IDENTIFIER:
                if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
                    return text.substring(1, text.length() - 1).replace("\"\"", "\"");
                }
                return null;
            case STRING:
                if (text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
                    return text.substring(1, text.length() - 1).replace("''", "'");
                }
                return null;
            default:
                return null;
        }
    }
}
