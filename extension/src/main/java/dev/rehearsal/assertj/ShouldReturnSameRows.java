package dev.rehearsal.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Two queries (typically before and after the migrations) did not return the same multiset of rows. */
final class ShouldReturnSameRows extends BasicErrorMessageFactory {

    /**
     * @param query this query
     * @param other the query compared with
     * @param missing rows the other query returned more often than this one
     * @param extra rows this query returned more often than the other one
     * @param actualCount how many rows this query returned
     * @param otherCount how many rows the other query returned
     * @param origin {@link Origin#of} for this query's database
     */
    static ErrorMessageFactory shouldReturnSameRows(
            DatabaseQuery query,
            DatabaseQuery other,
            List<RowMultiset.Entry> missing,
            List<RowMultiset.Entry> extra,
            long actualCount,
            long otherCount,
            String origin) {
        long missingRows = RowMultiset.total(missing);
        long extraRows = RowMultiset.total(extra);
        StringBuilder found = new StringBuilder()
                .append(Text.count(missingRows, "row"))
                .append(missingRows == 1 ? " is" : " are")
                .append(" missing and ")
                .append(Text.count(extraRows, "row"))
                .append(extraRows == 1 ? " is" : " are")
                .append(" extra (this query returned ")
                .append(Text.count(actualCount, "row"))
                .append(", the other ")
                .append(otherCount)
                .append(')');
        if (!missing.isEmpty()) {
            found.append("\nmissing (returned only by the other query):").append(RowMultiset.render(missing));
        }
        if (!extra.isEmpty()) {
            found.append("\nextra (returned only by this query):").append(RowMultiset.render(extra));
        }
        return new ShouldReturnSameRows(Text.query(query), otherQuery(other), found.toString(), origin);
    }

    /** The two queries return rows of different widths, so no row can match. */
    static ErrorMessageFactory shouldHaveSameColumnCount(
            DatabaseQuery query, List<String> columns, DatabaseQuery other, List<String> otherColumns, String origin) {
        String found = "its rows have " + Text.count(columns.size(), "column") + " (" + String.join(", ", columns)
                + "), the other query's " + otherColumns.size() + " (" + String.join(", ", otherColumns) + ")";
        return new ShouldReturnSameRows(Text.query(query), otherQuery(other), found, origin);
    }

    private static String otherQuery(DatabaseQuery other) {
        return Text.query(other) + "\n  on database " + other.database().databaseName();
    }

    private ShouldReturnSameRows(String query, String other, String found, String origin) {
        super(
                "\nExpecting query:\n%s\nto return the same rows, in any order, as the query:\n%s\nbut %s\n"
                        + "(numbers are compared by value: 3, 3L and 3.0 are equal)\n%s",
                unquotedString(query), unquotedString(other), unquotedString(found), unquotedString(origin));
    }
}
