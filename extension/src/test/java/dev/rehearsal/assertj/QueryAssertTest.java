package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.AssertjTestDatabase.message;
import static dev.rehearsal.assertj.AssertjTestDatabase.origin;
import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.assertj.TableAssertTest.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.RestoredDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryAssertTest {
    private static final String SETUP = """
            CREATE TABLE "Document" (
                id integer PRIMARY KEY,
                title text,
                "deletedAt" timestamp(3),
                amount numeric(10, 2),
                tags text[],
                "createdOn" date);
            INSERT INTO "Document" (id, title, amount, tags, "createdOn")
                SELECT i, 'doc ' || i, i * 1.5, ARRAY['t' || i, 'all'], DATE '2024-01-01' + i FROM generate_series(1, 12) i;
            UPDATE "Document" SET "deletedAt" = '2024-03-01 10:00:00' WHERE id IN (11, 12);
            UPDATE "Document" SET title = NULL WHERE id = 5;
            """;

    private static AssertjTestDatabase database;
    private static RestoredDatabase db;

    @BeforeAll
    static void createDatabase() {
        database = AssertjTestDatabase.create(SETUP);
        db = database.db();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void should_describe_itself_with_the_start_of_the_sql() {
        assertThat(assertThat(db).query("SELECT id\n  FROM \"Document\"").descriptionText())
                .isEqualTo("query SELECT id FROM \"Document\"");
        assertThat(assertThat(db)
                        .query(
                                "SELECT id, title, amount FROM \"Document\" WHERE \"deletedAt\" IS NULL ORDER BY id DESC")
                        .descriptionText())
                .isEqualTo("query SELECT id, title, amount FROM \"Document\" WHERE \"deletedAt\"…");
    }

    @Test
    void should_pass_returnsRowCount_with_parameters() {
        assertThat(db).query("SELECT id FROM \"Document\" WHERE id <= ?", 3).returnsRowCount(3);
        assertThat(db)
                .query("SELECT id FROM \"Document\" WHERE \"deletedAt\" IS NULL")
                .returnsRowCount(10);
    }

    @Test
    void should_fail_returnsRowCount_showing_the_sql_parameters_and_first_rows() {
        DatabaseQuery query = DatabaseQuery.of(db, "SELECT id, title FROM \"Document\" WHERE id > ? ORDER BY id", 0);

        AssertionError error =
                failure(() -> assertThat(db).query(query.sql(), 0).returnsRowCount(10));

        List<List<Object>> firstTen = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            firstTen.add(Arrays.asList(i, i == 5 ? null : "doc " + i));
        }
        assertThat(error)
                .hasMessage(message(
                        "query SELECT id, title FROM \"Document\" WHERE id > ? ORDER BY id",
                        ShouldReturnRowCount.shouldReturnRowCount(
                                query, 10, List.of("id", "title"), firstTen, 12, origin(db))));
        assertThat(error.getMessage())
                .contains("Expecting query:\n  SELECT id, title FROM \"Document\" WHERE id > ? ORDER BY id\n"
                        + "  with parameters [0]\nto return 10 rows\nbut it returned 12 rows:\n  id | title\n"
                        + "  (1, \"doc 1\")")
                .contains("  (5, null)")
                .contains("  … 2 more");
    }

    @Test
    void should_pass_returnsNoRows() {
        assertThat(db).query("SELECT id FROM \"Document\" WHERE amount > 1000").returnsNoRows();
    }

    @Test
    void should_fail_returnsNoRows_listing_the_rows() {
        String sql = "SELECT id FROM \"Document\" WHERE \"deletedAt\" IS NOT NULL ORDER BY id";

        AssertionError error = failure(() -> assertThat(db).query(sql).returnsNoRows());

        assertThat(error)
                .hasMessage(message(
                        "query SELECT id FROM \"Document\" WHERE \"deletedAt\" IS NOT NULL ORD…",
                        ShouldReturnNoRows.shouldReturnNoRows(
                                DatabaseQuery.of(db, sql),
                                List.of("id"),
                                List.of(List.of(11), List.of(12)),
                                2,
                                origin(db))));
        assertThat(error.getMessage()).contains("to return no rows\nbut it returned 2 rows:\n  id\n  (11)\n  (12)");
    }

    @Test
    void should_pass_returnsSingleValue_comparing_numbers_by_value() {
        String count = "SELECT count(*) FROM \"Document\"";
        assertThat(db).query(count).returnsSingleValue(12);
        assertThat(db).query(count).returnsSingleValue(12L);
        assertThat(db).query(count).returnsSingleValue(new BigDecimal("12.00"));
        assertThat(db).query("SELECT amount FROM \"Document\" WHERE id = 3").returnsSingleValue(4.5);
        assertThat(db).query("SELECT title FROM \"Document\" WHERE id = ?", 5).returnsSingleValue(null);
        assertThat(db)
                .query("SELECT \"createdOn\" FROM \"Document\" WHERE id = 1")
                .returnsSingleValue(LocalDate.of(2024, 1, 2));
        assertThat(db)
                .query("SELECT \"deletedAt\" FROM \"Document\" WHERE id = 11")
                .returnsSingleValue(LocalDateTime.of(2024, 3, 1, 10, 0));
    }

    @Test
    void should_fail_returnsSingleValue_with_another_value() {
        String sql = "SELECT count(*) FROM \"Document\"";

        AssertionError error = failure(() -> assertThat(db).query(sql).returnsSingleValue(10));

        assertThat(error)
                .hasMessage(message(
                        "query " + sql,
                        ShouldReturnSingleValue.shouldReturnSingleValue(
                                DatabaseQuery.of(db, sql), 10, 12L, origin(db))));
        assertThat(error.getMessage())
                .contains("to return the single value:\n  10 (Integer)\nbut it returned:\n  12 (Long)");
    }

    @Test
    void should_fail_returnsSingleValue_when_the_result_is_not_one_value() {
        String sql = "SELECT id, title FROM \"Document\" WHERE id < 3";

        AssertionError error = failure(() -> assertThat(db).query(sql).returnsSingleValue(1));

        assertThat(error)
                .hasMessage(message(
                        "query " + sql,
                        ShouldReturnSingleValue.shouldReturnOneValue(DatabaseQuery.of(db, sql), 1, 2, 2, origin(db))));
        assertThat(error.getMessage()).contains("but it returned:\n  2 rows of 2 columns (expected 1 row of 1 column)");
    }

    @Test
    void should_pass_containsRow_comparing_by_value() {
        String sql = "SELECT id, title, amount, tags FROM \"Document\" ORDER BY id";
        assertThat(db).query(sql).containsRow(3, "doc 3", 4.5, List.of("t3", "all"));
        assertThat(db).query(sql).containsRow(5L, null, new BigDecimal("7.5"), new String[] {"t5", "all"});
    }

    @Test
    void should_fail_containsRow_showing_the_first_rows() {
        String sql = "SELECT id, title FROM \"Document\" WHERE id <= 2 ORDER BY id";

        AssertionError error = failure(() -> assertThat(db).query(sql).containsRow(1, "Doc 1"));

        assertThat(error)
                .hasMessage(message(
                        "query " + sql,
                        ShouldContainRow.shouldContainRow(
                                DatabaseQuery.of(db, sql),
                                List.of(1, "Doc 1"),
                                List.of("id", "title"),
                                List.of(List.of(1, "doc 1"), List.of(2, "doc 2")),
                                2,
                                origin(db))));
        assertThat(error.getMessage())
                .contains("to return the row:\n  (1, \"Doc 1\")\nbut none of its 2 rows matched:\n  id | title\n"
                        + "  (1, \"doc 1\")\n  (2, \"doc 2\")");
    }

    @Test
    void should_fail_containsRow_with_another_width() {
        String sql = "SELECT id, title FROM \"Document\"";

        AssertionError error = failure(() -> assertThat(db).query(sql).containsRow(1));

        assertThat(error.getMessage()).contains("but its rows have 2 columns (id, title), the expected row has 1.");
    }

    @Test
    void should_pass_returnsSameRowsAs_in_any_order() {
        try (AssertjTestDatabase after = AssertjTestDatabase.create(SETUP, db)) {
            RestoredDatabase upgraded = after.db();
            assertThat(upgraded)
                    .query("SELECT id, title FROM \"Document\" ORDER BY id DESC")
                    .returnsSameRowsAs(upgraded.beforeMigration(), "SELECT id, title FROM \"Document\" ORDER BY id");
            assertThat(upgraded)
                    .query("SELECT count(*) FROM \"Document\" WHERE id > ?", 2)
                    .returnsSameRowsAs(db, "SELECT 10");
        }
    }

    @Test
    void should_fail_returnsSameRowsAs_listing_missing_and_extra_rows_with_counts() {
        try (AssertjTestDatabase after = AssertjTestDatabase.create(SETUP + """
                        DELETE FROM "Document" WHERE id IN (2, 3);
                        INSERT INTO "Document" (id, title) VALUES (13, 'doc 1'), (14, 'new');
                        """, db)) {
            RestoredDatabase upgraded = after.db();
            String sql = "SELECT title FROM \"Document\" ORDER BY id";
            String otherSql = "SELECT title FROM \"Document\" WHERE id <> ? ORDER BY id";

            AssertionError error = failure(
                    () -> assertThat(upgraded).query(sql).returnsSameRowsAs(upgraded.beforeMigration(), otherSql, 4));

            assertThat(error)
                    .hasMessage(message(
                            "query " + sql,
                            ShouldReturnSameRows.shouldReturnSameRows(
                                    DatabaseQuery.of(upgraded, sql),
                                    DatabaseQuery.of(db, otherSql, 4),
                                    List.of(
                                            new RowMultiset.Entry(List.of("doc 2"), 1),
                                            new RowMultiset.Entry(List.of("doc 3"), 1)),
                                    List.of(
                                            new RowMultiset.Entry(List.of("doc 1"), 1),
                                            new RowMultiset.Entry(List.of("doc 4"), 1),
                                            new RowMultiset.Entry(List.of("new"), 1)),
                                    12,
                                    11,
                                    origin(upgraded))));
            assertThat(error.getMessage())
                    .contains("to return the same rows, in any order, as the query:\n"
                            + "  SELECT title FROM \"Document\" WHERE id <> ? ORDER BY id\n  with parameters [4]\n  on database "
                            + db.databaseName())
                    .contains("but 2 rows are missing and 3 rows are extra (this query returned 12 rows, the other 11)")
                    .contains("missing (returned only by the other query):\n  (\"doc 2\")\n  (\"doc 3\")")
                    .contains("extra (returned only by this query):\n  (\"doc 1\")\n  (\"doc 4\")\n  (\"new\")");
        }
    }

    @Test
    void should_fail_returnsSameRowsAs_counting_duplicates() {
        String sql = "SELECT 1 AS n UNION ALL SELECT 1 UNION ALL SELECT 2";

        AssertionError error = failure(() -> assertThat(db).query(sql).returnsSameRowsAs(db, "SELECT 2 AS n"));

        assertThat(error.getMessage())
                .contains("but 0 rows are missing and 2 rows are extra (this query returned 3 rows, the other 1)")
                .contains("extra (returned only by this query):\n  (1) ×2\n(numbers");
    }

    @Test
    void should_fail_returnsSameRowsAs_when_the_widths_differ() {
        String sql = "SELECT id, title FROM \"Document\"";

        AssertionError error =
                failure(() -> assertThat(db).query(sql).returnsSameRowsAs(db, "SELECT id FROM \"Document\""));

        assertThat(error)
                .hasMessage(message(
                        "query " + sql,
                        ShouldReturnSameRows.shouldHaveSameColumnCount(
                                DatabaseQuery.of(db, sql),
                                List.of("id", "title"),
                                DatabaseQuery.of(db, "SELECT id FROM \"Document\""),
                                List.of("id"),
                                origin(db))));
    }

    @Test
    void should_throw_the_sql_error_of_a_broken_query() {
        assertThatThrownBy(() ->
                        assertThat(db).query("SELECT nope FROM \"Document\"").returnsNoRows())
                .isInstanceOf(RehearsalSqlException.class)
                .hasMessageContaining("SELECT nope FROM \"Document\"")
                .hasMessageContaining(db.databaseName())
                .extracting(e -> ((RehearsalSqlException) e).sqlState())
                .isEqualTo("42703");
    }
}
