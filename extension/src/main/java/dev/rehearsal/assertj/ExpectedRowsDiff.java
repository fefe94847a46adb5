package dev.rehearsal.assertj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The differences between the rows of an expected-rows file and the rows a query returned, compared as multisets by
 * the SQL type of each column; a missing and an unexpected row that share their first column's value are shown as
 * one changed row, naming the columns that differ.
 */
final class ExpectedRowsDiff {
    private ExpectedRowsDiff() {}

    static List<String> differences(
            List<String> columns, List<Map<String, Object>> expected, List<List<Object>> found) {
        List<List<Object>> unmatched = new ArrayList<>(found);
        List<List<Object>> missing = new ArrayList<>();
        for (Map<String, Object> row : expected) {
            int match = -1;
            for (int i = 0; i < unmatched.size() && match < 0; i++) {
                if (equal(columns, row, unmatched.get(i))) {
                    match = i;
                }
            }
            if (match >= 0) {
                unmatched.remove(match);
            } else {
                List<Object> values = new ArrayList<>();
                columns.forEach(c -> values.add(row.get(c)));
                missing.add(values);
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<Object> want : missing) {
            List<Object> changed = null;
            for (List<Object> got : unmatched) {
                if (!columns.isEmpty() && Values.same(ExpectedRows.coerce(want.get(0), got.get(0)), got.get(0))) {
                    changed = got;
                    break;
                }
            }
            if (changed == null) {
                lines.add("missing " + Values.renderRow(want));
            } else {
                unmatched.remove(changed);
                List<String> parts = new ArrayList<>();
                for (int c = 1; c < columns.size(); c++) {
                    Object coerced = ExpectedRows.coerce(want.get(c), changed.get(c));
                    if (!Values.same(coerced, changed.get(c))) {
                        parts.add(columns.get(c) + " " + Values.render(want.get(c)) + " (expected) vs "
                                + Values.render(changed.get(c)) + " (found)");
                    }
                }
                lines.add("changed (" + columns.get(0) + " = " + Values.render(changed.get(0)) + "): "
                        + String.join(", ", parts));
            }
        }
        unmatched.forEach(got -> lines.add("unexpected " + Values.renderRow(got)));
        return lines;
    }

    private static boolean equal(List<String> columns, Map<String, Object> expected, List<Object> found) {
        for (int c = 0; c < columns.size(); c++) {
            Object actual = found.get(c);
            if (!Values.same(ExpectedRows.coerce(expected.get(columns.get(c)), actual), actual)) {
                return false;
            }
        }
        return true;
    }
}
