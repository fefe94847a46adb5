package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.ShouldContainRow.shouldContainRow;
import static dev.rehearsal.assertj.ShouldReturnNoRows.shouldReturnNoRows;
import static dev.rehearsal.assertj.ShouldReturnRowCount.shouldReturnRowCount;
import static dev.rehearsal.assertj.ShouldReturnSameRows.shouldHaveSameColumnCount;
import static dev.rehearsal.assertj.ShouldReturnSameRows.shouldReturnSameRows;
import static dev.rehearsal.assertj.ShouldReturnSingleValue.shouldReturnOneValue;
import static dev.rehearsal.assertj.ShouldReturnSingleValue.shouldReturnSingleValue;

import dev.rehearsal.RestoredDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on the rows a query returns, reached by {@code assertThat(db).query(sql, args…)}; it describes itself
 * as {@code [query SELECT …]} and every failure shows the whole SQL, its parameters and the first rows returned.
 *
 * <p>Each assertion runs the query once, streaming its rows through a cursor: counting and searching keep only the
 * first 10 rows for the message; {@link #returnsSameRowsAs} keeps each distinct row once with
 * its count. A query the server rejects throws {@link dev.rehearsal.RehearsalSqlException} (a broken test, not a
 * failed expectation).
 *
 * <p>Values are compared by value, tolerant of JDBC's types: numbers numerically ({@code 3}, {@code 3L}, {@code
 * BigDecimal("3.0")} are equal), {@code java.sql.Date}/{@code Time}/{@code Timestamp} equal to {@code LocalDate}/
 * {@code LocalTime}/{@code LocalDateTime}, byte arrays by content, SQL arrays equal to Java arrays or lists.
 *
 * <p>Not thread-safe (like every AssertJ assert); the class is not final only so that soft assertions can proxy it.
 */
public class QueryAssert extends AbstractAssert<QueryAssert, DatabaseQuery> {
    /** An assert on {@code query}; usually reached through {@link RestoredDatabaseAssert#query(String, Object...)}. */
    public QueryAssert(DatabaseQuery query) {
        super(Objects.requireNonNull(query, "query"), QueryAssert.class);
        info.description(new TextDescription("%s", "query " + Sql.abbreviate(query.sql(), 60)));
    }

