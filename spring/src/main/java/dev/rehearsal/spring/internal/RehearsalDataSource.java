package dev.rehearsal.spring.internal;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.internal.junit.RehearsalExtension;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;

/**
 * The application context's {@code DataSource} under {@link dev.rehearsal.spring.AutoConfigureRehearsal}: every
 * connection goes to the database of the test that is running ({@link #switchTo}), or, while the context starts and
 * outside test methods, to the class-wide database of the test class running on this thread. Connections are opened
 * per call (no pool): the copies are dropped after each test.
 *
 * <p>Thread-safe; one test at a time per application context.
 */
final class RehearsalDataSource implements DataSource {
    private final Map<String, String> migrationSettings;
    private volatile Target current;
    private volatile PrintWriter logWriter;
    private volatile int loginTimeout;

    private record Target(RestoredDatabase database, DataSource dataSource, String test) {}

    RehearsalDataSource(Map<String, String> migrationSettings) {
        this.migrationSettings = Map.copyOf(migrationSettings);
    }

    /** The one Rehearsal DataSource of {@code context}. */
    static RehearsalDataSource of(ApplicationContext context, Class<?> testClass) {
        Map<String, RehearsalDataSource> found = context.getBeansOfType(RehearsalDataSource.class);
        if (found.size() != 1) {
            throw new IllegalStateException("@AutoConfigureRehearsal on [" + testClass.getName() + "]: expected one"
                    + " Rehearsal DataSource in the application context, found " + found.size() + ". Is the"
                    + " context built with Spring's TestContext framework (rehearsal-spring's META-INF/spring.factories"
                    + " registers the customizer that adds it)?");
        }
        return found.values().iterator().next();
    }

    /** The {@code rehearsal.*} settings taken from the application's {@code spring.flyway.*} and {@code spring.liquibase.*}. */
    Map<String, String> migrationSettings() {
        return migrationSettings;
    }

    /** Sends every connection to {@code database} until {@link #release}. */
    void switchTo(RestoredDatabase database, String test) {
        synchronized (this) {
            Target running = current;
            if (running != null && running.database() != database) {
                throw new IllegalStateException("Test [" + test + "] starts while [" + running.test() + "] still runs"
                        + " on the same Spring application context: its DataSource can point at one test's database"
                        + " at a time. Run these tests one after the other (no JUnit parallel mode for them, or"
                        + " @Execution(SAME_THREAD) on the class), or give them different contexts.");
            }
            current = new Target(database, database.dataSource(), test);
        }
    }

    /** Ends {@link #switchTo}; connections go to the class-wide database again. */
    synchronized void release(RestoredDatabase database) {
        Target running = current;
        if (running != null && running.database() == database) {
            current = null;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    /** User and password are Rehearsal's: the arguments are ignored, as the test's database has its own. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    private DataSource target() throws SQLException {
        Target running = current;
        if (running != null) {
            return running.dataSource();
        }
        Optional<ExtensionContext> testClass = RunningTests.currentClass();
        if (testClass.isEmpty()) {
            throw new SQLException("Rehearsal's DataSource has no database to connect to: no test class with"
                    + " @AutoConfigureRehearsal is running on this thread ("
                    + Thread.currentThread().getName() + ")."
                    + " Connections are available while such a test class runs: during its tests (each test's own"
                    + " copy) and while the context starts (a class-wide copy).");
        }
        ExtensionContext context = testClass.get();
        RehearsalExtension.contributeSettings(context, migrationSettings);
        return RehearsalExtension.classDatabase(context).dataSource();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("Rehearsal's DataSource logs through System.Logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Rehearsal's DataSource wraps no " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        Target running = current;
        return "Rehearsal DataSource ("
                + (running == null
                        ? "no test running"
                        : running.test() + ": " + running.database().jdbcUrl()) + ")";
    }
}
