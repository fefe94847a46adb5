package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.restore.OwnershipDelegate;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * One connection restoring archive entries, with the session state pg_restore keeps per connection: the fixed
 * settings sent on connect ({@code _doSetFixedOutputState()}), and the current search path (archives without a
 * SEARCHPATH entry), default tablespace and default table access method, changed only when an entry needs another.
 *
 * <p>Statements run in autocommit mode like pg_restore's (without {@code --single-transaction}); a definition
 * holding several statements is split like psql would and sent statement by statement. Every failure becomes a
 * {@link FixtureRestoreException} naming the fixture and the TOC entry.
 *
 * <p>Not thread-safe: one session per thread. Internal, not API.
 */
final class RestoreSession implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final RestoreContext context;
    private final Connection connection;
    private final Statement statement;
    private final OwnershipDelegate ownership;
    private String currentSchema;
    private String currentTablespace;
    private String currentAccessMethod;

    private RestoreSession(RestoreContext context, Connection connection, OwnershipDelegate ownership)
            throws SQLException {
        this.context = context;
        this.connection = connection;
        this.ownership = ownership;
        this.statement = connection.createStatement();
        statement.setEscapeProcessing(false);
    }

    /** Connects to {@code database} and sends the archive's fixed session settings. */
    static RestoreSession open(RestoreContext context, PostgresServer server, String database) {
        Connection connection;
        try {
            connection = connect(server, database);
        } catch (SQLException e) {
            throw new FixtureRestoreException(
                    "Could not connect to database " + database + " on " + server.providerName() + " PostgreSQL "
                            + server.version() + " at " + server.host() + ":" + server.port() + " to restore "
                            + context.location() + ": " + e.getMessage(),
                    context.location(),
                    0,
                    e);
        }
        try {
            RestoreSession session = new RestoreSession(context, connection, OwnershipDelegate.of(server, database));
            for (String setting : context.fixedSettings(server.majorVersion())) {
                session.executeRaw(setting);
            }
            return session;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new FixtureRestoreException(
                    "Could not prepare the session restoring " + context.location() + ": " + e.getMessage(),
                    context.location(),
                    0,
                    e);
        }
    }

    /**
     * A session that sends statements exactly as given: {@code preferQueryMode=simple} (one simple-protocol query
     * per statement, like libpq's {@code PQexec}), escape processing off.
     */
    static Connection connect(PostgresServer server, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.username());
        properties.setProperty("password", server.password());
        properties.setProperty("preferQueryMode", "simple");
        properties.setProperty("ApplicationName", "rehearsal-restore");
        Connection connection = DriverManager.getConnection(server.jdbcUrl(database), properties);
        connection.setAutoCommit(true);
        return connection;
    }

    Connection connection() {
        return connection;
    }

    /**
     * The connection that creates the roles the archive refers to: the administrator's on a confined server of
     * PostgreSQL 15 or older, whose restoring user has no CREATEROLE (see {@link OwnershipDelegate#forRoles}).
     */
    Connection forRoles() {
        try {
            return ownership.forRoles(connection);
        } catch (SQLException e) {
            throw new FixtureRestoreException(
                    "Could not connect as the administrator to create the roles " + context.location() + " refers to: "
                            + e.getMessage(),
                    context.location(),
                    0,
                    e);
        }
    }

    /**
     * {@code _selectOutputSchema()}, {@code _selectTablespace()}, {@code _selectTableAccessMethod()}: puts the
     * session into the state {@code entry} expects. The table access method is not selected for partitioned tables
     * (pg_restore 17+ sets theirs after creation).
     */
    void select(TocEntry entry) {
        if (!context.hasSearchPath()) {
            entry.namespace().filter(schema -> !schema.isEmpty()).ifPresent(schema -> selectSchema(schema, entry));
        }
        Optional<String> tablespace = entry.tablespace();
        if (tablespace.isPresent()) {
            if (!tablespace.get().isEmpty()) {
                // Like the plain restore (and pg_restore --no-tablespaces): a test server has none of production's
                // tablespaces, so what the dump places in one goes to the default tablespace.
                context.note(
                        "tablespace:" + tablespace.get(),
                        entry,
                        "tablespace " + tablespace.get() + " is not created; what the dump places in it goes to the"
                                + " default tablespace");
            }
            if (!"".equals(currentTablespace)) {
                execute(RestoreStatements.DEFAULT_TABLESPACE, entry);
                currentTablespace = "";
            }
        }
        Optional<String> accessMethod = entry.tableAccessMethod();
        if (accessMethod.isPresent()
                && entry.relkind() != 'p'
                && !accessMethod.get().equals(currentAccessMethod)) {
            execute(RestoreStatements.defaultTableAccessMethod(accessMethod.get()), entry);
            currentAccessMethod = accessMethod.get();
        }
    }

    private void selectSchema(String schema, TocEntry entry) {
        if (schema.equals(currentSchema)) {
            return;
        }
        execute(RestoreStatements.searchPath(schema), entry);
        currentSchema = schema;
    }

    /** {@code _selectOutputSchema()} for a schema pg_restore names itself (pg_catalog for large objects). */
    void selectSchemaForArchiveWithoutSearchPath(String schema, TocEntry entry) {
        if (!context.hasSearchPath()) {
            selectSchema(schema, entry);
        }
    }

    /** Runs a definition (possibly several statements) for {@code entry}, statement by statement. */
    void executeScript(String sql, TocEntry entry) {
        for (String single : RestoreStatements.split(sql, context.standardConformingStrings())) {
            execute(single, entry);
        }
    }

    /**
     * Runs one statement of {@code entry}'s definition or ownership: {@code ALTER … OWNER TO} and {@code SET|RESET
     * SESSION AUTHORIZATION} through the {@link OwnershipDelegate} (on a confined server), anything else as it is.
     */
    void executeDefinition(String sql, TocEntry entry) {
        try {
            ownership.execute(connection, statement, sql, context.standardConformingStrings());
        } catch (SQLException e) {
            throw context.failure(entry, sql, null, e);
        }
    }

    /** Runs one statement for {@code entry}. */
    void execute(String sql, TocEntry entry) {
        try {
            executeRaw(sql);
        } catch (SQLException e) {
            throw context.failure(entry, sql, null, e);
        }
    }

    private void executeRaw(String sql) throws SQLException {
        statement.execute(sql);
        while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
            // drain every result
        }
    }

    /**
     * Streams a table's data through {@code COPY … FROM STDIN}, transcoded to UTF-8 when the archive uses another
     * encoding. pg_restore sends the stream as it is, terminator {@code \.} included; the server stops there.
     */
    void copyIn(TocEntry entry, InputStream data) {
        try (InputStream utf8 = context.toUtf8(data)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(entry.copyStmt(), utf8, BUFFER);
        } catch (SQLException | IOException e) {
            throw context.failure(entry, entry.copyStmt(), "loading table " + context.tableName(entry), e);
        }
    }

    /** At most this many INSERT statements of table data go to the server in one query. */
    static final int INSERTS_PER_QUERY = 1000;

    /**
     * Runs the statements of INSERT-style table data ({@code pg_dump --inserts}) in one transaction, up to {@link
     * #INSERTS_PER_QUERY} per query. If one fails, the transaction is rolled back and the data read again and sent
     * one statement at a time, so that the failure names the statement.
     */
    void insertData(TocEntry entry, InputStream data) {
        try {
            try (RestoreInserts inserts =
                    new RestoreInserts(context.toUtf8(data), context.standardConformingStrings())) {
                inTransaction(entry, () -> insertBatches(inserts));
                return;
            } catch (BatchFailed e) {
                // rolled back; find the failing statement below
            }
            try (InputStream again = context.archive().openData(entry);
                    RestoreInserts inserts =
                            new RestoreInserts(context.toUtf8(again), context.standardConformingStrings())) {
                inTransaction(entry, () -> {
                    for (String sql = inserts.next(); sql != null; sql = inserts.next()) {
                        try {
                            executeRaw(sql);
                        } catch (SQLException e) {
                            throw context.failure(entry, sql, "loading table " + context.tableName(entry), e);
                        }
                    }
                });
            }
        } catch (IOException e) {
            throw context.failure(entry, entry.desc(), "reading the data of " + context.tableName(entry), e);
        }
    }

    private void insertBatches(RestoreInserts inserts) throws IOException {
        StringBuilder query = new StringBuilder();
        int count = 0;
        for (String sql = inserts.next(); sql != null; sql = inserts.next()) {
            query.append(sql).append(sql.endsWith(";") ? "\n" : "\n;\n");
            if (++count == INSERTS_PER_QUERY || query.length() >= 1 << 20) {
                sendBatch(query);
                count = 0;
            }
        }
        sendBatch(query);
    }

    private void sendBatch(StringBuilder query) {
        if (query.length() == 0) {
            return;
        }
        try {
            executeRaw(query.toString());
        } catch (SQLException e) {
            throw new BatchFailed(e);
        }
        query.setLength(0);
    }

    /** A query of several INSERT statements failed; which one is found by sending them one at a time. */
    private static final class BatchFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BatchFailed(SQLException cause) {
            super(cause);
        }
    }

    /**
     * {@code TRUNCATE TABLE ONLY} and {@code COPY} in one transaction, which pg_restore uses in parallel mode for a
     * table it created in the same run: with {@code wal_level=minimal} the COPY then writes no WAL.
     */
    void truncateAndCopyIn(TocEntry entry, InputStream data) {
        try {
            inTransaction(entry, () -> {
                execute(RestoreStatements.truncateOnly(entry), entry);
                copyIn(entry, data);
            });
        } catch (IOException e) {
            throw context.failure(entry, entry.copyStmt(), "loading table " + context.tableName(entry), e);
        }
    }

    /**
     * Writes the large objects of a BLOBS entry ({@code StartRestoreLOs()} … {@code EndRestoreLOs()}): each object
     * was created by its BLOB / BLOB METADATA entry; its content is appended in chunks, all in one transaction.
     */
    void writeLargeObjects(TocEntry entry, Archive archive) {
        byte[] buffer = new byte[BUFFER];
        try {
            inTransaction(entry, () -> {
                LargeObjectManager manager;
                try {
                    manager = connection.unwrap(PGConnection.class).getLargeObjectAPI();
                } catch (SQLException e) {
                    throw context.failure(entry, null, "opening the large-object API", e);
                }
                archive.readLargeObjects(entry, (oid, data) -> {
                    try {
                        LargeObject object = manager.open(oid, LargeObjectManager.WRITE);
                        try {
                            for (int read; (read = data.read(buffer)) >= 0; ) {
                                object.write(buffer, 0, read);
                            }
                        } finally {
                            object.close();
                        }
                    } catch (SQLException e) {
                        throw new LargeObjectFailure(oid, e);
                    }
                });
            });
        } catch (LargeObjectFailure e) {
            throw context.failure(
                    entry,
                    "SELECT pg_catalog.lo_open('" + e.oid + "', 131072); -- then lowrite",
                    "writing large object " + e.oid,
                    (SQLException) e.getCause());
        } catch (IOException e) {
            throw context.failure(entry, null, "reading its large objects", e);
        }
    }

    /** A large-object write that failed on the server, carried through the reader's {@link LargeObjectSink}. */
    private static final class LargeObjectFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final long oid;

        LargeObjectFailure(long oid, SQLException cause) {
            super(cause);
            this.oid = oid;
        }
    }

    /** Work done inside a transaction; it reports its own failures except read errors. */
    private interface Work {
        void run() throws IOException;
    }

    private void inTransaction(TocEntry entry, Work work) throws IOException {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw context.failure(entry, "BEGIN", null, e);
        }
        boolean done = false;
        try {
            work.run();
            connection.commit();
            done = true;
        } catch (SQLException e) {
            throw context.failure(entry, "COMMIT", null, e);
        } finally {
            try {
                if (!done) {
                    connection.rollback();
                }
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // the restore already failed; the connection is closed next
            }
        }
    }

    /** Whether an SQL exception came from the server, with its parsed message. */
    static Optional<ServerErrorMessage> serverMessage(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return Optional.of(psql.getServerErrorMessage());
            }
            cause = cause.getCause();
        }
        return Optional.empty();
    }

    /** Cancels the statement running on this session, if any (from another thread, while failing). */
    void cancel() {
        try {
            connection.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            // best effort: the session is closed next anyway
        }
    }

    @Override
    public void close() {
        ownership.close();
        try {
            connection.close();
        } catch (SQLException e) {
            // the restore is over; nothing depends on a clean close
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
