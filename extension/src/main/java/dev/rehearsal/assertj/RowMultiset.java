package dev.rehearsal.assertj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a result as a multiset: each distinct row (compared as {@link Values#normalize} makes it) with how
 * often it occurs, in order of first appearance.
 */
final class RowMultiset {
    private final Map<List<Object>, Entry> entries = new LinkedHashMap<>();
    private long size;

    /** A distinct row as first seen, and how often it occurs (or is missing). */
    record Entry(List<Object> row, long count) {}

    void add(List<Object> row) {
        entries.merge(Values.normalizeRow(row), new Entry(row, 1), (a, b) -> new Entry(a.row(), a.count() + 1));
        size++;
    }

    long size() {
        return size;
    }

    /** The rows this multiset has more often than {@code other}, with the surplus counts. */
    List<Entry> minus(RowMultiset other) {
        List<Entry> surplus = new ArrayList<>();
        for (Map.Entry<List<Object>, Entry> e : entries.entrySet()) {
            Entry theirs = other.entries.get(e.getKey());
            long extra = e.getValue().count() - (theirs == null ? 0 : theirs.count());
            if (extra > 0) {
                surplus.add(new Entry(e.getValue().row(), extra));
            }
        }
        return surplus;
    }

    /** The total of the entries' counts. */
    static long total(List<Entry> entries) {
        return entries.stream().mapToLong(Entry::count).sum();
    }

    /** Up to {@link Text#ROWS_SHOWN} entries, one per line, {@code ×n} when a row occurs more than once. */
    static String render(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(Text.ROWS_SHOWN, entries.size());
        for (Entry entry : entries.subList(0, shown)) {
            text.append("\n  ").append(Values.renderRow(entry.row()));
            if (entry.count() > 1) {
                text.append(" ×").append(entry.count());
            }
        }
        if (entries.size() > shown) {
            text.append("\n  … ").append(entries.size() - shown).append(" more distinct rows");
        }
        return text.toString();
    }
}
