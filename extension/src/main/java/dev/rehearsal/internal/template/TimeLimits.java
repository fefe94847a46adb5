package dev.rehearsal.internal.template;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Durations;
import dev.rehearsal.internal.config.Settings;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a restore may run ({@value ConfigurationKeys#RESTORE_TIMEOUT}) and how long one migration statement or
 * transaction may run ({@value ConfigurationKeys#MIGRATION_TIMEOUT}); both 30 minutes by default, generous for real
 * backups. Enforced by {@link SessionWatchdog} on the server's side (the backends are cancelled), so nothing keeps
 * running when the limit is reached.
 *
 * <p>Internal, not API.
 */
public record TimeLimits(Duration restore, Duration migration) {
    public static final Duration DEFAULT = Duration.ofMinutes(30);

    /** The defaults (30 minutes each). */
    public static TimeLimits defaults() {
        return new TimeLimits(DEFAULT, DEFAULT);
    }

    /** The limits configured in {@code settings}; an invalid value fails with the key, the value and the forms. */
    public static TimeLimits of(Settings settings) {
        return new TimeLimits(
                duration(ConfigurationKeys.RESTORE_TIMEOUT, settings.get(ConfigurationKeys.RESTORE_TIMEOUT)),
                duration(ConfigurationKeys.MIGRATION_TIMEOUT, settings.get(ConfigurationKeys.MIGRATION_TIMEOUT)));
    }

    static Duration duration(String key, Optional<String> value) {
        if (value.isEmpty()) {
            return DEFAULT;
        }
        return Durations.parsePositive(value.get())
                .orElseThrow(() -> new IllegalArgumentException("Invalid value [" + value.get()
                        + "] for configuration key [" + key
                        + "]; expected a positive duration such as 90s, 30m, 2h or PT30M (default 30m)."));
    }

    /** A duration as a person writes it: {@code 30 min}, {@code 2 s}, {@code 1500 ms}. */
    static String describe(Duration duration) {
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + " min";
        }
        if (duration.toMillis() % 1000 == 0) {
            return duration.toSeconds() + " s";
        }
        return duration.toMillis() + " ms";
    }
}
