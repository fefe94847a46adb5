package dev.rehearsal.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement that fails inside a transaction is diagnosed afterwards, on a fresh connection, on the data it saw:
 * the transaction's earlier statements replayed and rolled back.
 */
class StatementRecorderTest {
    private static TestDatabase database;

    @BeforeAll
    static void create() throws Exception {
        database = TestPostgres.newDatabase();
        database.execute("""
                CREATE TABLE member (id int PRIMARY KEY, email text);
                INSERT INTO member VALUES (1, 'a@x.org'), (2, 'b@x.org'), (3, NULL);
                """);
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void aFailureInATransactionIsDiagnosedOnTheDataTheStatementSaw() throws Exception {
        StatementRecorder recorder = new StatementRecorder();
        try (Connection connection = recorder.watch(database.connection());
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("UPDATE member SET email = NULL WHERE id = 1");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE member ALTER email SET NOT NULL"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
        }

        FailedUnit failure = recorder.failure().orElseThrow();
        assertThat(failure.before()).containsExactly("UPDATE member SET email = NULL WHERE id = 1");
        assertThat(failure.sqlState()).isEqualTo("23502");
        try (Connection fresh = database.connection()) {
            StatementDiagnosis diagnosis =
                    new Diagnostician(fresh).diagnose(failure).orElseThrow();
            assertThat(diagnosis.findings())
                    .singleElement()
                    .satisfies(finding -> assertThat(finding.keys()).containsExactly("(id)=(1)", "(id)=(3)"));
        }
        try (Connection check = database.connection();
                Statement statement = check.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM member WHERE email IS NULL")) {
            rows.next();
            assertThat(rows.getLong(1)).as("the replay was rolled back").isEqualTo(1);
        }
    }

    @Test
    void withBeginAndCommitStatementsOnlyTheOpenTransactionIsReplayed() throws Exception {
        StatementRecorder recorder = new StatementRecorder();
        try (Connection connection = recorder.watch(database.connection());
                Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            statement.execute("CREATE TABLE committed_before (a int)");
            statement.execute("COMMIT");
            statement.execute("BEGIN");
            statement.execute("INSERT INTO member VALUES (4, 'b@x.org')");
            assertThatThrownBy(() -> statement.execute("CREATE UNIQUE INDEX member_email ON member (email)"))
                    .isInstanceOf(SQLException.class);
            statement.execute("ROLLBACK");
            statement.execute("DROP TABLE committed_before");
        }

        FailedUnit failure = recorder.failure().orElseThrow();
        assertThat(failure.before()).containsExactly("INSERT INTO member VALUES (4, 'b@x.org')");
        assertThat(failure.statement()).isEqualTo("CREATE UNIQUE INDEX member_email ON member (email)");
    }

    @Test
    void aStatementOnItsOwnReplaysNothingAndASchemaErrorIsNotDiagnosed() throws Exception {
        StatementRecorder recorder = new StatementRecorder();
        try (Connection connection = recorder.watch(database.connection());
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE member SET email = email");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE nowhere ADD COLUMN a int"))
                    .isInstanceOf(SQLException.class);
        }

        FailedUnit failure = recorder.failure().orElseThrow();
        assertThat(failure.before()).isEmpty();
        try (Connection fresh = database.connection()) {
            assertThat(new Diagnostician(fresh).diagnose(failure))
                    .as("42P01 is not about data")
                    .isEmpty();
        }
    }

    @Test
    void aTransactionWithADataChangingParameterisedStatementIsNotReplayed() throws Exception {
        StatementRecorder recorder = new StatementRecorder();
        try (Connection connection = recorder.watch(database.connection())) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("UPDATE member SET email = ? WHERE id = 2")) {
                update.setString(1, "a@x.org");
                update.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute("ALTER TABLE member ADD UNIQUE (email)"))
                        .isInstanceOf(SQLException.class);
            }
            connection.rollback();
            assertThat(connection.unwrap(org.postgresql.PGConnection.class)).isNotNull();
        }

        FailedUnit failure = recorder.failure().orElseThrow();
        assertThat(failure.replayable()).isFalse();
        try (Connection fresh = database.connection()) {
            assertThat(new Diagnostician(fresh).diagnose(failure).orElseThrow().notAnalysed())
                    .singleElement()
                    .satisfies(n -> assertThat(n.reason()).contains("parameters"));
        }
    }
}