    /**
     * Verifies how many rows the query returns.
     *
     * <pre><code class='java'>
     * assertThat(db).query("SELECT * FROM \"Session\" WHERE \"userId\" = ?", 7).returnsRowCount(2);  // passes
     * assertThat(db).query("SELECT * FROM \"Session\"").returnsRowCount(2);  // fails: "it returned 42 rows: …"
     * </code></pre>
     */
    public QueryAssert returnsRowCount(long expected) {
        Scan scan = scan(actual, row -> false);
        if (scan.count() != expected) {
            throwAssertionError(
                    shouldReturnRowCount(actual, expected, scan.columns(), scan.first(), scan.count(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the query returns no rows.
     *
     * <pre><code class='java'>
     * assertThat(db).query("SELECT id FROM \"Draft\" WHERE status = 'ABANDONED'").returnsNoRows();  // passes
     * assertThat(db).query("SELECT id FROM \"Draft\"").returnsNoRows();  // fails, listing the first rows
     * </code></pre>
     */
    public QueryAssert returnsNoRows() {
        Scan scan = scan(actual, row -> false);
        if (scan.count() != 0) {
            throwAssertionError(shouldReturnNoRows(actual, scan.columns(), scan.first(), scan.count(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that the query returns exactly one row of one column holding {@code expected}. Numbers compare by
     * value: {@code 3}, {@code 3L} and {@code new BigDecimal("3")} all equal a {@code count(*)} of 3.
     *
     * <pre><code class='java'>
     * assertThat(db).query("SELECT count(*) FROM \"Session\"").returnsSingleValue(42);  // passes (count is a long)
     * assertThat(db).query("SELECT count(*) FROM \"Session\"").returnsSingleValue(0);   // fails: returned 42 (Long)
     * </code></pre>
     */
    public QueryAssert returnsSingleValue(Object expected) {
        Scan scan = scan(actual, row -> false);
        if (scan.count() != 1 || scan.columns().size() != 1) {
            throwAssertionError(shouldReturnOneValue(
                    actual, expected, scan.count(), scan.columns().size(), origin()));
        }
        Object value = scan.first().get(0).get(0);
        if (!Values.same(expected, value)) {
            throwAssertionError(shouldReturnSingleValue(actual, expected, value, origin()));
        }
        return myself;
    }

    /**
     * Verifies that at least one row equals {@code values}, column by column (compared by value, see the class
     * description); pass {@code null} for SQL NULL.
     *
     * <pre><code class='java'>
     * assertThat(db).query("SELECT id, email FROM \"User\"").containsRow(7, "ada@example.com");  // passes
     * assertThat(db).query("SELECT id, email FROM \"User\"").containsRow(7, "ADA@example.com");  // fails, showing rows
     * </code></pre>
     */
    public QueryAssert containsRow(Object... values) {
        List<Object> expected = values == null ? Arrays.asList((Object) null) : Arrays.asList(values);
        List<Object> wanted = Values.normalizeRow(expected);
        Scan scan = scan(actual, row -> Values.normalizeRow(row).equals(wanted));
        if (!scan.matched()) {
            throwAssertionError(
                    shouldContainRow(actual, expected, scan.columns(), scan.first(), scan.count(), origin()));
        }
        return myself;
    }

    /**
     * Verifies that this query returns the same rows as {@code otherSql} on {@code other} (typically {@code
     * db.beforeMigration()}), in any order, as multisets: a row returned twice must be returned twice by both. A
     * failure lists the rows missing and the rows extra (the first 10 distinct rows of each,
     * with their counts).
     *
     * <pre><code class='java'>
     * assertThat(db).query("SELECT id FROM \"Document\" WHERE \"deletedAt\" IS NULL")
     *         .returnsSameRowsAs(db.beforeMigration(), "SELECT id FROM \"Document\"");
     * // passes when every document visible before is still visible; fails listing e.g. "missing: (41), (42)"
     * </code></pre>
     *
     * @param otherArgs positional parameters of {@code otherSql}
     */
    public QueryAssert returnsSameRowsAs(RestoredDatabase other, String otherSql, Object... otherArgs) {
        Objects.requireNonNull(other, "other database");
        Objects.requireNonNull(otherSql, "otherSql");
        DatabaseQuery otherQuery = DatabaseQuery.of(other, otherSql, otherArgs);
        RowMultiset expected = new RowMultiset();
        List<String> otherColumns = Sql.stream(other, otherSql, otherQuery.args(), row -> {
            expected.add(row);
            return true;
        });
        RowMultiset actualRows = new RowMultiset();
        List<String> columns = Sql.stream(db(), actual.sql(), actual.args(), row -> {
            actualRows.add(row);
            return true;
        });
        if (columns.size() != otherColumns.size()) {
            throwAssertionError(shouldHaveSameColumnCount(actual, columns, otherQuery, otherColumns, origin()));
        }
        List<RowMultiset.Entry> missing = expected.minus(actualRows);
        List<RowMultiset.Entry> extra = actualRows.minus(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throwAssertionError(shouldReturnSameRows(
                    actual, otherQuery, missing, extra, actualRows.size(), expected.size(), origin()));
        }
        return myself;
    }

    /** The first rows of a result, its row count, and whether a row matched (which stops the scan). */
    private record Scan(List<String> columns, List<List<Object>> first, long count, boolean matched) {}

    private static Scan scan(DatabaseQuery query, Predicate<List<Object>> stopAt) {
        List<List<Object>> first = new ArrayList<>();
        long[] count = {0};
        boolean[] matched = {false};
        List<String> columns = Sql.stream(query.database(), query.sql(), query.args(), row -> {
            count[0]++;
            if (first.size() < Text.ROWS_SHOWN) {
                first.add(row);
            }
            matched[0] = stopAt.test(row);
            return !matched[0];
        });
        return new Scan(columns, first, count[0], matched[0]);
    }

    private String origin() {
        return Origin.of(db());
    }

    private RestoredDatabase db() {
        return actual.database();
    }
}
