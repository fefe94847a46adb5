package dev.rehearsal.internal.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as settings write them: {@code 1500ms}, {@code 90s}, {@code 30m}, {@code 2h} or ISO-8601 such as {@code
 * PT30M}. One parser for every duration key (time limits, the {@code COMMAND} tool's timeout).
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {}

    /** The positive duration {@code text} means; empty when it is not one (the caller names key and forms). */
    public static Optional<Duration> parsePositive(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher simple = SIMPLE.matcher(value);
        Duration duration;
        if (simple.matches()) {
            try {
                long amount = Long.parseLong(simple.group(1));
                duration = switch (simple.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            } catch (NumberFormatException | ArithmeticException e) {
                return Optional.empty(); // more digits than a long, or more hours than a Duration holds
            }
        } else {
            try {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
    }
}
