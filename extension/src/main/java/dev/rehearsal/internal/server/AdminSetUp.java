package dev.rehearsal.internal.server;

import dev.rehearsal.RehearsalException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * What Rehearsal does as an embedded server's bootstrap superuser once the server answers, all on the one connection
 * that found it ready: every connection costs a SCRAM key derivation in the JVM and a backend start in the server,
 * which a rerun from the IDE waits for. It brings the stored password verifier up to date, prepares the role restores
 * and migrations run as, prepares the tablespace in memory, and reads the server's version.
 */
final class AdminSetUp {
    private AdminSetUp() {}

    /** What a started or attached server is: its version and the tablespace in memory test copies go to, if any. */
    record Facts(String version, int majorVersion, Optional<Path> memory) {}

    /**
     * Runs the set-up on {@code admin}, a connection as the bootstrap superuser {@code adminName} to the server on
     * {@code port} whose directory is {@code serverDirectory}; {@code verifier}: whether to check the stored verifier
     * (a server this JVM started; one already running was checked by the JVM that started it); {@code
     * rememberedVerifier}: where the restoring role's verifier is kept between runs (a persistent server), if anywhere.
     */
    static Facts run(
            Connection admin,
            int port,
            String adminName,
            String adminPassword,
            boolean superuser,
            Path serverDirectory,
            RunAs runAs,
            boolean copiesInMemory,
            boolean verifier,
            Optional<Path> rememberedVerifier) {
        if (verifier) {
            EmbeddedPostgresServer.storeVerifier(admin, port, adminName, adminPassword);
        }
        EmbeddedPostgresServer.prepareRestorer(admin, port, adminPassword, superuser, rememberedVerifier);
        Optional<Path> memory = MemoryTablespace.prepare(admin, serverDirectory, runAs, !superuser, copiesInMemory);
        try (Statement statement = admin.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT current_setting('server_version'), current_setting('server_version_num')::int")) {
            row.next();
            return new Facts(row.getString(1), row.getInt(2) / 10000, memory);
        } catch (SQLException e) {
            throw new RehearsalException(
                    "The embedded PostgreSQL server on 127.0.0.1:" + port + " started but did not answer a version"
                            + " query: " + e.getMessage(),
                    e);
        }
    }
}
