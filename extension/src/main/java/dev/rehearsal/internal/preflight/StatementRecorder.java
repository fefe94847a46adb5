package dev.rehearsal.internal.preflight;

import dev.rehearsal.internal.migrate.MigrationListener;
import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Watches what a migration tool sends on the connections Rehearsal gives it, so that after a failure the failing
 * statement can be diagnosed on the data exactly as it saw it: per connection, the statements of the open transaction
 * ({@code BEGIN} / {@code setAutoCommit(false)} up to {@code COMMIT} / {@code ROLLBACK}); when a statement fails, it
 * is kept with them as a {@link FailedUnit} (the last few of the run). The connections stay the real ones: every call goes to
 * the driver unchanged, {@code unwrap} included.
 *
 * <p>Thread-safe: a tool may use several connections at once (Flyway's lock). Internal, not API.
 */
public final class StatementRecorder {
    private static final int KEPT = 20;
    private final Deque<FailedUnit> failures = new ArrayDeque<>();
    private final boolean diagnosing;
    private final List<Diagnosed> diagnosed = new ArrayList<>();
    private volatile String migration;

    /** A recorder that only watches (the failure path). */
    public StatementRecorder() {
        this(false);
    }

    private StatementRecorder(boolean diagnosing) {
        this.diagnosing = diagnosing;
    }

    /**
     * A recorder that also diagnoses each statement of a risky kind right before it runs, on the same connection and
     * in the same transaction (a savepoint around the diagnostic queries): a trial run's pre-flight.
     */
    public static StatementRecorder diagnosing() {
        return new StatementRecorder(true);
    }

    /** A statement's diagnosis, with the migration it belonged to ({@code null} when the tool did not say). */
    public record Diagnosed(String migrationId, StatementDiagnosis diagnosis) {}

    /**
     * The listener that tells this recorder which migration the tool is applying, for the findings' migration ids: run
     * the tool with it ({@link MigrationListener#during}).
     */
    public MigrationListener migrations() {
        return new MigrationListener() {
            @Override
            public void starting(String id) {
                migration = id;
            }

            @Override
            public void finished(String id) {
                migration = null;
            }
        };
    }

    /** What the diagnosing recorder found, in the order the statements ran. */
    public List<Diagnosed> diagnosed() {
        synchronized (diagnosed) {
            return List.copyOf(diagnosed);
        }
    }

    private void diagnoseBefore(Diagnostician diagnostician, String sql) {
        try {
            StatementDiagnosis diagnosis = diagnostician.diagnose(sql);
            if (!diagnosis.findings().isEmpty() || !diagnosis.notAnalysed().isEmpty()) {
                synchronized (diagnosed) {
                    diagnosed.add(new Diagnosed(migration, diagnosis));
                }
            }
        } catch (SQLException e) {
            synchronized (diagnosed) {
                diagnosed.add(new Diagnosed(
                        migration,
                        new StatementDiagnosis(
                                sql.strip(),
                                List.of(),
                                List.of(new NotAnalysed(sql.strip(), "the diagnosis failed: " + e.getMessage())))));
            }
        }
    }

    /** The last statement of the run that failed, with its transaction. */
    public Optional<FailedUnit> failure() {
        synchronized (failures) {
            return Optional.ofNullable(failures.peekLast());
        }
    }

    /**
     * The last statement of the run that failed with {@code sqlState}: the one a tool's failure reports (a tool may
     * have caught other failures of its own before).
     */
    public Optional<FailedUnit> failure(String sqlState) {
        synchronized (failures) {
            Iterator<FailedUnit> newestFirst = failures.descendingIterator();
            while (newestFirst.hasNext()) {
                FailedUnit unit = newestFirst.next();
                if (java.util.Objects.equals(unit.sqlState(), sqlState)) {
                    return Optional.of(unit);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code connection}, watched. */
    public Connection watch(Connection connection) {
        Transaction transaction = new Transaction();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ConnectionHandler(connection, transaction));
    }

    /** The statements of one connection's open transaction. */
    private final class Transaction {
        private final List<String> statements = new ArrayList<>();
        private final Map<Object, Integer> savepoints = new HashMap<>();
        private boolean open;
        private String notReplayable;

        synchronized void begin() {
            statements.clear();
            savepoints.clear();
            notReplayable = null;
            open = true;
        }

        synchronized void end() {
            statements.clear();
            savepoints.clear();
            notReplayable = null;
            open = false;
        }

        /** A savepoint (a name, or a JDBC {@code Savepoint}) marks how many statements ran before it. */
        synchronized void savepoint(Object savepoint) {
            savepoints.put(savepoint, statements.size());
        }

        /** Rolling back to a savepoint forgets the statements after it; an unknown one makes the replay impossible. */
        synchronized void rollbackTo(Object savepoint) {
            Integer mark = savepoints.get(savepoint);
            if (mark == null) {
                notReplayable = "the transaction rolled back to a savepoint set before Rehearsal saw it";
            } else {
                statements.subList(mark, statements.size()).clear();
            }
        }

        synchronized void release(Object savepoint) {
            savepoints.remove(savepoint);
        }

        synchronized void ran(String sql, boolean withParameters) {
            String word = firstWord(sql);
            if (word.equals("begin") || word.equals("start")) {
                begin();
            } else if (word.equals("commit")
                    || word.equals("end")
                    || (word.equals("rollback") && !sql.toLowerCase(Locale.ROOT).contains(" to "))) {
                end();
            } else if (word.equals("savepoint")) {
                savepoint(lastWord(sql));
            } else if (word.equals("rollback")) {
                rollbackTo(lastWord(sql));
            } else if (word.equals("release")) {
                release(lastWord(sql));
            } else if (open) {
                if (withParameters && !word.equals("select")) {
                    notReplayable = "the transaction ran a statement with parameters: " + excerpt(sql);
                }
                if (!word.equals("select")) {
                    statements.add(sql);
                }
            }
        }

        synchronized void failed(String sql, SQLException error) {
            List<String> before = open ? List.copyOf(statements) : List.of();
            synchronized (failures) {
                if (failures.size() == KEPT) {
                    failures.removeFirst();
                }
                failures.addLast(
                        new FailedUnit(before, sql, error.getSQLState(), notReplayable == null, notReplayable));
            }
        }
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection target;
        private final Transaction transaction;
        private final Consumer<String> before;

        ConnectionHandler(Connection target, Transaction transaction) {
            this.target = target;
            this.transaction = transaction;
            if (diagnosing) {
                Diagnostician diagnostician = new Diagnostician(target);
                this.before = sql -> diagnoseBefore(diagnostician, sql);
            } else {
                this.before = sql -> {};
            }
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0]) && target.getAutoCommit()) {
                transaction.begin();
            } else if (name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])) {
                transaction.end();
            } else if ((name.equals("commit") || name.equals("rollback")) && (args == null || args.length == 0)) {
                Object result = call(method, args);
                if (target.getAutoCommit()) {
                    transaction.end();
                } else {
                    transaction.begin();
                }
                return result;
            } else if (name.equals("rollback")) {
                transaction.rollbackTo(args[0]);
            } else if (name.equals("releaseSavepoint")) {
                transaction.release(args[0]);
            }
            Object result = call(method, args);
            if (name.equals("setSavepoint")) {
                transaction.savepoint(result);
            }
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                Class<?> type = result instanceof CallableStatement
                        ? CallableStatement.class
                        : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(
                        Connection.class.getClassLoader(),
                        new Class<?>[] {type},
                        new StatementHandler(statement, sql, transaction, (Connection) proxy, before));
            }
            return result;
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final Statement target;
        private final String prepared;
        private final Transaction transaction;
        private final Connection connection;
        private boolean parameters;

        private final Consumer<String> before;

        StatementHandler(
                Statement target,
                String prepared,
                Transaction transaction,
                Connection connection,
                Consumer<String> before) {
            this.before = before;
            this.target = target;
            this.prepared = prepared;
            this.transaction = transaction;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("getConnection")) {
                return connection;
            }
            if (name.startsWith("set") && prepared != null && args != null && args.length >= 2) {
                parameters = true;
            }
            boolean executes = name.startsWith("execute") && !name.equals("executeBatch");
            String sql =
                    executes && args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
            if (executes && sql != null) {
                before.accept(sql);
            }
            try {
                Object result = method.invoke(target, args);
                if (executes && sql != null) {
                    transaction.ran(sql, parameters && sql == prepared);
                }
                return result;
            } catch (InvocationTargetException e) {
                if (executes && sql != null && e.getCause() instanceof SQLException error) {
                    transaction.failed(sql, error);
                }
                throw e.getCause();
            }
        }
    }

    private static String firstWord(String sql) {
        for (SqlToken token : SqlLexer.tokens(sql, true)) {
            return token.kind() == SqlToken.Kind.WORD ? token.text().toLowerCase(Locale.ROOT) : "";
        }
        return "";
    }

    /** The last name of a savepoint statement ({@code ROLLBACK TO SAVEPOINT s} → {@code s}), folded like PostgreSQL. */
    private static String lastWord(String sql) {
        List<SqlToken> tokens = SqlLexer.tokens(sql, true);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String name = tokens.get(i).name();
            if (name != null) {
                return name;
            }
        }
        return "";
    }

    private static String excerpt(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "…";
    }
}
