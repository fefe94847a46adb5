package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tablespace on tmpfs ({@code /dev/shm}) that the embedded server's test copies go to ({@link
 * ConfigurationKeys#CACHE_COPIES_IN_MEMORY}): creating a copy's ~350 files costs 0.2 ms of kernel CPU each on a disk
 * file system, a hundredth of that on tmpfs. Templates never go there (they must survive a reboot).
 *
 * <p>The directory is {@code /dev/shm/rehearsal-<key of the server directory>}, owned by the server's uid, 0700. A
 * data directory that comes back without it (after a reboot) still names the tablespace: its databases (copies
 * only) are dropped and the tablespace created again. Every failure is a warning and means "no tablespace": the
 * copies then stay in the default one, as without this.
 */
final class MemoryTablespace {
    private static final System.Logger LOG = System.getLogger(MemoryTablespace.class.getName());

    /** The tablespace's name on the embedded server. */
    static final String NAME = "rehearsal_copies";

    /** Where tmpfs is expected. */
    static final Path SHARED_MEMORY = Path.of("/dev/shm");

    private MemoryTablespace() {}

    /** The directory of the server in {@code serverDirectory}, whether or not it exists. */
    static Path location(Path serverDirectory) {
        String key = Fingerprint.of(
                        "memory-tablespace",
                        serverDirectory.toAbsolutePath().normalize().toString())
                .substring(0, 16);
        return SHARED_MEMORY.resolve("rehearsal-" + key);
    }

    /**
     * Brings the tablespace of the server in {@code serverDirectory} into a usable state, on {@code connection} as its
     * bootstrap superuser, one JVM at a time per server: recovers one whose directory vanished; creates it when {@code
     * wanted} and tmpfs is there. Returns its directory when copies may use it, empty otherwise (never throws).
     */
    static Optional<Path> prepare(
            Connection connection, Path serverDirectory, RunAs runAs, boolean confined, boolean wanted) {
        Path location = location(serverDirectory);
        try (Statement statement = connection.createStatement()) {
            Optional<String> registered = registeredLocation(statement);
            if (registered.isPresent() && !intact(Path.of(registered.get()))) {
                recover(statement, registered.get());
                registered = Optional.empty();
            }
            if (!wanted) {
                return Optional.empty();
            }
            if (registered.isEmpty()) {
                if (!isTmpfs()) {
                    return Optional.empty();
                }
                createDirectory(location, runAs);
                statement.execute("CREATE TABLESPACE " + NAME + " LOCATION '"
                        + location.toString().replace("'", "''") + "'");
                registered = Optional.of(location.toString());
            }
            if (confined) {
                statement.execute("GRANT CREATE ON TABLESPACE " + NAME + " TO " + EmbeddedPostgresServer.RESTORER);
            }
            return Optional.of(Path.of(registered.get()));
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> "Test copies stay in the default tablespace: the tablespace in memory (" + location
                            + ") could not be prepared: " + e.getMessage() + ". Set "
                            + ConfigurationKeys.CACHE_COPIES_IN_MEMORY + "=never to not try.");
            return Optional.empty();
        }
    }

    /**
     * Before a persistent server stops: drops the tablespace and deletes its directory when no database is in it (no
     * kept copy), so that a cache directory deleted later leaves nothing in memory; the next start creates it again.
     * Never throws.
     */
    static void releaseIfEmpty(Path serverDirectory, int port, String admin, String password) {
        Path location = location(serverDirectory);
        try (Connection connection = EmbeddedPostgresServer.open(port, admin, password, "postgres");
                Statement statement = connection.createStatement()) {
            if (registeredLocation(statement).isEmpty()) {
                return;
            }
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_catalog.pg_database d JOIN"
                    + " pg_catalog.pg_tablespace t ON t.oid = d.dattablespace WHERE t.spcname = '" + NAME + "'")) {
                row.next();
                if (row.getLong(1) > 0) {
                    return; // kept copies: they stay until the next run's clean-up
                }
            }
            statement.execute("DROP TABLESPACE " + NAME);
            delete(serverDirectory);
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> "The tablespace in memory (" + location + ") stays until the next start: " + e.getMessage());
        }
    }

    /** Deletes the directory of a server that is gone (its server stopped, run mode or a dead JVM's). */
    static void delete(Path serverDirectory) {
        Path location = location(serverDirectory);
        if (Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS)) {
            EmbeddedBinaries.deleteRecursively(location);
        }
    }

    private static Optional<String> registeredLocation(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT pg_catalog.pg_tablespace_location(oid) FROM"
                + " pg_catalog.pg_tablespace WHERE spcname = '" + NAME + "'")) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }

    /** Whether PostgreSQL's version directory ({@code PG_<major>_<catalog version>}) is still in {@code location}. */
    private static boolean intact(Path location) throws IOException {
        if (!Files.isDirectory(location)) {
            return false;
        }
        try (var list = Files.list(location)) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith("PG_"));
        }
    }

    /** The directory vanished (a reboot emptied tmpfs): its databases, only copies, go, and so does the tablespace. */
    private static void recover(Statement statement, String location) throws SQLException {
        List<String> databases = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT datname FROM pg_catalog.pg_database d JOIN"
                + " pg_catalog.pg_tablespace t ON t.oid = d.dattablespace WHERE t.spcname = '" + NAME + "'")) {
            while (rows.next()) {
                databases.add(rows.getString(1));
            }
        }
        LOG.log(
                System.Logger.Level.INFO,
                () -> "The directory of the tablespace in memory (" + location + ") is gone (a reboot?): dropping the "
                        + databases.size() + " test copies it held and creating it again");
        for (String database : databases) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database.replace("\"", "\"\"") + "\" WITH (FORCE)");
        }
        statement.execute("DROP TABLESPACE " + NAME);
    }

    private static boolean isTmpfs() throws IOException {
        return Files.isDirectory(SHARED_MEMORY)
                && Files.isWritable(SHARED_MEMORY)
                && "tmpfs".equals(Files.getFileStore(SHARED_MEMORY).type());
    }

    /** A fresh, empty directory owned by the server's uid; what an earlier server of this directory left is removed. */
    private static void createDirectory(Path location, RunAs runAs) throws IOException {
        if (Files.exists(location, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS)
                    || (runAs.switchUser()
                            && !Integer.valueOf(runAs.uid())
                                    .equals(Files.getAttribute(location, "unix:uid", LinkOption.NOFOLLOW_LINKS)))) {
                throw new IOException(location + " exists and is not a directory of the server's user");
            }
            EmbeddedBinaries.deleteRecursively(location);
        }
        PrivateFiles.createServerOwnedDirectory(location, runAs);
    }
}
