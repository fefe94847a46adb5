package dev.rehearsal.internal.preflight;

import java.util.List;

/**
 * Rows that make a statement fail, found by a query on the data the statement runs against.
 *
 * <p>Internal, not API.
 *
 * @param risk the kind of statement
 * @param statement the statement as written
 * @param table the table whose rows block it
 * @param why one sentence: what blocks the statement, naming the constraint, column or key
 * @param rows how many rows block it
 * @param keys up to {@value Probe#SAMPLE_SIZE} of them, as PostgreSQL writes keys: {@code (id)=(21)}
 * @param query the query that lists them all
 */
public record Finding(
        Risk risk, String statement, String table, String why, long rows, List<String> keys, String query) {
    public Finding {
        keys = List.copyOf(keys);
    }

    /** The finding in a few lines: why, how many, sample keys, the query. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(risk.label()).append(": ").append(why).append('\n');
        text.append("  ")
                .append(rows)
                .append(rows == 1 ? " row" : " rows")
                .append(" of ")
                .append(table);
        if (!keys.isEmpty()) {
            text.append(", e.g. ").append(String.join(", ", keys));
            if (rows > keys.size()) {
                text.append(", …");
            }
        }
        text.append('\n');
        text.append("  all of them: ").append(query);
        return text.toString();
    }
}
