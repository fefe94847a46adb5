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

    /**
     * Drops the database. On the confined server the test's role may not terminate a superuser's session, and one
     * that just closed (a catalog snapshot read as the superuser, Rehearsal's delegated ownership) stays listed while
     * its server process exits: retried for up to five seconds.
     */
    @Override
    public void close() {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = server.connect("postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (SQLException e) {
                if (!"42501".equals(e.getSQLState()) || attempt >= 50) {
                    throw new IllegalStateException("could not drop test database " + name, e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dropping test database " + name, e);
            }
        }
    }
}
