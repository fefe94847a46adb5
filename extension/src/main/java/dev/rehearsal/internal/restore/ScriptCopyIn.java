package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs a script's {@code COPY … FROM STDIN} with its data: into an empty table in a transaction that truncates it
 * first, so that the server skips the WAL ({@link CopyTarget}); the data of an independent table on a worker session
 * if it fits in memory ({@link ParallelCopies}), the script going on meanwhile. A failure names the line of the data
 * row the server rejected. It also decides where the post-data index builds run ({@link #indexBuild}).
 *
 * <p>Not thread-safe: driven by the restoring thread only. Internal, not API.
 */
final class ScriptCopyIn implements AutoCloseable {

    private static final Pattern COPY_LINE = Pattern.compile("COPY [^,]*, line (\\d+)");

    /** Makes the failure of a statement, reported at a line. */
    @FunctionalInterface
    interface Failures {
        FixtureRestoreException failure(SqlStatement sql, int line, Exception e, String note);
    }

    /** Said of a statement that failed on a worker session. */
    static final String ON_A_WORKER = "It ran on a second session alongside the script: COPYs and index builds of other"
            + " tables that come after it in the script may have run too.";

    private final Failures failures;
    private final ParallelCopies parallel;

    ScriptCopyIn(PostgresServer server, String database, Failures failures) {
        this.failures = failures;
        this.parallel = new ParallelCopies(
                server,
                database,
                ParallelCopies.WORKERS,
                (sql, dataLine, e) -> copyFailure(sql, dataLine, e, ON_A_WORKER));
    }

    /**
     * Waits for the loads running on worker sessions (before anything else than a COPY runs); throws the first
     * failure. Whether any was waited for.
     */
    boolean awaitAll() {
        boolean any = parallel.awaitAll();
        parallel.settingsMayHaveChanged(); // whatever runs next may change them
        return any;
    }

    /** Runs {@code sql}, a {@code COPY … FROM STDIN} the reader just returned, with its data, on {@code connection}. */
    void load(Connection connection, SqlStatement sql, ScriptReader reader, boolean scs) throws IOException {
        Optional<CopyTarget> target = CopyTarget.inspect(connection, sql.text(), scs);
        boolean independent = target.map(CopyTarget::independent).orElse(false);
        if ((!independent || parallel.loading(target.get().oid())) && awaitAll()) {
            target = CopyTarget.inspect(connection, sql.text(), scs); // a load it waited for may have changed it
            independent = target.map(CopyTarget::independent).orElse(false);
        }
        InputStream data = reader.copyData();
        if (independent && parallel.enabled()) {
            byte[] buffered = data.readNBytes(ParallelCopies.MAX_BUFFERED + 1);
            if (buffered.length <= ParallelCopies.MAX_BUFFERED
                    && parallel.submit(connection, sql, reader.copyDataLine(), target.get(), buffered)) {
                return;
            }
            data = new SequenceInputStream(new ByteArrayInputStream(buffered), data);
        }
        if (!independent) {
            parallel.settingsMayHaveChanged(); // triggers or defaults may run anything
        }
        try (Statement statement = connection.createStatement();
                InputStream stream = data) {
            statement.setEscapeProcessing(false);
            boolean truncated = target.filter(CopyTarget::truncatable)
                    .map(t -> beginWithTruncate(statement, t.table()))
                    .orElse(false);
            boolean done = false;
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.text(), stream, 1 << 16);
                if (truncated) {
                    statement.execute("COMMIT");
                }
                done = true;
            } finally {
                if (truncated && !done) {
                    rollbackQuietly(statement);
                }
            }
        } catch (SQLException e) {
            FixtureRestoreException failure = copyFailure(sql, reader.copyDataLine(), e, null);
            try {
                parallel.awaitAll(); // a load started earlier in the script may have failed first
            } catch (FixtureRestoreException earlier) {
                earlier.addSuppressed(failure);
                throw earlier;
            }
            throw failure;
        }
    }

    /** Where an index build ({@link IndexBuild}) runs. */
    enum IndexBuildPlace {
        /** Handed to an idle worker session: done here. */
        WORKER,
        /** The worker sessions are busy with other tables: run it on the script's session now, without waiting. */
        HERE,
        /** Not an index build, or on a table still being worked on: wait for the workers, then run it as usual. */
        AFTER_WORKERS
    }

    /**
     * Decides where {@code sql} runs if it builds an index on one ordinary table, and hands it to an idle worker
     * session if there is one. The script's session runs the builds the workers cannot take meanwhile, so that on a
     * dump with one large table the other tables' indexes are built while its index is.
     */
    IndexBuildPlace indexBuild(Connection connection, SqlStatement sql, boolean scs) {
        if (!parallel.enabled() || !CopyTarget.idle(connection)) {
            return IndexBuildPlace.AFTER_WORKERS;
        }
        Optional<Long> table =
                IndexBuild.table(sql.text(), scs).flatMap(name -> IndexBuild.ordinaryTable(connection, name));
        if (table.isEmpty() || parallel.loading(table.get())) {
            return IndexBuildPlace.AFTER_WORKERS;
        }
        return parallel.submitIndexBuild(connection, sql, table.get()) ? IndexBuildPlace.WORKER : IndexBuildPlace.HERE;
    }

    /** The failure of a COPY, at the line of the data row the server names (or of the statement). */
    private FixtureRestoreException copyFailure(SqlStatement sql, int dataLine, SQLException e, String note) {
        int line = sql.line();
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server != null && server.getWhere() != null) {
            Matcher matcher = COPY_LINE.matcher(server.getWhere());
            if (matcher.find()) {
                line = dataLine + Integer.parseInt(matcher.group(1)) - 1;
            }
        }
        return failures.failure(sql, line, e, note);
    }

    /** {@code BEGIN; TRUNCATE ONLY table}; false (and nothing changed) if that fails. */
    private static boolean beginWithTruncate(Statement statement, String table) {
        try {
            statement.execute("BEGIN; TRUNCATE ONLY " + table);
            return true;
        } catch (SQLException e) {
            rollbackQuietly(statement);
            return false;
        }
    }

    private static void rollbackQuietly(Statement statement) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // the session is failing already; the error that matters is reported
        }
    }

    /** Stops the worker sessions (cancelling loads still running: the restore is failing then). */
    @Override
    public void close() {
        parallel.close();
    }
}
