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
import java.util.Map;
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

    /**
     * Verifies that the query returns exactly these rows, in this order (give the query an {@code ORDER BY}); each
     * row is a {@link RehearsalAssertions#row(Object...)}, values compared by value as in {@link
     * #containsRow(Object...)}.
     *
     * <pre><code class='java'>
     * assertThat(db).query("SELECT id, email FROM \"User\" ORDER BY id")
     *         .containsExactly(row(1, "ada@example.com"), row(2, "grace@example.com"));   // passes
     * // fails naming each difference: "row 2: expected (2, \"grace@example.com\") but was (2, \"GRACE@…\")"
     * </code></pre>
     */
    public QueryAssert containsExactly(List<?>... rows) {
        List<List<Object>> expected = expectedRows(rows);
        List<List<Object>> found = new ArrayList<>();
        List<String> columns = Sql.stream(db(), actual.sql(), actual.args(), row -> {
            found.add(row);
            return found.size() <= expected.size() + 10 * Text.ROWS_SHOWN;
        });
        List<String> differences = new ArrayList<>();
        widthDifference(columns, expected).ifPresent(differences::add);
        if (differences.isEmpty()) {
            for (int i = 0; i < Math.max(expected.size(), found.size()); i++) {
                List<Object> want = i < expected.size() ? expected.get(i) : null;
                List<Object> got = i < found.size() ? found.get(i) : null;
                if (want == null) {
                    differences.add("row " + (i + 1) + ": unexpected " + Values.renderRow(got));
                } else if (got == null) {
                    differences.add("row " + (i + 1) + ": missing " + Values.renderRow(want));
                } else if (!Values.normalizeRow(want).equals(Values.normalizeRow(got))) {
                    differences.add("row " + (i + 1) + ": expected " + Values.renderRow(want) + " but was "
                            + Values.renderRow(got));
                }
            }
        }
        if (!differences.isEmpty()) {
            throwAssertionError(ShouldContainExactly.shouldContainExactly(
                    actual,
                    "exactly " + Text.count(expected.size(), "row") + ", in this order",
                    differences,
                    origin()));
        }
        return myself;
    }

    /**
     * Verifies that the query returns exactly these rows in any order, as multisets (a row expected twice must be
     * returned twice); each row is a {@link RehearsalAssertions#row(Object...)}.
     *
     * <pre><code class='java'>
     * assertThat(db).query("SELECT status, count(*) FROM \"Document\" GROUP BY 1")
     *         .containsExactlyInAnyOrder(row("DRAFT", 12), row("COMPLETED", 698));   // passes
     * // fails listing the rows missing and the rows unexpected
     * </code></pre>
     */
    public QueryAssert containsExactlyInAnyOrder(List<?>... rows) {
        List<List<Object>> expected = expectedRows(rows);
        RowMultiset wanted = new RowMultiset();
        expected.forEach(wanted::add);
        RowMultiset found = new RowMultiset();
        List<String> columns = Sql.stream(db(), actual.sql(), actual.args(), row -> {
            found.add(row);
            return true;
        });
        List<String> differences = new ArrayList<>();
        widthDifference(columns, expected).ifPresent(differences::add);
        if (differences.isEmpty()) {
            wanted.minus(found)
                    .forEach(e -> differences.add(
                            "missing " + Values.renderRow(e.row()) + (e.count() > 1 ? " ×" + e.count() : "")));
            found.minus(wanted)
                    .forEach(e -> differences.add(
                            "unexpected " + Values.renderRow(e.row()) + (e.count() > 1 ? " ×" + e.count() : "")));
        }
        if (!differences.isEmpty()) {
            throwAssertionError(ShouldContainExactly.shouldContainExactly(
                    actual,
                    "exactly " + Text.count(expected.size(), "row") + ", in any order (returned " + found.size() + ")",
                    differences,
                    origin()));
        }
        return myself;
    }

    /**
     * Verifies that the query returns, in any order, the rows of an expected-rows file ({@code .yml}/{@code .yaml}
     * or {@code .json}, on the classpath or under the project directory): a list of rows, each a mapping from column
     * name to value. The file's columns must be the query's; values are compared by the SQL type the query returned
     * ({@code 2024-03-15 10:00:00} equals a timestamp, {@code 3} equals {@code 3.00}). A failure lists the rows
     * missing, the rows unexpected, and, for rows whose first column matches, the columns that changed.
     *
     * <pre>
     * # src/test/resources/expected/active-users.yml
     * - id: 1
     *   email: ada@example.com
     * </pre>
     *
     * <pre><code class='java'>
     * assertThat(db).query("SELECT id, email FROM \"User\" WHERE active").matchesExpected("expected/active-users.yml");
     * // fails e.g. "changed (id = 2): email "grace@example.com" (expected) vs "GRACE@example.com" (found)"
     * </code></pre>
     */
    public QueryAssert matchesExpected(String location) {
        Objects.requireNonNull(location, "expected-rows location");
        List<Map<String, Object>> expected = ExpectedRows.read(location);
        List<List<Object>> found = new ArrayList<>();
        List<String> columns = Sql.stream(db(), actual.sql(), actual.args(), row -> {
            found.add(row);
            return true;
        });
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).keySet().equals(new java.util.LinkedHashSet<>(columns))) {
                differences.add("row " + (i + 1) + " of " + location + " has columns "
                        + expected.get(i).keySet() + " but the query returns " + columns);
                break;
            }
        }
        if (differences.isEmpty()) {
            differences.addAll(ExpectedRowsDiff.differences(columns, expected, found));
        }
        if (!differences.isEmpty()) {
            throwAssertionError(ShouldContainExactly.shouldContainExactly(
                    actual,
                    "the " + Text.count(expected.size(), "row") + " of " + location + ", in any order (returned "
                            + found.size() + ")",
                    differences,
                    origin()));
        }
        return myself;
    }

    private static List<List<Object>> expectedRows(List<?>[] rows) {
        Objects.requireNonNull(rows, "rows");
        List<List<Object>> expected = new ArrayList<>();
        for (List<?> row : rows) {
            expected.add(new ArrayList<>(Objects.requireNonNull(row, "row (use row(null) for one NULL value)")));
        }
        return expected;
    }

    private static java.util.Optional<String> widthDifference(List<String> columns, List<List<Object>> expected) {
        return expected.stream()
                .filter(r -> r.size() != columns.size())
                .findFirst()
                .map(r -> "the expected row " + Values.renderRow(r) + " has " + Text.count(r.size(), "value")
                        + " but the query returns " + Text.count(columns.size(), "column") + " ("
                        + String.join(", ", columns) + ")");
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
