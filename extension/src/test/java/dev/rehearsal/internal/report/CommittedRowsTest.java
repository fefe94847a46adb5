package dev.rehearsal.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CommittedRows} on the real server: each migration gets the rows its committed transactions changed, at once
 * (not when the session chose to publish them), a rolled-back transaction's rows go to nobody, a transaction spanning
 * two migrations makes both unknown; before PostgreSQL 15 nothing is counted.
 */
class CommittedRowsTest {
    private TestDatabase database;
    private CommittedRows rows;

    @BeforeEach
    void create() throws SQLException {
        database = TestPostgres.newDatabase();
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE item (id int PRIMARY KEY, n int NOT NULL)");
            statement.execute("INSERT INTO item SELECT g, 0 FROM generate_series(1, 40) g");
        }
        rows = new CommittedRows();
        rows.start(database::connection);
    }

    @AfterEach
    void drop() {
        rows.close();
        database.close();
    }

    @Test
    void each_migration_gets_what_its_committed_transactions_changed_and_a_rollback_counts_for_nobody()
            throws SQLException {
        try (Connection tool = rows.watch(database.connection());
                Statement statement = tool.createStatement()) {
            rows.migration("1");
            statement.executeUpdate("UPDATE item SET n = 1 WHERE id <= 30"); // autocommit
            statement.executeUpdate("INSERT INTO item VALUES (41, 0), (42, 0)");
            rows.migration(null);
            rows.migration("2");
            statement.executeUpdate("UPDATE item SET n = 2 WHERE id < 0"); // matches nothing
            rows.migration(null);
            rows.migration("3");
            tool.setAutoCommit(false);
            statement.executeUpdate("UPDATE item SET n = 3");
            tool.rollback();
            statement.executeUpdate("DELETE FROM item WHERE id > 40");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO item VALUES (1, 0)"))
                    .isInstanceOf(SQLException.class);
            tool.rollback();
            tool.setAutoCommit(true);
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE item SET n = 1 / (id - 35)"))
                    .as("an autocommit statement that fails halfway rolls back")
                    .isInstanceOf(SQLException.class);
            rows.migration(null);
            rows.migration("4");
            tool.setAutoCommit(false);
            statement.executeUpdate("DELETE FROM item WHERE id = 42");
            tool.commit();
            statement.executeUpdate("UPDATE item SET n = 4 WHERE id = 1");
            rows.migration(null);
            tool.commit(); // after the migration ended, e.g. a tool committing after its callback
        }

        if (major() < 15) {
            assertThat(rows.rows("1")).as("not counted before PostgreSQL 15").isEmpty();
            return;
        }
        assertThat(rows.rows("1")).contains(List.of(new MigrationRecord.Rows("public.item", 2, 30, 0)));
        assertThat(rows.rows("2")).contains(List.of());
        assertThat(rows.rows("3")).as("all rolled back").contains(List.of());
        assertThat(rows.rows("4")).contains(List.of(new MigrationRecord.Rows("public.item", 0, 1, 1)));
    }

    @Test
    void a_transaction_that_spans_two_migrations_leaves_both_unknown_and_a_close_inside_one_rolls_it_back()
            throws SQLException {
        try (Connection tool = rows.watch(database.connection());
                Statement statement = tool.createStatement()) {
            tool.setAutoCommit(false);
            rows.migration("1");
            statement.executeUpdate("UPDATE item SET n = 1 WHERE id = 1");
            rows.migration("2");
            statement.executeUpdate("UPDATE item SET n = 2 WHERE id = 2");
            rows.migration(null);
            tool.commit();
        }
        try (Connection tool = rows.watch(database.connection());
                Statement statement = tool.createStatement()) {
            tool.setAutoCommit(false);
            rows.migration("3");
            statement.executeUpdate("UPDATE item SET n = 3");
        } // closed inside the transaction
        try (Connection tool = rows.watch(database.connection());
                Statement statement = tool.createStatement()) {
            rows.migration("4");
            statement.execute("BEGIN; UPDATE item SET n = 4 WHERE id <= 5; COMMIT");
            statement.execute("BEGIN");
            statement.executeUpdate("UPDATE item SET n = 4");
            statement.execute("ROLLBACK");
            rows.migration(null);
        }

        if (major() < 15) {
            assertThat(rows.rows("4")).isEmpty();
            return;
        }
        assertThat(rows.rows("1")).as("split unknown").isEmpty();
        assertThat(rows.rows("2")).as("split unknown").isEmpty();
        assertThat(rows.rows("3")).contains(List.of());
        assertThat(rows.rows("4")).contains(List.of(new MigrationRecord.Rows("public.item", 0, 5, 0)));
    }

    private int major() throws SQLException {
        try (Connection connection = database.connection()) {
            return connection.getMetaData().getDatabaseMajorVersion();
        }
    }
}
