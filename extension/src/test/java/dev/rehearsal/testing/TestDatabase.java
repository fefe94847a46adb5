package dev.rehearsal.testing;

import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A throwaway database on {@link TestPostgres#server()}; {@link #close()} drops it. */
public final class TestDatabase implements AutoCloseable {
    private final PostgresServer server;
    private final String name;

    TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public PostgresServer server() {
        return server;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** A new connection to this database; the caller closes it. */
    public Connection connection() throws SQLException {
        return server.connect(name);
    }

    /** Runs statements (separated by JDBC's own rules) for test set-up. */
    public void execute(String sql) {
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("set-up SQL failed on " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }
}
