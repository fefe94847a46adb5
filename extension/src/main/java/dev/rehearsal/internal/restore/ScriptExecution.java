package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.internal.sql.MetaCommand;
import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The second pass: runs a script that {@link ScriptScan} accepted, like {@code psql -X -v ON_ERROR_STOP=1 -f}:
 * one session in autocommit mode (the script's own BEGIN/COMMIT are sent as they are), each statement sent as
 * one simple-protocol query, COPY data streamed through {@link CopyManager}, stopping at the first error. A
 * {@link StatementPolicy} decides per statement whether it is sent as written, changed (database renamed to the target,
 * {@code default_tablespace} emptied) or skipped; a skipped {@code COPY … FROM stdin} has its data skipped too.
 *
 * <p>Never forwarded: {@code SET client_encoding} / {@code SET NAMES} (PgJDBC needs UTF8; the script is decoded
 * with that encoding instead). Tolerated: the failure of {@code SET transaction_timeout} on servers before
 * PostgreSQL 17, which pg_dump 17+ writes into every dump; psql reports it and carries on; and {@code CREATE ROLE}
 * of a role that exists (pg_dumpall always creates the bootstrap superuser; see {@link StatementPolicy}).
 *
 * <p>{@code \connect} opens a new session on the target database, as psql's reconnect resets session state;
 * in a cluster dump only when it connects to the chosen database (the other sections are skipped anyway).
 *
 * <p>Faster than psql where that changes nothing in the result: COPY into an empty table truncates it in the same
 * transaction (no WAL), the data of independent tables loads on extra sessions while the script goes on ({@link
 * ScriptCopyIn}), and runs of INSERT statements go to the server many at a time ({@link InsertBatch}).
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class ScriptExecution implements AutoCloseable {

    private static final String UNDEFINED_OBJECT = "42704";

    private final PostgresServer server;
    private final String database;
    private final String location;
    private final StatementPolicy statements;
    private final String clusterDatabase;
    private final ScriptCopyIn copies;
    private final InsertBatch inserts = new InsertBatch();
    private final OwnershipDelegate ownership;
    private final RoleDelegate roles;
    private Connection connection;
    private Statement statement;

    private ScriptExecution(
            PostgresServer server, String database, String location, StatementPolicy policy, String clusterDatabase) {
        this.server = server;
        this.database = database;
        this.location = location;
        this.statements = policy;
        this.clusterDatabase = clusterDatabase;
        this.copies = new ScriptCopyIn(server, database, this::failure);
        this.ownership = OwnershipDelegate.of(server, database);
        this.roles = new RoleDelegate(ownership, policy, server.username(), database, server.majorVersion());
    }

    /**
     * Opens the session the script runs in.
     *
     * @param clusterDatabase the chosen database of a pg_dumpall cluster dump, null for other scripts
     */
    static ScriptExecution open(
            PostgresServer server, String database, String location, StatementPolicy policy, String clusterDatabase) {
        ScriptExecution execution = new ScriptExecution(server, database, location, policy, clusterDatabase);
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

    /**
     * Creates the roles among {@code names} that do not exist yet ({@link Roles#createMissing}), on the administrator
     * connection where role statements are delegated ({@link RoleDelegate}); the roles it created count as created
     * by this restore.
     */
    void createMissingRoles(java.util.Set<String> names) {
        Connection creator;
        try {
            creator = ownership.forRoles(connection);
        } catch (SQLException e) {
            throw new FixtureRestoreException(
                    "Could not connect as the administrator of " + server.providerName() + " PostgreSQL to create the"
                            + " roles " + location + " refers to: " + e.getMessage(),
                    location,
                    0,
                    e);
        }
        for (String name : Roles.createMissing(creator, names, location)) {
            statements.roleCreated(name);
        }
    }

    /** Runs the script to its end, or throws at the first failing statement. */
    void run(InputStream script) {
        run(script, null, -1, null);
    }

    /**
     * Runs the script to its end, or throws at the first failing statement, with progress lines: {@code read} counts
     * the stored bytes of {@code script} read so far, of {@code total} (−1: unknown); the lines also count COPY rows
     * and statements.
     */
    void run(InputStream script, RestoreProgress progress, long total, LongAdder read) {
        MetaCommandPolicy metaCommands = new MetaCommandPolicy(location);
        String current = null;
        try (ScriptReader reader = new ScriptReader(script, location)) {
            if (progress != null) {
                progress.phase("Restoring", total, read::sum, reader::copyRows, "COPY rows", reader::statements);
            }
            for (SqlPiece piece = reader.next(); piece != null; piece = reader.next()) {
                if (progress != null) {
                    progress.tick();
                }
                if (piece instanceof MetaCommand command) {
                    flushInserts();
                    copies.awaitAll();
                    if (metaCommands.apply(command) == MetaCommandPolicy.Action.RECONNECT) {
                        String target = metaCommands.lastConnectDatabase();
                        current = target == null ? current : target;
                        if (clusterDatabase == null || clusterDatabase.equals(current)) {
                            closeConnection();
                            connect();
                        }
                        reader.sessionRestarted();
                    }
                    continue;
                }
                SqlStatement sql = (SqlStatement) piece;
                ScriptStatements.Kind kind = reader.kind();
                if (kind == ScriptStatements.Kind.CLIENT_ENCODING) {
                    continue; // decoded by ScriptReader; PgJDBC must stay on UTF8
                }
                if (kind == ScriptStatements.Kind.COPY_PROGRAM) {
                    throw ScriptScan.copyProgram(sql, location);
                }
                boolean scs = reader.standardConformingStrings();
                StatementClass type = StatementClass.of(sql.text(), scs);
                StatementPolicy.Decision decision = statements.decide(sql, type, current, scs);
                if (decision.action() == StatementPolicy.Action.SKIP) {
                    continue;
                }
                SqlStatement text =
                        decision.text().equals(sql.text()) ? sql : new SqlStatement(decision.text(), sql.line());
                if (decision.action() == StatementPolicy.Action.RUN && InsertBatch.accepts(kind, type, text)) {
                    if (inserts.isFull()) {
                        flushInserts();
                    }
                    inserts.add(text);
                    continue;
                }
                flushInserts();
                if (kind == ScriptStatements.Kind.OTHER && decision.action() == StatementPolicy.Action.RUN) {
                    ScriptCopyIn.IndexBuildPlace place = copies.indexBuild(connection, text, scs);
                    if (place == ScriptCopyIn.IndexBuildPlace.WORKER) {
                        continue;
                    }
                    if (place == ScriptCopyIn.IndexBuildPlace.HERE) {
                        execute(text, false);
                        continue;
                    }
                }
                if (kind != ScriptStatements.Kind.COPY_FROM_STDIN) {
                    copies.awaitAll();
                }
                switch (kind) {
                    case COPY_FROM_STDIN -> copies.load(connection, text, reader, scs);
                    case COPY_TO_STDOUT -> copyOut(text);
                    case TRANSACTION_TIMEOUT -> execute(text, server.majorVersion() < 17);
                    default -> {
                        if (isRoleStatement(type) && delegateRole(text, type, scs)) {
                            continue;
                        }
                        if (decision.action() == StatementPolicy.Action.CREATE_ROLE) {
                            createRole(text, type.name());
                        } else if (type.category() == StatementClass.Category.OWNERSHIP
                                || type.category() == StatementClass.Category.SESSION_AUTHORIZATION) {
                            delegate(text, scs);
                        } else if (isRoleStatement(type)) {
                            synchronized (Roles.LOCK) {
                                execute(text, false);
                            }
                        } else {
                            execute(text, false);
                        }
                    }
                }
            }
            flushInserts();
            copies.awaitAll();
        } catch (ScriptReader.MissingCopyEndException e) {
            throw new FixtureRestoreException(e.getMessage() + ".", location, 0, e);
        } catch (IOException e) {
            throw new FixtureRestoreException("Could not read " + location + ": " + e.getMessage(), location, 0, e);
        }
    }

    /** Sends the INSERT statements collected so far, after the loads running meanwhile. */
    private void flushInserts() {
        if (!inserts.isEmpty()) {
            copies.awaitAll();
            inserts.flush(connection, statement, sql -> execute(sql, false));
        }
    }

    /** Role catalog changes run one at a time per JVM: concurrent restores of one cluster dump share its roles. */
    private static boolean isRoleStatement(StatementClass type) {
        return switch (type.category()) {
            case MEMBERSHIP, ALTER_ROLE, ROLE_COMMENT, CREATE_ROLE, ROLE_SETTING -> true;
            default -> false;
        };
    }

    /** Whether the {@link RoleDelegate} ran or skipped a role statement (false: run it here, as it is). */
    private boolean delegateRole(SqlStatement sql, StatementClass type, boolean standardConformingStrings) {
        try {
            return roles.execute(connection, sql.text(), type, sql.line(), standardConformingStrings)
                    != RoleDelegate.Outcome.CONFINED;
        } catch (SQLException e) {
            throw failure(sql, sql.line(), e);
        }
    }

    /** {@code CREATE ROLE}: a role that exists already (made by people, the server, another restore) is kept. */
    private void createRole(SqlStatement sql, String name) {
        synchronized (Roles.LOCK) {
            try {
                statement.execute(sql.text());
                statements.roleCreated(name);
            } catch (SQLException e) {
                if (!Roles.isDuplicate(e)) {
                    throw failure(sql, sql.line(), e);
                }
                statements.roleExisted(name, sql.line());
            }
        }
    }

    /** Ownership and session authorization, through the {@link OwnershipDelegate} on a confined server. */
    private void delegate(SqlStatement sql, boolean standardConformingStrings) {
        try {
            ownership.execute(connection, statement, sql.text(), standardConformingStrings);
        } catch (SQLException e) {
            throw failure(sql, sql.line(), e);
        }
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

    /** The failure of {@code sql}, reported at {@code line}: the server's SQLSTATE, message, detail, hint, context. */
    FixtureRestoreException failure(SqlStatement sql, int line, Exception e) {
        return failure(sql, line, e, null);
    }

    /** {@link #failure(SqlStatement, int, Exception)} with a note after the server's detail, hint and context. */
    FixtureRestoreException failure(SqlStatement sql, int line, Exception e, String note) {
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
        detail = note == null ? detail : join(detail, note);
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
        copies.close();
        ownership.close();
        closeConnection();
    }
}
