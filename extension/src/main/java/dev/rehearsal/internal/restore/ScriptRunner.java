package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Runs a psql-style SQL script (the manual fix-up SQL of a runbook, {@code RestoredDatabase.runScript}) with the
 * same rules as a restore: shell-capable and unsupported constructs are refused before anything runs, then the
 * statements run in one autocommit session and the first error stops the script, naming file and line.
 *
 * <p>Unlike {@link Restorer} it creates no roles: the script runs against the restored database as it is.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class ScriptRunner {

    /** Scripts up to this size are kept in memory for the second pass; larger ones go to a temporary file. */
    private static final int IN_MEMORY_LIMIT = 8 << 20;

    private ScriptRunner() {}

    /**
     * Runs {@code script} (read to its end, not closed) in {@code database}.
     *
     * @param displayLocation how messages name the script, e.g. {@code fixes/2024-03-repair.sql}
     * @throws FixtureRestoreException when the script is refused or a statement fails
     */
    public static void run(PostgresServer server, String database, InputStream script, String displayLocation) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(displayLocation, "displayLocation");
        Path spill = null;
        try {
            ByteArrayOutputStream memory = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            OutputStream target = memory;
            for (int read; (read = script.read(buffer)) >= 0; ) {
                target.write(buffer, 0, read);
                if (spill == null && memory.size() > IN_MEMORY_LIMIT) {
                    spill = Files.createTempFile("rehearsal-script", ".sql");
                    target = Files.newOutputStream(spill);
                    memory.writeTo(target);
                    memory = null;
                }
            }
            target.close();
            byte[] bytes = spill == null ? memory.toByteArray() : null;
            Path file = spill;
            ByteSource source = file == null ? () -> new ByteArrayInputStream(bytes) : () -> Files.newInputStream(file);
            run(server, database, source, displayLocation);
        } catch (IOException e) {
            throw new FixtureRestoreException(
                    "Could not read the script " + displayLocation + ": " + e.getMessage(), displayLocation, 0, e);
        } finally {
            if (spill != null) {
                try {
                    Files.deleteIfExists(spill);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static void run(PostgresServer server, String database, ByteSource source, String location)
            throws IOException {
        ScriptScan.Result scan;
        try (InputStream in = source.open()) {
            scan = ScriptScan.scan(in, location);
        }
        StatementPolicy policy = StatementPolicy.verbatim(scan.databaseAliases(), database);
        try (ScriptExecution execution = ScriptExecution.open(server, database, location, policy, null);
                InputStream in = source.open()) {
            execution.run(in);
        }
    }
}
