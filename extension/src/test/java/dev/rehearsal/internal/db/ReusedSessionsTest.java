package dev.rehearsal.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A test copy's {@code execute} and {@code query} reuse their connections, and each call still starts in the state
 * of a new session, as when every call opened its own: settings, temporary tables, advisory locks and open
 * transactions of one call are gone in the next, settings given to the database apply at once, a session the server
 * terminated is replaced, concurrent calls do not wait for each other, and {@code closeSessions()} leaves no
 * connection.
 */
class ReusedSessionsTest {
    private static final FixtureInfo FIXTURE = new FixtureInfo(
            "sessions.sql",
            "(built by the test)",
            "0".repeat(64),
            "plain SQL",
            Optional.empty(),
            Optional.empty(),
            Duration.ZERO);

    private TestDatabase raw;
    private DefaultRestoredDatabase db;

    @BeforeEach
    void create() {
        raw = TestPostgres.newDatabase();
        raw.execute("CREATE TABLE t (a int)");
        db = new DefaultRestoredDatabase(raw.server(), raw.name(), FIXTURE, null, null).reusingSessions();
    }

    @AfterEach
    void drop() {
        db.closeSessions();
        raw.close();
    }

    @Test
    void consecutive_calls_run_on_one_connection() {
        Object first = db.query("SELECT pg_backend_pid()").singleValue();
        for (int i = 0; i < 10; i++) { // past the driver's threshold for server-prepared statements
            assertThat(db.query("SELECT pg_backend_pid()").singleValue()).isEqualTo(first);
            db.execute("INSERT INTO t VALUES (?)", i);
        }
        assertThat(db.query("SELECT count(*) FROM t").singleValue()).isEqualTo(10L);
    }

    @Test
    void each_call_starts_as_a_new_session() {
        Object pid = db.query("SELECT pg_backend_pid()").singleValue();
        String searchPath = (String) db.query("SHOW search_path").singleValue();
        db.execute("SET search_path TO nowhere");
        db.execute("CREATE TEMPORARY TABLE scratch (a int)");
        db.execute("SELECT pg_advisory_lock(4242)");

        assertThat(db.query("SHOW search_path").singleValue()).isEqualTo(searchPath);
        assertThat(db.query("SELECT to_regclass('pg_temp.scratch')::text").singleValue())
                .isNull();
        assertThat(raw.server()).satisfies(server -> {
            try (Connection other = server.connect(raw.name());
                    Statement statement = other.createStatement();
                    ResultSet row = statement.executeQuery("SELECT pg_try_advisory_lock(4242)")) {
                row.next();
                assertThat(row.getBoolean(1))
                        .as("the lock of an earlier call is released")
                        .isTrue();
            }
        });
        assertThat(db.query("SELECT pg_backend_pid()").singleValue())
                .as("still one connection")
                .isEqualTo(pid);
    }

    @Test
    void a_transaction_a_call_left_open_is_rolled_back() {
        db.execute("BEGIN; INSERT INTO t VALUES (1)");
        assertThat(db.query("SELECT count(*) FROM t").singleValue()).isEqualTo(0L);
        db.execute("INSERT INTO t VALUES (2)");
        assertThat(db.query("SELECT count(*) FROM t").singleValue()).isEqualTo(1L);
    }

    @Test
    void a_setting_given_to_the_database_applies_to_the_next_call() {
        assertThat(db.query("SHOW work_mem").singleValue()).isEqualTo("4MB");
        db.execute("ALTER DATABASE \"" + raw.name() + "\" SET work_mem = '7MB'");
        assertThat(db.query("SHOW work_mem").singleValue()).isEqualTo("7MB");
        db.execute("ALTER DATABASE \"" + raw.name() + "\" RESET work_mem");
        assertThat(db.query("SHOW work_mem").singleValue()).isEqualTo("4MB");
    }

    @Test
    void a_failed_call_leaves_the_next_one_working() {
        Assertions.assertThatThrownBy(() -> db.execute("INSERT INTO missing VALUES (1)"))
                .isInstanceOf(RehearsalSqlException.class);
        assertThat(db.query("SELECT count(*) FROM t").singleValue()).isEqualTo(0L);
    }

    @Test
    void a_session_the_server_terminated_is_replaced() throws Exception {
        Object pid = db.query("SELECT pg_backend_pid()").singleValue();
        try (Connection other = raw.server().connect(raw.name());
                Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
        awaitGone(pid);
        assertThat(db.query("SELECT pg_backend_pid()").singleValue()).isNotEqualTo(pid);
    }

    @Test
    void a_call_does_not_wait_for_another_one_still_running_and_close_leaves_no_connection() throws Exception {
        db.execute("INSERT INTO t VALUES (1)");
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection holder = raw.server().connect(raw.name());
                Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("SELECT * FROM t FOR UPDATE");
            Future<Integer> blocked = thread.submit(() -> db.execute("UPDATE t SET a = 2"));
            awaitWaiting();
            // on one shared connection this would wait for the blocked UPDATE, which waits for this thread
            Object count = Executors.newSingleThreadExecutor()
                    .submit(() -> db.query("SELECT count(*) FROM t").singleValue())
                    .get(1, TimeUnit.MINUTES);
            assertThat(count).isEqualTo(1L);
            assertThat(blocked).isNotDone();
            holder.rollback();
            assertThat(blocked.get(1, TimeUnit.MINUTES)).isEqualTo(1);
        } finally {
            thread.shutdown();
        }
        db.closeSessions();
        assertThat(sessionsOn(raw.name()))
                .as("connections left after closeSessions()")
                .isZero();
    }

    /** Waits (up to a minute) until a session of the database waits for a lock. */
    private void awaitWaiting() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection other = raw.server().connect("postgres");
                    Statement statement = other.createStatement();
                    ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                            + raw.name() + "' AND wait_event_type = 'Lock'")) {
                row.next();
                if (row.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
    }

    private void awaitGone(Object pid) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection other = raw.server().connect("postgres");
                    Statement statement = other.createStatement();
                    ResultSet row =
                            statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)) {
                row.next();
                if (row.getInt(1) == 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
    }

    private long sessionsOn(String database) throws Exception {
        try (Connection other = raw.server().connect("postgres");
                Statement statement = other.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database + "'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
