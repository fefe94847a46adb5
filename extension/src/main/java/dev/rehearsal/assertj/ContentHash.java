package dev.rehearsal.assertj;

import dev.rehearsal.RestoredDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A table's content as a hash computed in the database: the row count and the sum of a 60-bit slice of each row's
 * md5 (over the chosen columns, each cast to text), so row order does not matter and nothing but two numbers leaves
 * the server. When two hashes differ, {@link #differingKeys} names up to five differing rows by primary key, reading
 * only (key, md5) pairs and only for tables up to {@value #KEYED_DIFF_LIMIT} rows.
 */
record ContentHash(long rows, BigDecimal sum) {
    static final long KEYED_DIFF_LIMIT = 100_000;

    static ContentHash of(RestoredDatabase db, Catalog.Relation relation, List<String> columns) {
        List<Object> row = Sql.rows(
                        db,
                        "SELECT count(*), coalesce(sum(('x' || substr(md5(" + rowText(columns)
                                + "), 1, 15))::bit(60)::bigint::numeric), 0) FROM " + relation.sql())
                .get(0);
        return new ContentHash(
                ((Number) row.get(0)).longValue(), new BigDecimal(row.get(1).toString()));
    }

    /** The SQL text of one row over {@code columns}, each cast to text so a type change alone is no difference. */
    static String rowText(List<String> columns) {
        return "ROW(" + columns.stream().map(c -> Sql.quote(c) + "::text").collect(Collectors.joining(", "))
                + ", NULL::text)::text";
    }

    /**
     * Up to five primary-key values whose rows differ between the two tables (changed, missing or added), or empty
     * when the tables are too big or have no common primary key.
     */
    static List<String> differingKeys(
            RestoredDatabase before,
            Catalog.Relation beforeRelation,
            RestoredDatabase after,
            Catalog.Relation afterRelation,
            List<String> key,
            List<String> columns) {
        Map<String, String> beforeRows = keyed(before, beforeRelation, key, columns);
        Map<String, String> afterRows = keyed(after, afterRelation, key, columns);
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> entry : beforeRows.entrySet()) {
            String other = afterRows.get(entry.getKey());
            if (other == null) {
                differing.add(entry.getKey() + " (gone)");
            } else if (!other.equals(entry.getValue())) {
                differing.add(entry.getKey() + " (changed)");
            }
            if (differing.size() == 5) {
                return differing;
            }
        }
        for (String added : afterRows.keySet()) {
            if (!beforeRows.containsKey(added)) {
                differing.add(added + " (new)");
                if (differing.size() == 5) {
                    break;
                }
            }
        }
        return differing;
    }

    private static Map<String, String> keyed(
            RestoredDatabase db, Catalog.Relation relation, List<String> key, List<String> columns) {
        Map<String, String> rows = new HashMap<>();
        String keyText = key.stream().map(c -> Sql.quote(c) + "::text").collect(Collectors.joining(" || ', ' || "));
        Sql.stream(
                db, "SELECT " + keyText + ", md5(" + rowText(columns) + ") FROM " + relation.sql(), List.of(), row -> {
                    rows.put(Objects.toString(row.get(0)), Objects.toString(row.get(1)));
                    return true;
                });
        return rows;
    }
}
