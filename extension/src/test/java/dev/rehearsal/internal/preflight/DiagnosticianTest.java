package dev.rehearsal.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.PreflightFinding;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each risky kind of statement against real data that blocks it: the finding names the rows PostgreSQL would refuse,
 * and running the statement for real fails exactly when the finding says so.
 */
class DiagnosticianTest {
    private static final String SETUP = """
            CREATE TABLE author (id int PRIMARY KEY, email text, nickname text);
            INSERT INTO author VALUES (1, 'a@x.org', 'ann'), (2, 'b@x.org', NULL), (3, 'a@x.org', 'ann'),
                (4, 'c@x.org', 'cy');
            CREATE TABLE "Book" (id int PRIMARY KEY, author_id int, price text, pages int);
            INSERT INTO "Book" VALUES (10, 1, '12.50', 100), (11, 7, 'free', 0), (12, NULL, '3', -5), (13, 9, '4', 20);
            CREATE TABLE review (id int PRIMARY KEY, book_id int REFERENCES "Book" (id) ON DELETE RESTRICT,
                author_id int REFERENCES author (id) ON DELETE CASCADE);
            INSERT INTO review VALUES (100, 10, 1), (101, 11, 4), (102, 11, 4);
            CREATE TABLE note (body text);
            INSERT INTO note VALUES ('x'), (NULL);
            """;

    private static TestDatabase database;

    @BeforeAll
    static void create() throws Exception {
        database = TestPostgres.newDatabase();
        database.execute(SETUP);
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static StatementDiagnosis diagnose(String statement) throws Exception {
        try (Connection connection = database.connection()) {
            return new Diagnostician(connection).diagnose(statement);
        }
    }

    @Test
    void aForeignKeyOverOrphansNamesTheMissingKeys() throws Exception {
        StatementDiagnosis diagnosis = diagnose(
                "ALTER TABLE \"Book\" ADD CONSTRAINT book_author_fk FOREIGN KEY (author_id) REFERENCES author;");

        assertThat(diagnosis.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(PreflightFinding.Kind.FOREIGN_KEY);
            assertThat(finding.table()).isEqualTo("public.\"Book\"");
            assertThat(finding.rows()).isEqualTo(2);
            assertThat(finding.keys()).containsExactly("(author_id)=(7)", "(author_id)=(9)");
            assertThat(finding.why()).isEqualTo("(author_id) not present in table public.author (id) (book_author_fk)");
        });
        assertThat(count(diagnosis.findings().get(0).query())).isEqualTo(2);
        assertThat(failsFor(diagnosis.statement())).isEqualTo("23503");
    }

    @Test
    void aForeignKeyAddedNotValidChecksNothing() throws Exception {
        StatementDiagnosis diagnosis =
                diagnose("ALTER TABLE \"Book\" ADD FOREIGN KEY (author_id) REFERENCES author (id) NOT VALID");

        assertThat(diagnosis.findings()).isEmpty();
        assertThat(diagnosis.notAnalysed()).isEmpty();
    }

