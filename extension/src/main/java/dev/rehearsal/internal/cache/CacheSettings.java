package dev.rehearsal.internal.cache;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import java.util.Locale;
import java.util.Set;

/**
 * The cache's settings, read and checked once: {@value Settings#CACHE_MODE}, {@value Settings#CACHE_MAX_SIZE} and
 * {@value Settings#KEEP}.
 *
 * <p>Internal, not API.
 *
 * @param mode how long templates live
 * @param maxSizeBytes the size bound of the persistent templates
 * @param keep which test databases outlive their test
 */
public record CacheSettings(Mode mode, long maxSizeBytes, Keep keep) {

    /** Default size bound: 10 GB. */
    public static final long DEFAULT_MAX_SIZE = 10L << 30;

    /** How long templates live. */
    public enum Mode {
        /** The embedded server's data directory and its templates stay between runs. */
        PERSISTENT,
        /** Templates live as long as the JVM (one server per JVM, deleted at the end). */
        RUN,
        /** No template is shared: every test restores and migrates its own database. */
        OFF
    }

    /** Which test databases outlive their test. */
    public enum Keep {
        ON_FAILURE,
        NEVER,
        ALWAYS
    }

    /** Reads and checks the settings; an invalid value fails with the key, the value and what is allowed. */
    public static CacheSettings of(Settings settings) {
        String mode = settings.choice(ConfigurationKeys.CACHE_MODE, "persistent", Set.of("persistent", "run", "off"));
        String keep = settings.choice(ConfigurationKeys.KEEP, "on-failure", Set.of("on-failure", "never", "always"));
        long maxSize = settings.get(ConfigurationKeys.CACHE_MAX_SIZE)
                .map(CacheSettings::parseSize)
                .orElse(DEFAULT_MAX_SIZE);
        return new CacheSettings(
                Mode.valueOf(mode.toUpperCase(Locale.ROOT)),
                maxSize,
                Keep.valueOf(keep.toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    /** {@code 10GB}, {@code 500 MB}, {@code 1g}, {@code 2048} (bytes); binary units (1 KB = 1024 bytes). */
    static long parseSize(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        String number = value;
        for (String[] suffix : new String[][] {
            {"TB", "40"},
            {"GB", "30"},
            {"MB", "20"},
            {"KB", "10"},
            {"T", "40"},
            {"G", "30"},
            {"M", "20"},
            {"K", "10"},
            {"B", "0"}
        }) {
            if (value.endsWith(suffix[0])) {
                unit = 1L << Integer.parseInt(suffix[1]);
                number = value.substring(0, value.length() - suffix[0].length());
                break;
            }
        }
        try {
            long amount = Long.parseLong(number);
            if (amount < 0 || amount > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return amount * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value [" + text + "] for configuration key ["
                    + ConfigurationKeys.CACHE_MAX_SIZE + "]; expected a size such as 10GB, 500MB or 2048 (bytes)");
        }
    }
}
