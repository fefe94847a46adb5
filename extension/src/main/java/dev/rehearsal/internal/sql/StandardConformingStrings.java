package dev.rehearsal.internal.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a {@code SET}/{@code RESET standard_conforming_strings} statement sets, the way psql learns the
 * setting from the server after each statement.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class StandardConformingStrings {

    private static final Pattern SET =
            Pattern.compile("(?is)SET\\s+(?:SESSION\\s+|LOCAL\\s+)?standard_conforming_strings\\s*(?:=|\\bTO\\b)\\s*"
                    + "'?([A-Za-z0-9_]+)'?\\s*;?\\s*");
    private static final Pattern RESET = Pattern.compile("(?is)RESET\\s+(?:standard_conforming_strings|ALL)\\s*;?\\s*");

    private StandardConformingStrings() {}

    /** The value {@code statement} sets, or empty when it does not set it (or sets a value the server rejects). */
    static Optional<Boolean> setBy(String statement) {
        if (statement.isEmpty()) {
            return Optional.empty();
        }
        char first = Character.toUpperCase(statement.charAt(0));
        if (first != 'S' && first != 'R') {
            return Optional.empty();
        }
        Matcher set = SET.matcher(statement);
        if (set.matches()) {
            switch (set.group(1).toLowerCase(Locale.ROOT)) {
                case "on", "true", "yes", "1", "default":
                    return Optional.of(true);
                case "off", "false", "no", "0":
                    return Optional.of(false);
                default:
                    return Optional.empty();
            }
        }
        return RESET.matcher(statement).matches() ? Optional.of(true) : Optional.empty();
    }
}
