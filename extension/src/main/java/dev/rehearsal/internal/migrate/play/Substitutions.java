package dev.rehearsal.internal.migrate.play;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Play's variable substitution ({@code play.evolutions.db.<db>.substitutions.*}, Play 2.8+): each mapping's {@code
 * <prefix><name><suffix>} (case-insensitive) is replaced by its value unless preceded by {@code !}; then, with escaping
 * enabled, {@code !<prefix><name><suffix>} becomes {@code <prefix><name><suffix>}. Applied to each statement when it is
 * executed; {@code play_evolutions} keeps the raw scripts.
 *
 * @param prefix default {@value #DEFAULT_PREFIX}
 * @param suffix default {@value #DEFAULT_SUFFIX}
 * @param escape default {@code true}
 * @param mappings variable name (without prefix and suffix) to replacement
 */
record Substitutions(String prefix, String suffix, boolean escape, Map<String, String> mappings) {
    static final String DEFAULT_PREFIX = "$evolutions{{{";
    static final String DEFAULT_SUFFIX = "}}}";

    Substitutions {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        mappings = Map.copyOf(new TreeMap<>(mappings));
    }

    static Substitutions defaults() {
        return new Substitutions(DEFAULT_PREFIX, DEFAULT_SUFFIX, true, Map.of());
    }

    String apply(String sql) {
        String result = sql;
        for (Map.Entry<String, String> mapping : new TreeMap<>(mappings).entrySet()) {
            result = result.replaceAll(
                    "(?i)(^|[^!])" + Pattern.quote(prefix + mapping.getKey() + suffix),
                    "$1" + Matcher.quoteReplacement(mapping.getValue()));
        }
        if (!escape) {
            return result;
        }
        return result.replaceAll(
                "(?i)" + Pattern.quote("!" + prefix) + "([^" + Pattern.quote(suffix) + "]*)" + Pattern.quote(suffix),
                Matcher.quoteReplacement(prefix) + "$1" + Matcher.quoteReplacement(suffix));
    }

    /** A stable description of the settings, for the template cache key. */
    String fingerprint() {
        return prefix + "\u0000" + suffix + "\u0000" + escape + "\u0000" + new TreeMap<>(mappings);
    }
}
