package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.AssertjTestDatabase.message;
import static dev.rehearsal.assertj.AssertjTestDatabase.origin;
import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.RestoredDatabase;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableAssertTest {
    private static final String SETUP = """
            CREATE TABLE "Session" (
                id serial PRIMARY KEY,
                "userId" integer NOT NULL,
                "ipAddress" text,
                expires timestamp(3) without time zone);
            INSERT INTO "Session" ("userId", "ipAddress") VALUES (1, '10.0.0.1'), (2, NULL), (3, NULL);
            CREATE VIEW "ActiveSession" AS SELECT * FROM "Session" WHERE "ipAddress" IS NOT NULL;
            CREATE SCHEMA audit;
            CREATE TABLE audit."Event" (id bigint PRIMARY KEY, kind text);
            INSERT INTO audit."Event" VALUES (1, 'login');
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
    void should_describe_itself_with_the_table_name() {
        assertThat(assertThat(db).table("Session").descriptionText()).isEqualTo("table \"Session\"");
        assertThat(assertThat(db).table("audit.Event").descriptionText()).isEqualTo("table \"audit\".\"Event\"");
    }

    @Test
    void should_pass_exists_for_a_table_a_qualified_table_and_a_view() {
        assertThat(db).table("Session").exists();
        assertThat(db).table("public.Session").exists();
        assertThat(db).table("audit.Event").exists();
        assertThat(db).table("ActiveSession").exists();
    }

    @Test
    void should_fail_exists_when_the_name_differs_in_case() {
        AssertionError error = failure(() -> assertThat(db).table("SESSION").exists());

        assertThat(error)
                .hasMessage(message(
                        "table \"SESSION\"",
                        ShouldExist.shouldExist(
                                "\"SESSION\"",
                                "the schemas on the search_path (public)",
                                List.of("\"public\".\"Session\""),
                                origin(db))));
        assertThat(error.getMessage())
                .startsWith("[table \"SESSION\"] \nExpecting table:\n  \"SESSION\"\nto exist\nbut it was not found")
                .contains("similar names:\n  \"public\".\"Session\"")
                .contains("in database " + db.databaseName())
                .contains("restored from assertj-test.sql (sha256 ")
                .endsWith("\n  no migrations");
    }

    @Test
    void should_fail_exists_for_a_table_of_another_schema_that_is_not_on_the_search_path() {
        AssertionError error = failure(() -> assertThat(db).table("Event").exists());

        assertThat(error)
                .hasMessage(message(
                        "table \"Event\"",
                        ShouldExist.shouldExist(
                                "\"Event\"",
                                "the schemas on the search_path (public)",
                                List.of("\"audit\".\"Event\""),
                                origin(db))));
    }

    @Test
    void should_fail_exists_for_a_qualified_name_in_the_wrong_schema() {
        AssertionError error =
                failure(() -> assertThat(db).table("audit.Session").exists());

        assertThat(error)
                .hasMessage(message(
                        "table \"audit\".\"Session\"",
                        ShouldExist.shouldExist(
                                "\"audit\".\"Session\"",
                                "schema \"audit\"",
                                List.of("\"public\".\"Session\""),
                                origin(db))));
    }

    @Test
    void should_pass_doesNotExist_for_an_unknown_table() {
        assertThat(db).table("LegacySession").doesNotExist();
        assertThat(db).table("session").doesNotExist();
    }

    @Test
    void should_fail_doesNotExist_naming_what_was_found() {
        AssertionError table = failure(() -> assertThat(db).table("Session").doesNotExist());
        AssertionError view =
                failure(() -> assertThat(db).table("ActiveSession").doesNotExist());

        assertThat(table)
                .hasMessage(message(
                        "table \"Session\"",
                        ShouldNotExist.shouldNotExist("\"Session\"", "table \"public\".\"Session\"", origin(db))));
        assertThat(view)
                .hasMessage(message(
                        "table \"ActiveSession\"",
                        ShouldNotExist.shouldNotExist(
                                "\"ActiveSession\"", "view \"public\".\"ActiveSession\"", origin(db))));
    }

    @Test
    void should_pass_hasColumn_for_an_exact_name() {
        assertThat(db).table("Session").hasColumn("ipAddress").hasColumn("userId");
        assertThat(db).table("audit.Event").hasColumn("kind");
    }

    @Test
    void should_fail_hasColumn_listing_the_columns_and_the_case_mismatch() {
        AssertionError error = failure(() -> assertThat(db).table("Session").hasColumn("ipaddress"));

        assertThat(error)
                .hasMessage(message(
                        "table \"Session\"",
                        ShouldHaveColumn.shouldHaveColumn(
                                "\"public\".\"Session\"",
                                "ipaddress",
                                List.of("id", "userId", "ipAddress", "expires"),
                                origin(db))));
        assertThat(error.getMessage())
                .contains("to have column:\n  \"ipaddress\"\nbut it has only:\n  \"id\", \"userId\", \"ipAddress\"")
                .contains("differ only in case:\n  \"ipAddress\"");
    }

    @Test
    void should_fail_hasColumn_on_a_missing_table_like_exists() {
        AssertionError error = failure(() -> assertThat(db).table("Sessions").hasColumn("id"));

        assertThat(error)
                .hasMessage(message(
                        "table \"Sessions\"",
                        ShouldExist.shouldExist(
                                "\"Sessions\"", "the schemas on the search_path (public)", List.of(), origin(db))));
    }

    @Test
    void should_pass_hasRowCount_counted_in_the_database() {
        assertThat(db).table("Session").hasRowCount(3);
        assertThat(db).table("ActiveSession").hasRowCount(1);
        assertThat(db).table("audit.Event").hasRowCount(1);
    }

    @Test
    void should_fail_hasRowCount() {
        AssertionError error = failure(() -> assertThat(db).table("Session").hasRowCount(2));

        assertThat(error)
                .hasMessage(message(
                        "table \"Session\"",
                        ShouldHaveRowCount.shouldHaveRowCount("\"public\".\"Session\"", 2, 3, origin(db))));
        assertThat(error.getMessage()).contains("to have 2 rows\nbut it has 3 rows.");
    }

    @Test
    void should_pass_hasSameRowCountAsBeforeMigration_when_no_row_was_lost() {
        try (AssertjTestDatabase after = AssertjTestDatabase.create(SETUP, db)) {
            assertThat(after.db()).table("Session").hasSameRowCountAsBeforeMigration();
        }
        // without migrations, the database is its own pre-migration state
        assertThat(db).table("Session").hasSameRowCountAsBeforeMigration();
    }

    @Test
    void should_fail_hasSameRowCountAsBeforeMigration_when_rows_were_deleted() {
        try (AssertjTestDatabase after =
                AssertjTestDatabase.create(SETUP + "DELETE FROM \"Session\" WHERE \"ipAddress\" IS NULL;", db)) {
            RestoredDatabase upgraded = after.db();

            AssertionError error =
                    failure(() -> assertThat(upgraded).table("Session").hasSameRowCountAsBeforeMigration());

            assertThat(error)
                    .hasMessage(message(
                            "table \"Session\"",
                            ShouldHaveSameRowCountAsBeforeMigration.shouldHaveSameRowCountAsBeforeMigration(
                                    "\"public\".\"Session\"", 3, db.databaseName(), 1, origin(upgraded))));
            assertThat(error.getMessage())
                    .contains("3 rows in database " + db.databaseName() + " (before the migrations)")
                    .contains("1 row (2 fewer)");
        }
    }

    @Test
    void should_fail_hasSameRowCountAsBeforeMigration_when_the_table_is_new() {
        try (AssertjTestDatabase after = AssertjTestDatabase.create(
                SETUP + "CREATE TABLE \"Device\" (id int); INSERT INTO \"Device\" VALUES (1);", db)) {
            RestoredDatabase upgraded = after.db();

            AssertionError error =
                    failure(() -> assertThat(upgraded).table("Device").hasSameRowCountAsBeforeMigration());

            assertThat(error)
                    .hasMessage(message(
                            "table \"Device\"",
                            ShouldHaveSameRowCountAsBeforeMigration.tableMissingBeforeMigration(
                                    "\"public\".\"Device\"",
                                    "schema \"public\"",
                                    db.databaseName(),
                                    1,
                                    origin(upgraded))));
        }
    }

    @Test
    void should_reject_a_blank_name_or_part() {
        assertThatIllegalArgumentException().isThrownBy(() -> assertThat(db).table(" "));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(db).table("audit."))
                .withMessageContaining("expected \"table\" or \"schema.table\"");
    }

    @Test
    void should_quote_identifiers_so_names_cannot_inject_sql() {
        try (AssertjTestDatabase odd = AssertjTestDatabase.create(
                "CREATE TABLE \"we\"\"ird; DROP TABLE x\" (\"a\"\"b\" int); INSERT INTO \"we\"\"ird; DROP TABLE x\" VALUES (NULL);")) {
            assertThat(odd.db())
                    .table("we\"ird; DROP TABLE x")
                    .exists()
                    .hasRowCount(1)
                    .hasColumn("a\"b");
            assertThat(odd.db()).table("we\"ird; DROP TABLE x").column("a\"b").hasNullCount(1);
        }
    }

    static AssertionError failure(ThrowingCallable call) {
        AssertionError error = catchThrowableOfType(AssertionError.class, call);
        assertThat(error).as("expected an assertion failure").isNotNull();
        return error;
    }
}
