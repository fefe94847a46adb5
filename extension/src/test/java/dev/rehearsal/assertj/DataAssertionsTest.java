package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.assertj.RehearsalAssertions.row;
import static dev.rehearsal.assertj.TableAssertTest.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.rehearsal.RestoredDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** containsExactly, containsExactlyInAnyOrder, matchesExpected and hasSameContentAsBeforeMigration. */
class DataAssertionsTest {
    private static final String SETUP = """
            CREATE TABLE "User" (
                id integer PRIMARY KEY,
                email text NOT NULL,
                joined timestamp(3) NOT NULL,
                credit numeric(10, 2),
                active boolean NOT NULL);
            INSERT INTO "User" VALUES
                (1, 'ada@example.com', '2024-03-15 10:00:00', 1.5, true),
                (2, 'grace@example.com', '2024-03-16 09:30:00', 3, false);
            CREATE TABLE "Log" (message text);
            INSERT INTO "Log" VALUES ('a'), ('b'), ('b');
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
    void should_pass_containsExactly_in_order_and_in_any_order() {
        assertThat(db)
                .query("SELECT id, email FROM \"User\" ORDER BY id")
                .containsExactly(row(1, "ada@example.com"), row(2L, "grace@example.com"));
        assertThat(db).query("SELECT message FROM \"Log\"").containsExactlyInAnyOrder(row("b"), row("a"), row("b"));
        assertThat(db).query("SELECT NULL::text").containsExactly(row((Object) null));
    }

    @Test
    void should_fail_containsExactly_naming_each_row_that_differs() {
        AssertionError error = failure(() -> assertThat(db)
                .query("SELECT id, email FROM \"User\" ORDER BY id")
                .containsExactly(row(2, "grace@example.com"), row(1, "ada@example.com"), row(3, "x")));

        assertThat(error.getMessage())
                .contains("to return exactly 3 rows, in this order\nbut:\n"
                        + "  row 1: expected (2, \"grace@example.com\") but was (1, \"ada@example.com\")\n"
                        + "  row 2: expected (1, \"ada@example.com\") but was (2, \"grace@example.com\")\n"
                        + "  row 3: missing (3, \"x\")")
                .contains("in database " + db.databaseName());
    }

    @Test
    void should_fail_containsExactlyInAnyOrder_as_multisets_and_on_width() {
        AssertionError counts = failure(() ->
                assertThat(db).query("SELECT message FROM \"Log\"").containsExactlyInAnyOrder(row("a"), row("b")));
        assertThat(counts.getMessage()).contains("but:\n  unexpected (\"b\")");

        AssertionError width = failure(
                () -> assertThat(db).query("SELECT id, email FROM \"User\"").containsExactlyInAnyOrder(row(1)));
        assertThat(width.getMessage())
                .contains("the expected row (1) has 1 value but the query returns 2 columns (id, email)");
    }

    @Test
    void should_pass_matchesExpected_comparing_by_sql_type() {
        assertThat(db)
                .query("SELECT id, email, joined, credit, active FROM \"User\"")
                .matchesExpected("expected/users.yml");
    }

    @Test
    void should_fail_matchesExpected_listing_changed_missing_and_unexpected_rows() {
        AssertionError error = failure(() -> assertThat(db)
                .query("SELECT id, email, joined, credit, active FROM" + " \"User\"")
                .matchesExpected("expected/users-changed.json"));

        assertThat(error.getMessage())
                .contains("to return the 3 rows of expected/users-changed.json, in any order (returned 2)\nbut:\n"
                        + "  changed (id = 2): email \"GRACE@example.com\" (expected) vs \"grace@example.com\" (found)\n"
                        + "  missing (9, \"nobody@example.com\", \"2024-01-01 00:00:00\", 0, true)");
    }

    @Test
    void should_refuse_an_expected_rows_file_with_other_columns_or_no_file() {
        AssertionError columns = failure(
                () -> assertThat(db).query("SELECT id, email FROM \"User\"").matchesExpected("expected/users.yml"));
        assertThat(columns.getMessage())
                .contains("row 1 of expected/users.yml has columns [id, email, joined, credit, active] but the query"
                        + " returns [id, email]");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(db).query("SELECT 1").matchesExpected("expected/nowhere.yml"))
                .withMessageContaining("was not found on the classpath or under the project directory");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(db).query("SELECT 1").matchesExpected("expected/users.csv"))
                .withMessageContaining("expected a .yml, .yaml or .json file name");
    }

    @Test
    void should_pass_hasSameContentAsBeforeMigration_when_only_types_and_new_columns_changed() {
        try (AssertjTestDatabase after = AssertjTestDatabase.create(
                SETUP + "ALTER TABLE \"User\" ALTER COLUMN id TYPE bigint;"
                        + " ALTER TABLE \"User\" ADD COLUMN nickname text;",
                db)) {
            assertThat(after.db()).table("User").hasSameContentAsBeforeMigration();
            assertThat(after.db()).table("User").hasSameContentAsBeforeMigration("id", "email");
            assertThat(after.db()).table("Log").hasSameContentAsBeforeMigration();
        }
    }

    @Test
    void should_fail_hasSameContentAsBeforeMigration_naming_the_differing_rows_by_key() {
        try (AssertjTestDatabase after = AssertjTestDatabase.create(
                SETUP + "UPDATE \"User\" SET email = upper(email) WHERE id = 2;"
                        + " INSERT INTO \"User\" VALUES (3, 'new@example.com', now(), 0, true);"
                        + " DELETE FROM \"Log\" WHERE message = 'a';",
                db)) {
            AssertionError user =
                    failure(() -> assertThat(after.db()).table("User").hasSameContentAsBeforeMigration());
            assertThat(user.getMessage())
                    .contains("to hold the same rows as before the migrations, over the columns:\n"
                            + "  (\"id\", \"email\", \"joined\", \"credit\", \"active\")\n"
                            + "but its content differs: 2 rows before (database " + db.databaseName()
                            + "), 3 rows now\n"
                            + "  first differing rows by primary key (\"id\"): 2 (changed), 3 (new)");

            AssertionError keysOnly =
                    failure(() -> assertThat(after.db()).table("User").hasSameContentAsBeforeMigration("id", "joined"));
            assertThat(keysOnly.getMessage()).contains("first differing rows by primary key (\"id\"): 3 (new)\n");
            AssertionError log =
                    failure(() -> assertThat(after.db()).table("Log").hasSameContentAsBeforeMigration());
            assertThat(log.getMessage()).contains("the table has no primary key to name the differing rows by");

            AssertionError missing =
                    failure(() -> assertThat(after.db()).table("User").hasSameContentAsBeforeMigration("nickname"));
            assertThat(missing.getMessage()).contains("\"nickname\"");
        }
    }

    @Test
    void row_builds_one_expected_row() {
        assertThat(row(1, null, "x")).containsExactly(1, null, "x");
        assertThat(row((Object[]) null)).isEqualTo(java.util.Arrays.asList((Object) null));
        assertThat(List.of(row())).singleElement().satisfies(r -> assertThat(r).isEmpty());
    }
}
