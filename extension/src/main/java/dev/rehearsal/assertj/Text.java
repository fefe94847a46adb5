package dev.rehearsal.assertj;

import java.util.List;
import java.util.stream.Collectors;

/** Small text helpers for failure messages, which all use {@code \n} line ends. */
final class Text {
    /** How many rows a failure message lists. */
    static final int ROWS_SHOWN = 10;

    private Text() {}

    /** Every line indented by two spaces. */
    static String indent(String block) {
        return block.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
    }

    /** {@code 1 row} / {@code 3 rows}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A query and its parameters, as shown under "Expecting query:". */
    static String query(DatabaseQuery query) {
        String text = indent(query.sql().strip());
        if (!query.args().isEmpty()) {
            text += "\n  with parameters " + Values.render(query.args());
        }
        return text;
    }

    /**
     * A header line of column labels followed by up to {@link #ROWS_SHOWN} rows, indented; {@code total} says
     * whether more rows exist.
     */
    static String rows(List<String> columns, List<List<Object>> rows, long total) {
        StringBuilder text = new StringBuilder("  ").append(String.join(" | ", columns));
        for (List<Object> row : rows.subList(0, Math.min(ROWS_SHOWN, rows.size()))) {
            text.append("\n  ").append(Values.renderRow(row));
        }
        if (total > Math.min(ROWS_SHOWN, rows.size())) {
            text.append("\n  … ")
                    .append(total - Math.min(ROWS_SHOWN, rows.size()))
                    .append(" more");
        }
        return text.toString();
    }

    /** Quoted names, comma separated. */
    static String names(List<String> names) {
        return names.stream().map(Sql::quote).collect(Collectors.joining(", "));
    }
}
