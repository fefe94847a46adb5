package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.spi.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;

/**
 * Restores a plain pg_dump script (uncompressed or gzip) into an existing, empty database without psql.
 *
 * <p>Two streaming passes over the file: the first ({@link ScriptScan}) refuses shell-capable and unsupported
 * constructs before anything runs and collects the roles the dump refers to; those roles are then created as
 * {@code NOLOGIN} roles if missing; the second pass ({@link ScriptExecution}) runs the script like
 * {@code psql -X -v ON_ERROR_STOP=1 -f}. See {@link MetaCommandPolicy} for the meta-commands accepted.
 *
 * <p>Thread-safe (stateless; concurrent restores into different databases are fine). Internal, not API.
 */
public final class Restorer {

    private Restorer() {}

    /**
     * Restores {@code fixture} into {@code database}, which must exist (created empty from template0 by the
     * caller), and returns what was restored with the time it took.
     *
     * @throws FixtureRestoreException when the script is refused, unreadable, or a statement fails (the first
     *     failure stops the restore; the database is then left as far as it got)
     */
    public static FixtureInfo restore(Fixture fixture, PostgresServer server, String database) {
        Objects.requireNonNull(fixture, "fixture");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(database, "database");
        long start = System.nanoTime();
        String location = fixture.location();
        ScriptScan.Result scan;
        try (InputStream in = fixture.openForRestore()) {
            scan = ScriptScan.scan(in, location);
        } catch (IOException e) {
            throw new FixtureRestoreException("Could not read " + location + ": " + e.getMessage(), location, 0, e);
        }
        try (ScriptExecution execution = ScriptExecution.open(server, database, location, scan.databaseAliases())) {
            Roles.createMissing(execution.connection(), scan.referencedRoles(), location);
            try (InputStream in = fixture.openForRestore()) {
                execution.run(in);
            } catch (IOException e) {
                throw new FixtureRestoreException("Could not read " + location + ": " + e.getMessage(), location, 0, e);
            }
        }
        return fixture.info(Duration.ofNanos(System.nanoTime() - start));
    }
}
