package dev.rehearsal.internal.restore.differential;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.server.EmbeddedPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A second embedded PostgreSQL server (same binaries as the test server) on which psql replays a whole pg_dumpall
 * script, as an operator restores a cluster: {@code psql -X -f cluster.sql postgres} without ON_ERROR_STOP, because
 * the script re-creates the bootstrap superuser ({@code CREATE ROLE postgres}), which always fails. That error is
 * the only one accepted. {@link #close()} stops the server and deletes its files.
 */
final class ScratchCluster implements AutoCloseable {
    private static final Pattern EXPECTED_ERROR = Pattern.compile(".*ERROR:\\s+role \"postgres\" already exists\\s*");

    private final PostgresServer server;

    private ScratchCluster(PostgresServer server) {
        this.server = server;
    }

    static ScratchCluster start() {
        // A cluster as an operator restores one: psql as the bootstrap superuser postgres (the opt-in).
        return new ScratchCluster(new EmbeddedPostgresProvider(Settings.fromSystem()
                        .withContributed(java.util.Map.of(ConfigurationKeys.EMBEDDED_SUPERUSER, "true")))
                .start());
    }

    PostgresServer server() {
        return server;
    }

    /** Replays {@code script} with psql connected to the maintenance database; fails on any unexpected error. */
    void replay(Path script) {
        String output = ReferenceRestore.psqlContinuingOnError(server, server.maintenanceDatabase(), script);
        List<String> errors = output.lines()
                .filter(line -> line.contains("ERROR:") || line.contains("FATAL:"))
                .filter(line -> !EXPECTED_ERROR.matcher(line).matches())
                .toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("psql replaying " + script + " on the scratch cluster reported errors"
                    + " other than 'role \"postgres\" already exists':\n" + output);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