    @Test
    void validatingANotValidForeignKeyReadsItFromTheCatalog() throws Exception {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("ALTER TABLE \"Book\" ADD CONSTRAINT later_fk FOREIGN KEY (author_id)"
                    + " REFERENCES author (id) NOT VALID");
            StatementDiagnosis diagnosis =
                    new Diagnostician(connection).diagnose("ALTER TABLE \"Book\" VALIDATE CONSTRAINT later_fk");
            connection.rollback();

            assertThat(diagnosis.findings())
                    .singleElement()
                    .satisfies(finding ->
                            assertThat(finding.keys()).containsExactly("(author_id)=(7)", "(author_id)=(9)"));
        }
    }

    @Test
    void setNotNullNamesTheRowsHoldingNull() throws Exception {
        StatementDiagnosis diagnosis = diagnose("ALTER TABLE author ALTER COLUMN nickname SET NOT NULL");

        assertThat(diagnosis.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(PreflightFinding.Kind.NOT_NULL);
            assertThat(finding.keys()).containsExactly("(id)=(2)");
            assertThat(finding.why()).isEqualTo("column nickname holds NULL");
        });
        assertThat(failsFor(diagnosis.statement())).isEqualTo("23502");
    }

    @Test
    void aColumnAddedNotNullWithoutDefaultBlocksOnEveryRowOfATableWithoutPrimaryKey() throws Exception {
        StatementDiagnosis diagnosis = diagnose("ALTER TABLE note ADD COLUMN author int NOT NULL");

        assertThat(diagnosis.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rows()).isEqualTo(2);
            assertThat(finding.keys()).containsExactly("(ctid)=((0,1))", "(ctid)=((0,2))");
        });
        assertThat(diagnose("ALTER TABLE note ADD COLUMN author int NOT NULL DEFAULT 0")
                        .findings())
                .isEmpty();
        assertThat(failsFor(diagnosis.statement())).isEqualTo("23502");
    }

    @Test
    void aUniqueKeyOverDuplicatesNamesTheDuplicatedValues() throws Exception {
        StatementDiagnosis constraint = diagnose("ALTER TABLE author ADD CONSTRAINT author_email UNIQUE (email)");
        StatementDiagnosis index = diagnose("CREATE UNIQUE INDEX CONCURRENTLY author_nick ON author (email, nickname)");
        StatementDiagnosis partial =
                diagnose("CREATE UNIQUE INDEX author_nick_b ON author (email) WHERE nickname <> 'ann'");

        assertThat(constraint.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(PreflightFinding.Kind.UNIQUE);
            assertThat(finding.rows()).isEqualTo(2);
            assertThat(finding.keys()).containsExactly("(email)=(a@x.org) ×2");
            assertThat(finding.why()).isEqualTo("(email) is not unique (author_email)");
        });
        assertThat(index.findings())
                .singleElement()
                .satisfies(
                        finding -> assertThat(finding.keys()).containsExactly("(email, nickname)=(a@x.org, ann) ×2"));
        assertThat(partial.findings()).isEmpty();
        assertThat(failsFor(constraint.statement())).isEqualTo("23505");
    }

    @Test
    void anExpressionIndexIsNotAnalysed() throws Exception {
        StatementDiagnosis diagnosis = diagnose("CREATE UNIQUE INDEX author_lower ON author (lower(email))");

        assertThat(diagnosis.findings()).isEmpty();
        assertThat(diagnosis.notAnalysed())
                .singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("expression"));
    }

    @Test
    void aCheckNamesTheRowsItIsFalseFor() throws Exception {
        StatementDiagnosis diagnosis =
                diagnose("ALTER TABLE \"Book\" ADD CONSTRAINT pages_positive CHECK (pages > 0), ADD CHECK (id < 100)");

        assertThat(diagnosis.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(PreflightFinding.Kind.CHECK);
            assertThat(finding.keys()).containsExactly("(id)=(11)", "(id)=(12)");
            assertThat(finding.why()).isEqualTo("the check (pages > 0) is false (pages_positive)");
        });
        assertThat(failsFor(diagnosis.statement())).isEqualTo("23514");
    }

    @Test
    void aTypeChangeNamesTheValuesThatDoNotConvert() throws Exception {
        StatementDiagnosis plain = diagnose("ALTER TABLE \"Book\" ALTER COLUMN price TYPE numeric(10, 2)");
        StatementDiagnosis using =
                diagnose("ALTER TABLE \"Book\" ALTER price SET DATA TYPE integer USING price::numeric::integer");

        assertThat(plain.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(PreflightFinding.Kind.TYPE_CHANGE);
            assertThat(finding.keys()).containsExactly("(id)=(11)");
            assertThat(finding.query()).startsWith("CREATE OR REPLACE FUNCTION pg_temp.rehearsal_preflight_fails");
        });
        assertThat(using.findings())
                .singleElement()
                .satisfies(finding -> assertThat(finding.keys()).containsExactly("(id)=(11)"));
        assertThat(failsFor("ALTER TABLE \"Book\" ALTER COLUMN price TYPE numeric(10, 2) USING price::numeric(10, 2)"))
                .isEqualTo("22P02");
    }

    @Test
    void aDeleteOfReferencedRowsNamesTheKeysAndTheRestrictingForeignKey() throws Exception {
        StatementDiagnosis diagnosis = diagnose("DELETE FROM \"Book\" b WHERE b.price <> '4'");

        assertThat(diagnosis.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(PreflightFinding.Kind.REFERENCED_ROWS);
            assertThat(finding.rows()).isEqualTo(2);
            assertThat(finding.keys()).containsExactly("(id)=(10)", "(id)=(11)");
            assertThat(finding.why())
                    .isEqualTo("rows are still referenced from table public.review by \"review_book_id_fkey\""
                            + " (ON DELETE RESTRICT)");
        });
        assertThat(diagnose("DELETE FROM author").findings())
                .as("ON DELETE CASCADE")
                .isEmpty();
        assertThat(failsFor(diagnosis.statement())).isEqualTo("23503");
    }

    @Test
    void anUpdateOfAReferencedKeyBlocksOnlyWhereTheKeyChanges() throws Exception {
        StatementDiagnosis changes = diagnose("UPDATE \"Book\" SET id = id + 1000, pages = 1 WHERE id IN (10, 13)");
        StatementDiagnosis same = diagnose("UPDATE \"Book\" SET id = id WHERE id = 10");
        StatementDiagnosis other = diagnose("UPDATE \"Book\" SET pages = 1");

        assertThat(changes.findings())
                .singleElement()
                .satisfies(finding -> assertThat(finding.keys()).containsExactly("(id)=(10)"));
        assertThat(same.findings()).isEmpty();
        assertThat(other.findings()).isEmpty();
        assertThat(failsFor(changes.statement())).isEqualTo("23503");
    }

    @Test
    void aDoBlockAndJoinsAreListedAsNotAnalysed() throws Exception {
        assertThat(diagnose("DO $$ BEGIN DELETE FROM \"Book\"; END $$").notAnalysed())
                .singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("DO block"));
        assertThat(diagnose("DELETE FROM \"Book\" USING author WHERE author.id = \"Book\".author_id")
                        .notAnalysed())
                .singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("USING"));
        assertThat(diagnose("ALTER TABLE missing ADD CHECK (a > 0)").notAnalysed())
                .singleElement()
                .satisfies(
                        n -> assertThat(n.reason()).isEqualTo("table missing does not exist when the statement runs"));
    }

    @Test
    void statementsThatCannotFailOnDataYieldNothing() throws Exception {
        for (String statement : new String[] {
            "CREATE TABLE t (a int)",
            "ALTER TABLE author ADD COLUMN bio text",
            "CREATE INDEX ON author (email)",
            "INSERT INTO note VALUES ('y')",
            "SELECT 1"
        }) {
            StatementDiagnosis diagnosis = diagnose(statement);
            assertThat(diagnosis.findings()).as(statement).isEmpty();
            assertThat(diagnosis.notAnalysed()).as(statement).isEmpty();
        }
    }

    @Test
    void insideATransactionAProbeLeavesTheTransactionUsable() throws Exception {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("UPDATE author SET nickname = 'bee' WHERE id = 2");
            Diagnostician diagnostician = new Diagnostician(connection);
            assertThat(diagnostician
                            .diagnose("ALTER TABLE author ALTER nickname SET NOT NULL")
                            .findings())
                    .isEmpty();
            assertThat(diagnostician
                            .diagnose("ALTER TABLE \"Book\" ALTER price TYPE int")
                            .findings())
                    .isNotEmpty();
            statement.execute("ALTER TABLE author ALTER nickname SET NOT NULL");
            connection.rollback();
        }
    }

    private static long count(String query) throws Exception {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM (" + query + ") q")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs the statement in a transaction that is rolled back; the SQLSTATE it failed with, or null. */
    private static String failsFor(String sql) throws Exception {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!sql.contains("CONCURRENTLY") ? false : true);
            try {
                statement.execute(sql);
                return null;
            } catch (java.sql.SQLException e) {
                return e.getSQLState();
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
        }
    }
}
