package dev.rehearsal.internal.restore.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The differences between an expected {@link CatalogSnapshot} (the reference tool's restore) and a found one
 * (Rehearsal's), per aspect and per object key: objects whose properties differ (both rows shown), objects only
 * the reference has, objects only Rehearsal has.
 *
 * @param expectedBy who produced the expected snapshot, e.g. {@code pg_restore 15.18}
 * @param foundBy who produced the found snapshot, e.g. {@code Rehearsal}
 * @param items one entry per differing object
 */
public record SnapshotDifference(String expectedBy, String foundBy, List<Item> items) {
    private static final int SHOWN_PER_ASPECT = 25;

    /**
     * One differing object.
     *
     * @param aspect the aspect, e.g. {@code columns}
     * @param key the object's key values
     * @param expected its rows in the expected snapshot (empty when only Rehearsal has it)
     * @param found its rows in the found snapshot (empty when Rehearsal lacks it)
     */
    public record Item(String aspect, List<String> key, List<List<String>> expected, List<List<String>> found) {}

    public SnapshotDifference {
        items = List.copyOf(items);
    }

    /** Compares every aspect either snapshot has. */
    public static SnapshotDifference between(
            CatalogSnapshot expected, String expectedBy, CatalogSnapshot found, String foundBy) {
        Set<String> aspects = new LinkedHashSet<>(expected.aspects().keySet());
        aspects.addAll(found.aspects().keySet());
        List<Item> items = new ArrayList<>();
        for (String aspect : aspects) {
            int keyColumns = CatalogSnapshot.keyColumns(aspect);
            Map<List<String>, List<List<String>>> before =
                    byKey(expected.aspects().get(aspect), keyColumns);
            Map<List<String>, List<List<String>>> after = byKey(found.aspects().get(aspect), keyColumns);
            Set<List<String>> keys = new LinkedHashSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (List<String> key : keys) {
                List<List<String>> was = before.getOrDefault(key, List.of());
                List<List<String>> is = after.getOrDefault(key, List.of());
                if (!was.equals(is)) {
                    items.add(new Item(aspect, key, was, is));
                }
            }
        }
        return new SnapshotDifference(expectedBy, foundBy, items);
    }

    private static Map<List<String>, List<List<String>>> byKey(List<List<String>> rows, int keyColumns) {
        Map<List<String>, List<List<String>>> result = new LinkedHashMap<>();
        if (rows != null) {
            for (List<String> row : rows) {
                List<String> key = row.subList(0, Math.min(keyColumns, row.size()));
                result.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        return result;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The aspects that differ, in snapshot order. */
    public Set<String> aspects() {
        Set<String> result = new LinkedHashSet<>();
        items.forEach(item -> result.add(item.aspect()));
        return result;
    }

    /** A readable report: per aspect, each differing object with the expected and the found rows. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(items.size())
                .append(items.size() == 1 ? " difference" : " differences")
                .append(" (expected = ")
                .append(expectedBy)
                .append(", found = ")
                .append(foundBy)
                .append(")");
        for (String aspect : aspects()) {
            List<Item> inAspect =
                    items.stream().filter(i -> i.aspect().equals(aspect)).toList();
            text.append("\n  ")
                    .append(aspect)
                    .append(" (")
                    .append(inAspect.size())
                    .append("):");
            for (Item item : inAspect.subList(0, Math.min(SHOWN_PER_ASPECT, inAspect.size()))) {
                text.append("\n    ").append(CatalogSnapshot.line(item.key())).append(describeChange(item));
            }
            if (inAspect.size() > SHOWN_PER_ASPECT) {
                text.append("\n    … and ")
                        .append(inAspect.size() - SHOWN_PER_ASPECT)
                        .append(" more");
            }
        }
        return text.toString();
    }

    private String describeChange(Item item) {
        if (item.found().isEmpty()) {
            return ": missing from " + foundBy + "'s restore" + rows("expected", item.expected(), item);
        }
        if (item.expected().isEmpty()) {
            return ": only in " + foundBy + "'s restore" + rows("found   ", item.found(), item);
        }
        return ": differs" + rows("expected", item.expected(), item) + rows("found   ", item.found(), item);
    }

    private static String rows(String label, List<List<String>> rows, Item item) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> rest = row.subList(Math.min(item.key().size(), row.size()), row.size());
            text.append("\n      ").append(label).append(": ").append(indent(CatalogSnapshot.line(rest)));
        }
        return text.toString();
    }

    private static String indent(String value) {
        return Objects.toString(value).replace("\n", "\n                ");
    }
}
