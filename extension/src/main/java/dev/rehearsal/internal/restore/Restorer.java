package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.restore.archive.ArchiveRestoreFixtures;
import dev.rehearsal.internal.spi.PostgresServer;
import java.util.Objects;

/**
 * Restores a fixture into an existing, empty database without psql or pg_restore: the entry point every format
 * goes through. Plain scripts (pg_dump, pg_dumpall, {@code pg_restore -f} output) are restored by
 * {@link PlainScriptRestore}; see there for the steps, and {@link StatementPolicy} for what is left out or changed.
 * pg_dump archives (custom, tar, directory) are restored by {@link ArchiveRestoreFixtures}.
 *
 * <p>Thread-safe (stateless; concurrent restores into different databases are fine). Internal, not API.
 */
public final class Restorer {

    private Restorer() {}

    /** {@link #restore(Fixture, PostgresServer, String, RestoreOptions)} with the default options. */
    public static FixtureInfo restore(Fixture fixture, PostgresServer server, String database) {
        return restore(fixture, server, database, RestoreOptions.defaults());
    }

    /**
     * Restores {@code fixture} into {@code database}, which must exist (created empty from template0 by the
     * caller), and returns what was restored with the time it took.
     *
     * @throws FixtureRestoreException when the fixture is refused (before anything runs: unsupported constructs,
     *     a dump newer than the server, a missing extension, options that do not fit the fixture), unreadable, or
     *     a statement fails (the first failure stops the restore; the database is then left as far as it got)
     */
    public static FixtureInfo restore(Fixture fixture, PostgresServer server, String database, RestoreOptions options) {
        Objects.requireNonNull(fixture, "fixture");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(options, "options");
        String on = "PostgreSQL " + server.version() + " (" + server.providerName() + ")";
        try {
            FixtureInfo info = ArchiveRestoreFixtures.isArchive(fixture)
                    ? ArchiveRestoreFixtures.restore(fixture, server, database, options)
                    : PlainScriptRestore.restore(fixture, server, database, options)
                            .info();
            return info.restoredOn(on);
        } catch (FixtureRestoreException e) {
            // A statement the server failed: its version matters. Refusals before anything ran name what they need.
            if (e.sqlState().isEmpty()) {
                throw e;
            }
            throw new FixtureRestoreException(e, on + " at " + server.host() + ":" + server.port());
        }
    }

    /**
     * The error for {@code @RestoredFrom(database = …)} on a fixture that is not a pg_dumpall cluster dump.
     *
     * @param what what the fixture is instead, e.g. {@code "a pg_dump script of one database"}
     */
    static FixtureRestoreException databaseOnlyForClusterDumps(Fixture fixture, RestoreOptions options, String what) {
        String location = fixture.location();
        return new FixtureRestoreException(
                "@RestoredFrom(value = \"" + location + "\", database = \""
                        + options.database().orElse("")
                        + "\"): database picks one database of a pg_dumpall cluster dump, but " + location + " is "
                        + what + " (" + fixture.format().displayName()
                        + ", no \"-- PostgreSQL database cluster dump\" header)."
                        + " Remove database = \"…\", or point at the pg_dumpall script.",
                location,
                0,
                null);
    }
}
