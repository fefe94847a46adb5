package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.internal.spi.MigrationContext;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The test's database as the {@link DataSource} Flyway asks for: every {@link #getConnection()} is a new connection
 * from {@link MigrationContext#connect()} (Flyway closes it), tagged with an {@code application_name} so that
 * {@link LockWatchdog} can tell Flyway's own connections apart. Flyway's default PostgreSQL lock needs two
 * connections at a time; there is no pool and no limit.
 *
 * <p>Internal, not API.
 */
final class ContextDataSource implements DataSource {
    private final MigrationContext context;
    private final String applicationName;

    ContextDataSource(MigrationContext context, String applicationName) {
        this.context = context;
        this.applicationName = applicationName;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = context.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET application_name = '" + applicationName.replace("'", "''") + "'");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException(
                "Rehearsal connects Flyway as the test database's user; getConnection(user, password) is not supported");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no driver logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connections come from the context, which has its own timeouts
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
