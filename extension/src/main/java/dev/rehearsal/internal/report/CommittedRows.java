package dev.rehearsal.internal.report;

import dev.rehearsal.internal.migrate.ConnectionSource;
import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * The rows each migration committed, per table, exactly: watches the connections the tool migrates with (every tool
 * that runs in the JVM gets its connections from Rehearsal) and, each time one of them ends a transaction (a commit, a
 * rollback, an autocommit statement), makes that session publish its statistics at once ({@code SELECT
 * pg_stat_force_next_flush()} on it: the backend flushes before it answers) and reads the difference of {@code
 * pg_stat_user_tables.n_tup_ins / n_tup_upd / n_tup_del} from a connection of its own. The difference is that
 * transaction's rows; it goes to the migration whose statements the transaction ran, or to nobody:
 *
 * <ul>
 *   <li>a transaction that rolled back (the tool's rollback, a failed statement, a commit of a failed transaction,
 *       a connection closed inside a transaction): counted for nobody, as it changed nothing;
 *   <li>a transaction that ran no statement inside a migration (the tool's own bookkeeping before or after one):
 *       counted for nobody;
 *   <li>a transaction whose statements ran inside several migrations (a tool committing a group of migrations at
 *       once): the split between them is unknown, so their rows are unknown ({@link #rows} empty), never guessed.
 * </ul>
 *
 * <p>A migration none of whose statements went through a watched connection (the {@code COMMAND} tool's migration,
 * applied by another process) has unknown rows, not none.
 *
 * <p>Absent, never approximate: on a server older than PostgreSQL 15 ({@code pg_stat_force_next_flush} does not
 * exist, and a session's counters reach the shared statistics only when it chooses, up to half a second later, through
 * a lossy channel) nothing is counted; neither when a read fails (logged). Counted as PostgreSQL counts them: a row
 * a statement changed inside a subtransaction that rolled back while its transaction committed (a PL/pgSQL
 * {@code EXCEPTION} block that caught an error, {@code ROLLBACK TO SAVEPOINT}) counts as changed; {@code TRUNCATE}
 * deletes no row here. Statements count when the thread that runs the tool sends them (every tool applies its
 * migrations on the calling thread); a connection the tool uses from another thread (Flyway's lock watchdog, which
 * only reads) is left alone.
 *
 * <p>Thread-safe. Internal, not API.
 */
public final class CommittedRows implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CommittedRows.class.getName());
    private static final String COUNTERS =
            "SELECT relid, schemaname || '.' || relname, n_tup_ins, n_tup_upd," + " n_tup_del FROM pg_stat_user_tables";

    private final Object lock = new Object();
    private final Map<String, Map<String, long[]>> byMigration = new HashMap<>();
    private final Set<String> unknown = new HashSet<>();
    private final Set<String> observed = new HashSet<>();
    private Map<Long, Published> published = Map.of();
    private Connection monitor;
    private boolean counting;
    private volatile String migration;
    private volatile Thread migrating;

    /** Counts nothing until {@link #start}: {@link #watch} leaves connections as they are. */
    public CommittedRows() {}

    /**
     * Starts counting on the database {@code database} opens, when its server can publish a session's statistics on
     * demand (PostgreSQL 15 or later); otherwise counts nothing and says so in the log. To be called on the thread that
     * runs the tool: the statements it sends are the ones counted.
     */
    public void start(ConnectionSource database) {
        migrating = Thread.currentThread();
        synchronized (lock) {
            try {
                Connection connection = database.open();
                try {
                    int major = connection.getMetaData().getDatabaseMajorVersion();
                    if (major < 15) {
                        LOG.log(
                                System.Logger.Level.DEBUG,
                                "Rehearsal profile: rows changed per migration are not counted on PostgreSQL " + major
                                        + " (pg_stat_force_next_flush needs 15 or later)");
                        connection.close();
                        return;
                    }
                    monitor = connection;
                    published = read();
                    counting = true;
                } catch (SQLException | RuntimeException e) {
                    connection.close();
                    monitor = null;
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Rehearsal profile: rows changed per migration not counted", e);
            }
        }
    }

    /** The migration {@code id} starts ({@code null}: none runs now); its statements' transactions count for it. */
    public void migration(String id) {
        migration = id;
    }

    /**
     * The rows {@code id} committed, per table with any, in table order; empty when they are unknown (not counted on
     * this server, a read failed, the migration shared a transaction with another, or none of its statements went
     * through a watched connection: the {@code COMMAND} tool's, sent by another process).
     */
    public Optional<List<MigrationRecord.Rows>> rows(String id) {
        synchronized (lock) {
            if (!counting || unknown.contains(id) || !observed.contains(id)) {
                return Optional.empty();
            }
            List<MigrationRecord.Rows> rows = new ArrayList<>();
            new TreeMap<>(byMigration.getOrDefault(id, Map.of()))
                    .forEach((table, n) -> rows.add(new MigrationRecord.Rows(table, n[0], n[1], n[2])));
            return Optional.of(rows);
        }
    }

    /** {@code connection}, watched (itself when nothing is counted). */
    public Connection watch(Connection connection) {
        BaseConnection pg;
        synchronized (lock) {
            if (!counting) {
                return connection;
            }
            try {
                pg = connection.unwrap(BaseConnection.class);
            } catch (SQLException e) {
                stop("a connection of the tool is not PgJDBC's", e);
                return connection;
            }
        }
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ConnectionHandler(new Session(connection, pg)));
    }

    @Override
    public void close() {
        synchronized (lock) {
            counting = false;
            if (monitor != null) {
                try {
                    monitor.close();
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Rehearsal profile: closing the row counter's connection", e);
                }
                monitor = null;
            }
        }
    }

    /** One watched connection: the migrations its open transaction ran statements in. */
    private final class Session {
        private final Connection target;
        private final BaseConnection pg;
        private final Set<String> migrations = new LinkedHashSet<>();
        private boolean dirty;

        Session(Connection target, BaseConnection pg) {
            this.target = target;
            this.pg = pg;
        }

        synchronized void executing() {
            if (Thread.currentThread() != migrating) {
                return; // another thread of the tool (Flyway's lock watchdog): it only reads
            }
            dirty = true;
            String id = migration;
            if (id != null) {
                migrations.add(id);
                synchronized (lock) {
                    observed.add(id);
                }
            }
        }

        /** After a call to the server: when it left no transaction open, the transaction(s) it ended are settled. */
        void called(TransactionState before, boolean threw, boolean rollback) {
            Set<String> ran;
            synchronized (this) {
                if (!dirty || pg.getTransactionState() != TransactionState.IDLE) {
                    return;
                }
                ran = Set.copyOf(migrations);
                migrations.clear();
                dirty = false;
            }
            settle(this, ran, !threw && !rollback && before != TransactionState.FAILED);
        }
    }

    /** Publishes {@code session}'s counters, reads the difference and gives it to the migration it belongs to. */
    private void settle(Session session, Set<String> ran, boolean committed) {
        synchronized (lock) {
            if (!counting) {
                return;
            }
            try {
                boolean autoCommit = session.target.getAutoCommit();
                if (!autoCommit) {
                    session.target.setAutoCommit(true); // idle: PgJDBC sends nothing, the next statement opens none
                }
                try (Statement statement = session.target.createStatement()) {
                    statement.execute("SELECT pg_stat_force_next_flush()");
                } finally {
                    if (!autoCommit) {
                        session.target.setAutoCommit(false);
                    }
                }
                Map<Long, Published> now = read();
                Map<Long, Published> before = published;
                published = now;
                if (!committed || ran.isEmpty()) {
                    return;
                }
                if (ran.size() > 1) {
                    unknown.addAll(ran);
                    return;
                }
                Map<String, long[]> tables =
                        byMigration.computeIfAbsent(ran.iterator().next(), k -> new HashMap<>());
                now.forEach((relid, counters) -> {
                    Published old = before.getOrDefault(relid, Published.ZERO);
                    long inserted = counters.inserted - old.inserted;
                    long updated = counters.updated - old.updated;
                    long deleted = counters.deleted - old.deleted;
                    if (inserted != 0 || updated != 0 || deleted != 0) {
                        long[] sum = tables.computeIfAbsent(counters.table, k -> new long[3]);
                        sum[0] += inserted;
                        sum[1] += updated;
                        sum[2] += deleted;
                    }
                });
            } catch (SQLException | RuntimeException e) {
                stop("reading the statistics failed", e);
            }
        }
    }

    private void stop(String why, Exception e) {
        LOG.log(System.Logger.Level.WARNING, "Rehearsal profile: rows changed per migration not counted: " + why, e);
        counting = false;
    }

    private Map<Long, Published> read() throws SQLException {
        Map<Long, Published> counters = new HashMap<>();
        try (Statement statement = monitor.createStatement();
                ResultSet rows = statement.executeQuery(COUNTERS)) {
            while (rows.next()) {
                counters.put(
                        rows.getLong(1),
                        new Published(rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
            }
        }
        return counters;
    }

    private record Published(String table, long inserted, long updated, long deleted) {
        static final Published ZERO = new Published("", 0, 0, 0);
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Session session;

        ConnectionHandler(Session session) {
            this.session = session;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean ends = name.equals("commit")
                    || name.equals("rollback") && (args == null || args.length == 0)
                    || name.equals("setAutoCommit");
            if (name.equals("close") && !session.target.isClosed()) {
                TransactionState state = session.pg.getTransactionState();
                if (state != TransactionState.IDLE) {
                    // closing inside a transaction rolls it back when the backend exits, out of sight: roll back here
                    try {
                        session.target.rollback();
                    } catch (SQLException e) {
                        LOG.log(System.Logger.Level.DEBUG, "Rehearsal profile: rolling back before close", e);
                    }
                    session.called(state, false, true);
                }
                return call(method, args);
            }
            if (!ends) {
                Object result = call(method, args);
                if (result instanceof Statement statement) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                    Class<?> type = result instanceof CallableStatement
                            ? CallableStatement.class
                            : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                    return Proxy.newProxyInstance(
                            Connection.class.getClassLoader(),
                            new Class<?>[] {type},
                            new StatementHandler(statement, sql, session, (Connection) proxy));
                }
                return result;
            }
            TransactionState before = session.pg.getTransactionState();
            boolean threw = true;
            try {
                Object result = call(method, args);
                threw = false;
                return result;
            } finally {
                session.called(before, threw, name.equals("rollback"));
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(session.target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final Statement target;
        private final String prepared;
        private final Session session;
        private final Connection connection;

        StatementHandler(Statement target, String prepared, Session session, Connection connection) {
            this.target = target;
            this.prepared = prepared;
            this.session = session;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("getConnection")) {
                return connection;
            }
            if (!name.startsWith("execute")) {
                return call(method, args);
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
            TransactionState before = session.pg.getTransactionState();
            session.executing();
            boolean threw = true;
            try {
                Object result = call(method, args);
                threw = false;
                return result;
            } finally {
                session.called(before, threw, sql != null && rollsBack(sql));
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** Whether {@code sql} starts with {@code ROLLBACK} or {@code ABORT} (not {@code ROLLBACK TO} a savepoint). */
    static boolean rollsBack(String sql) {
        String head = sql.length() > 1000 ? sql.substring(0, 1000) : sql;
        List<SqlToken> words = SqlLexer.tokens(head, true).stream()
                .filter(t -> t.kind() == SqlToken.Kind.WORD)
                .limit(2)
                .toList();
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0).text().toLowerCase(Locale.ROOT);
        String second = words.size() > 1 ? words.get(1).text().toLowerCase(Locale.ROOT) : "";
        return first.equals("abort") || first.equals("rollback") && !second.equals("to") && !second.equals("prepared");
    }
}
