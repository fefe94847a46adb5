package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.sql.MetaCommand;
import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import dev.rehearsal.spi.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The second pass: runs a script that {@link ScriptScan} accepted, like {@code psql -X -v ON_ERROR_STOP=1 -f}:
 * one session in autocommit mode (the script's own BEGIN/COMMIT are sent as they are), each statement sent as
 * one simple-protocol query exactly as written, COPY data streamed through {@link CopyManager}, stopping at the
 * first error.
 *
 * <p>Not forwarded: {@code SET client_encoding} / {@code SET NAMES} (PgJDBC needs UTF8; the script is decoded
 * with that encoding instead), and in pg_dump {@code -C} scripts the {@code CREATE DATABASE} / {@code DROP
 * DATABASE} of the original database, whose other database-level statements ({@code ALTER DATABASE … SET},
 * {@code COMMENT ON DATABASE}, {@code GRANT … ON DATABASE}) are pointed at the target database instead. Tolerated: the failure of {@code SET transaction_timeout} on servers before
 * PostgreSQL 17, which pg_dump 17+ writes into every dump; psql reports it and carries on.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class ScriptExecution implements AutoCloseable {

    private static final Pattern COPY_LINE = Pattern.compile("COPY [^,]*, line (\\d+)");
    private static final String UNDEFINED_OBJECT = "42704";

    private final PostgresServer server;
    private final String database;
    private final String location;
    private final Set<String> databaseAliases;
    private Connection connection;
    private Statement statement;

    private ScriptExecution(PostgresServer server, String database, String location, Set<String> databaseAliases) {
        this.server = server;
        this.database = database;
        this.location = location;
        this.databaseAliases = databaseAliases;
    }

    /**
     * Opens the session the script runs in.
     *
     * @param databaseAliases database names that stand for {@code database} (see {@link ScriptScan.Result})
     */
    static ScriptExecution open(PostgresServer server, String database, String location, Set<String> databaseAliases) {
        ScriptExecution execution = new ScriptExecution(server, database, location, databaseAliases);
        execution.connect();
        return execution;
    }

    /**
     * A session that sends statements exactly as written: {@code preferQueryMode=simple} keeps PgJDBC from
     * splitting a statement at semicolons inside {@code BEGIN ATOMIC} bodies, escape processing off keeps it
     * from rewriting {@code {fn …}}.
     */
    static Connection openConnection(PostgresServer server, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.username());
        properties.setProperty("password", server.password());
        properties.setProperty("preferQueryMode", "simple");
        properties.setProperty("ApplicationName", "rehearsal-restore");
        Connection connection = DriverManager.getConnection(server.jdbcUrl(database), properties);
        connection.setAutoCommit(true);
        return connection;
    }

    private void connect() {
        try {
            connection = openConnection(server, database);
            statement = connection.createStatement();
            statement.setEscapeProcessing(false);
        } catch (SQLException e) {
            throw new FixtureRestoreException(
                    "Could not connect to database " + database + " on " + server.providerName() + " PostgreSQL "
                            + server.version() + " at " + server.host() + ":" + server.port() + " to restore "
                            + location + ": " + e.getMessage(),
                    location,
                    0,
                    e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** Runs the script to its end, or throws at the first failing statement. */
    void run(InputStream script) {
        MetaCommandPolicy policy = new MetaCommandPolicy(location);
        try (ScriptReader reader = new ScriptReader(script, location)) {
            for (SqlPiece piece = reader.next(); piece != null; piece = reader.next()) {
                if (piece instanceof MetaCommand command) {
                    if (policy.apply(command) == MetaCommandPolicy.Action.RECONNECT) {
                        closeConnection();
                        connect();
                        reader.sessionRestarted();
                    }
                    continue;
                }
                SqlStatement sql = (SqlStatement) piece;
                switch (reader.kind()) {
                    case CLIENT_ENCODING -> {
                        // decoded by ScriptReader; PgJDBC must stay on UTF8
                    }
                    case COPY_PROGRAM -> throw ScriptScan.copyProgram(sql, location);
                    case COPY_FROM_STDIN -> copyIn(sql, reader);
                    case COPY_TO_STDOUT -> copyOut(sql);
                    case TRANSACTION_TIMEOUT -> execute(sql, server.majorVersion() < 17);
                    case OTHER -> executeOther(sql, reader.standardConformingStrings());
                }
            }
        } catch (ScriptReader.MissingCopyEndException e) {
            throw new FixtureRestoreException(e.getMessage() + ".", location, 0, e);
        } catch (IOException e) {
            throw new FixtureRestoreException("Could not read " + location + ": " + e.getMessage(), location, 0, e);
        }
    }

    /**
     * Sends a statement; with pg_dump {@code -C} scripts, skips the {@code CREATE}/{@code DROP DATABASE} of the
     * original database and points {@code ALTER DATABASE}, {@code COMMENT ON DATABASE}, … at the target.
     */
    private void executeOther(SqlStatement sql, boolean standardConformingStrings) {
        if (databaseAliases.isEmpty()) {
            execute(sql, false);
            return;
        }
        String database = ScriptStatements.createdOrDroppedDatabase(sql.text(), standardConformingStrings);
        if (database != null && databaseAliases.contains(database)) {
            return;
        }
        String text =
                ScriptStatements.renameDatabase(sql.text(), standardConformingStrings, databaseAliases, this.database);
        execute(text.equals(sql.text()) ? sql : new SqlStatement(text, sql.line()), false);
    }

    private void execute(SqlStatement sql, boolean tolerateUnknownSetting) {
        try {
            statement.execute(sql.text());
            while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                // drain the results of \;-joined statements
            }
        } catch (SQLException e) {
            if (tolerateUnknownSetting && UNDEFINED_OBJECT.equals(e.getSQLState())) {
                return;
            }
            throw failure(sql, sql.line(), e);
        }
    }

    private void copyIn(SqlStatement sql, ScriptReader reader) throws IOException {
        try (InputStream data = reader.copyData()) {
            copyManager().copyIn(sql.text(), data, 1 << 16);
        } catch (SQLException e) {
            int line = sql.line();
            ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
            if (server != null && server.getWhere() != null) {
                Matcher matcher = COPY_LINE.matcher(server.getWhere());
                if (matcher.find()) {
                    line = reader.copyDataLine() + Integer.parseInt(matcher.group(1)) - 1;
                }
            }
            throw failure(sql, line, e);
        }
    }

    private void copyOut(SqlStatement sql) {
        try {
            copyManager().copyOut(sql.text(), OutputStream.nullOutputStream());
        } catch (SQLException | IOException e) {
            throw failure(sql, sql.line(), e);
        }
    }

    private CopyManager copyManager() throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private FixtureRestoreException failure(SqlStatement sql, int line, Exception e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String sqlState = e instanceof SQLException sqlException ? sqlException.getSQLState() : null;
        String message = e.getMessage();
        String detail = null;
        if (server != null) {
            sqlState = server.getSQLState();
            message = server.getMessage();
            detail = join(server.getDetail(), server.getHint() == null ? null : "HINT: " + server.getHint());
            if (server.getWhere() != null && !server.getWhere().isBlank()) {
                detail = join(detail, "CONTEXT: " + server.getWhere());
            }
        }
        return new FixtureRestoreException(
                location, line, sql.text(), sqlState == null ? "?????" : sqlState, message, detail, e);
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null ? first : first + "\n  " + second;
    }

    private void closeConnection() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // the session is being replaced or the run is over; nothing depends on a clean close
        }
        connection = null;
        statement = null;
    }

    @Override
    public void close() {
        closeConnection();
    }
}
