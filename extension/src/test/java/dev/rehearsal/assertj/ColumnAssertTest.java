package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.AssertjTestDatabase.message;
import static dev.rehearsal.assertj.AssertjTestDatabase.origin;
import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.assertj.TableAssertTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.RestoredDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ColumnAssertTest {
    private static final String RECIPIENT_COLUMN = "column \"Recipient\".\"documentDeletedAt\"";

    private static AssertjTestDatabase database;
    private static RestoredDatabase db;

    @BeforeAll
    static void createDatabase() {
        database = AssertjTestDatabase.create("""
                CREATE TABLE "Recipient" (
                    id integer PRIMARY KEY,
                    "documentId" integer NOT NULL,
                    "documentDeletedAt" timestamp(3) without time zone,
                    email varchar(191));
                INSERT INTO "Recipient" VALUES
                    (1, 10, NULL, 'a'), (2, 10, '2024-01-01', 'b'), (3, 11, NULL, NULL), (4, 12, NULL, 'd'),
                    (5, 12, NULL, 'e'), (6, 12, NULL, 'f'), (7, 12, NULL, 'g'), (8, 12, NULL, 'h');
                CREATE TABLE "Membership" ("orgId" integer, "userId" integer, role text, PRIMARY KEY ("orgId", "userId"));
                INSERT INTO "Membership" VALUES (1, 1, 'owner'), (1, 2, NULL), (2, 1, 'member');
                CREATE TABLE "Log" (line text);
                INSERT INTO "Log" VALUES ('first'), (NULL), ('third');
                """);
        db = database.db();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void should_describe_itself_with_table_and_column() {
        assertThat(assertThat(db).table("Recipient").column("documentDeletedAt").descriptionText())
                .isEqualTo("column \"Recipient\".\"documentDeletedAt\"");
        assertThat(assertThat(db).table("public.Recipient").column("email").descriptionText())
                .isEqualTo("column \"public\".\"Recipient\".\"email\"");
    }

    @Test
    void should_pass_hasType_spelled_as_format_type_ignoring_case_and_spaces() {
        assertThat(db).table("Recipient").column("documentDeletedAt").hasType("timestamp(3) without time zone");
        assertThat(db).table("Recipient").column("documentDeletedAt").hasType("TIMESTAMP(3)  Without Time Zone");
        assertThat(db).table("Recipient").column("email").hasType("character varying(191)");
        assertThat(db).table("Recipient").column("id").hasType("integer");
    }

    @Test
    void should_fail_hasType_showing_the_real_type() {
        AssertionError error = failure(() ->
                assertThat(db).table("Recipient").column("documentDeletedAt").hasType("timestamp without time zone"));

        assertThat(error)
                .hasMessage(message(
                        RECIPIENT_COLUMN,
                        ShouldHaveType.shouldHaveType(
                                "\"Recipient\".\"documentDeletedAt\"",
                                "timestamp without time zone",
                                "timestamp(3) without time zone",
                                origin(db))));
        assertThat(error.getMessage())
                .contains("to have type:\n  timestamp without time zone\nbut it has type:\n  timestamp(3) without");
    }

    @Test
    void should_pass_isNullable_and_isNotNullable() {
        assertThat(db).table("Recipient").column("documentDeletedAt").isNullable();
        assertThat(db).table("Recipient").column("documentId").isNotNullable();
    }

    @Test
    void should_fail_isNullable_on_a_not_null_column() {
        AssertionError error =
                failure(() -> assertThat(db).table("Recipient").column("id").isNullable());

        assertThat(error)
                .hasMessage(message(
                        "column \"Recipient\".\"id\"",
                        ShouldBeNullable.shouldBeNullable("\"Recipient\".\"id\"", origin(db))));
    }

    @Test
    void should_fail_isNotNullable_saying_how_many_rows_hold_null() {
        AssertionError error =
                failure(() -> assertThat(db).table("Recipient").column("email").isNotNullable());

        assertThat(error)
                .hasMessage(message(
                        "column \"Recipient\".\"email\"",
                        ShouldNotBeNullable.shouldNotBeNullable("\"Recipient\".\"email\"", 1, origin(db))));
        assertThat(error.getMessage())
                .contains("but it is nullable (1 row holds NULL now, so SET NOT NULL would fail)");
    }

    @Test
    void should_pass_hasNoNulls() {
        assertThat(db).table("Recipient").column("documentId").hasNoNulls();
        assertThat(db).table("Membership").column("orgId").hasNoNulls();
    }

    @Test
    void should_fail_hasNoNulls_naming_the_first_primary_keys() {
        AssertionError error = failure(() ->
                assertThat(db).table("Recipient").column("documentDeletedAt").hasNoNulls());

        assertThat(error)
                .hasMessage(message(
                        RECIPIENT_COLUMN,
                        ShouldHaveNoNulls.shouldHaveNoNulls(
                                "\"Recipient\".\"documentDeletedAt\"",
                                7,
                                "first 5 by primary key (id): 1, 3, 4, 5, 6, …",
                                origin(db))));
        assertThat(error.getMessage()).contains("but found 7 rows with NULL:\n  first 5 by primary key (id): 1, 3");
    }

    @Test
    void should_fail_hasNoNulls_naming_composite_keys() {
        AssertionError error =
                failure(() -> assertThat(db).table("Membership").column("role").hasNoNulls());

        assertThat(error)
                .hasMessage(message(
                        "column \"Membership\".\"role\"",
                        ShouldHaveNoNulls.shouldHaveNoNulls(
                                "\"Membership\".\"role\"", 1, "primary key (orgId, userId): (1, 2)", origin(db))));
    }

    @Test
    void should_fail_hasNoNulls_naming_ctids_when_there_is_no_primary_key() {
        AssertionError error =
                failure(() -> assertThat(db).table("Log").column("line").hasNoNulls());

        assertThat(error)
                .hasMessage(message(
                        "column \"Log\".\"line\"",
                        ShouldHaveNoNulls.shouldHaveNoNulls(
                                "\"Log\".\"line\"", 1, "ctid (the table has no primary key): (0,2)", origin(db))));
    }

    @Test
    void should_pass_hasNullCount() {
        assertThat(db).table("Recipient").column("documentDeletedAt").hasNullCount(7);
        assertThat(db).table("Recipient").column("id").hasNullCount(0);
    }

    @Test
    void should_fail_hasNullCount() {
        AssertionError tooMany =
                failure(() -> assertThat(db).table("Recipient").column("email").hasNullCount(0));
        AssertionError tooFew =
                failure(() -> assertThat(db).table("Recipient").column("id").hasNullCount(2));

        assertThat(tooMany)
                .hasMessage(message(
                        "column \"Recipient\".\"email\"",
                        ShouldHaveNullCount.shouldHaveNullCount(
                                "\"Recipient\".\"email\"", 0, 1, "primary key (id): 3", origin(db))));
        assertThat(tooFew)
                .hasMessage(message(
                        "column \"Recipient\".\"id\"",
                        ShouldHaveNullCount.shouldHaveNullCount("\"Recipient\".\"id\"", 2, 0, "", origin(db))));
        assertThat(tooFew.getMessage()).contains("to contain NULL in 2 rows\nbut found NULL in no row.");
    }

    @Test
    void should_pass_hasNoNullsWhere() {
        assertThat(db)
                .table("Recipient")
                .column("documentDeletedAt")
                .hasNoNullsWhere("\"documentId\" = 10 AND id = 2")
                .hasNoNullsWhere("false");
    }

    @Test
    void should_fail_hasNoNullsWhere_naming_the_condition_and_the_rows() {
        AssertionError error = failure(() ->
                assertThat(db).table("Recipient").column("documentDeletedAt").hasNoNullsWhere("\"documentId\" = 12"));

        assertThat(error)
                .hasMessage(message(
                        RECIPIENT_COLUMN,
                        ShouldHaveNoNulls.shouldHaveNoNullsWhere(
                                "\"Recipient\".\"documentDeletedAt\"",
                                "\"documentId\" = 12",
                                5,
                                "primary key (id): 4, 5, 6, 7, 8",
                                origin(db))));
        assertThat(error.getMessage())
                .contains(
                        "to contain no NULL in the rows where:\n  \"documentId\" = 12\nbut found 5 such rows with NULL");
    }

    @Test
    void should_keep_an_or_condition_inside_its_parentheses() {
        // "id = 2 OR id = 8" must not become "id = 2 OR id = 8 AND col IS NULL"
        AssertionError error = failure(() ->
                assertThat(db).table("Recipient").column("documentDeletedAt").hasNoNullsWhere("id = 2 OR id = 8"));

        assertThat(error.getMessage()).contains("found 1 such row with NULL:\n  primary key (id): 8");
    }

    @Test
    void should_fail_on_a_missing_column_listing_the_columns() {
        AssertionError error = failure(
                () -> assertThat(db).table("Recipient").column("deletedAt").hasNoNulls());

        assertThat(error)
                .hasMessage(message(
                        "column \"Recipient\".\"deletedAt\"",
                        ShouldHaveColumn.shouldHaveColumn(
                                "\"public\".\"Recipient\"",
                                "deletedAt",
                                List.of("id", "documentId", "documentDeletedAt", "email"),
                                origin(db))));
    }

    @Test
    void should_fail_on_a_missing_table_like_exists() {
        AssertionError error =
                failure(() -> assertThat(db).table("Recipients").column("id").isNotNullable());

        assertThat(error)
                .hasMessage(message(
                        "column \"Recipients\".\"id\"",
                        ShouldExist.shouldExist(
                                "\"Recipients\"", "the schemas on the search_path (public)", List.of(), origin(db))));
    }

    @Test
    void should_pass_returnToTable_chains() {
        TableAssert table = assertThat(db)
                .table("Recipient")
                .column("documentDeletedAt")
                .isNullable()
                .returnToTable();

        assertThat(table.descriptionText()).isEqualTo("table \"Recipient\"");
        table.hasRowCount(8).column("documentId").isNotNullable();
    }
}
