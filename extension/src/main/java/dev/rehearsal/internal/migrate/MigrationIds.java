package dev.rehearsal.internal.migrate;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Describes a list of migration ids for "unknown id" messages: the closest ones first when the list is long.
 *
 * <p>Internal, not API.
 */
public final class MigrationIds {
    private static final int LIST_ALL_UP_TO = 12;
    private static final int CLOSEST = 5;

    private MigrationIds() {}

    /**
     * {@code "the available ids are: a, b, c"} for short lists; {@code "the closest of the 40 available ids are:
     * …"} otherwise; {@code "there are no migrations"} when empty.
     */
    public static String describeAvailable(String wanted, List<String> available) {
        if (available.isEmpty()) {
            return "there are no migrations";
        }
        if (available.size() <= LIST_ALL_UP_TO) {
            return "the available ids are: " + String.join(", ", available);
        }
        List<String> closest = available.stream()
                .sorted(Comparator.comparingInt((String id) -> distance(wanted, id))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(CLOSEST)
                .collect(Collectors.toList());
        return "the closest of the " + available.size() + " available ids are: " + String.join(", ", closest)
                + " (first: " + available.get(0) + ", last: " + available.get(available.size() - 1) + ")";
    }

    /** Levenshtein distance, case-insensitive, so a typo or a wrong timestamp digit ranks close. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
