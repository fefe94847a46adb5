package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.cache.FileLocks;
import dev.rehearsal.internal.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The persistent embedded server of one cache directory: its data directory {@code
 * <cache>/clusters/<key>/data} (key: the binaries, the server settings and the user it runs as) survives the run, so
 * the templates in it are found again by the next run. Several JVMs share it:
 *
 * <ul>
 *   <li>{@code control.lock} (a file lock) is held while a JVM starts, attaches to, cleans up or stops the server;
 *   <li>each attached JVM holds a lock on its own {@code users/<id>.lock} for as long as it uses the server (the
 *       kernel releases it when the JVM dies, even by {@code kill -9}); a user file nobody holds belongs to a dead
 *       JVM;
 *   <li>a JVM attaches to a running server after proving it is this data directory's (it answers on the port of
 *       {@code postmaster.pid} to the stored password and names this data directory), never by a pid alone;
 *   <li>the data directory is claimed atomically: {@code initdb} runs in a fresh {@code init-*} directory, renamed
 *       to {@code data} under the control lock;
 *   <li>the last JVM to detach stops the server; a server whose JVMs were all killed is attached to (and stopped) by
 *       the next run.
 * </ul>
 *
 * <p>Within one JVM, every run attaches to the same instance (counted), so the JVM is one user.
 */
final class SharedCluster implements PersistentCluster {
    private static final System.Logger LOG = System.getLogger(SharedCluster.class.getName());
    /** Changes whenever the layout of the cluster directory changes: a new format gets a new directory. */
    private static final String FORMAT = "1";

    private static final String PASSWORD_FILE = "rehearsal.password";
    /** The restoring role's stored verifier as last set (0600, the JVM's user): found again, it is not recomputed. */
    private static final String RESTORER_VERIFIER_FILE = "restorer.verifier";

    private static final String INSPECT_SCRIPT = "inspect.sh";
    private static final Map<Path, SharedCluster> OPEN = new HashMap<>();

    private final Path directory;
    private final RunAs runAs;
    private final String ownerId;
    private final String password;
    private final String admin;
    private volatile int port;
    private final boolean copiesInMemory;
    private volatile AdminSetUp.Facts facts;
    private FileLocks.Held userLock;
    private int references;

    private SharedCluster(
            Path directory,
            RunAs runAs,
            String ownerId,
            String password,
            String admin,
            int port,
            boolean copiesInMemory) {
        this.directory = directory;
        this.copiesInMemory = copiesInMemory;
        this.admin = admin;
        this.runAs = runAs;
        this.ownerId = ownerId;
        this.password = password;
        this.port = port;
    }

    /** Attaches to the cache directory's server, starting it (and creating its data directory) when needed. */
    static EmbeddedPostgresServer attach(Settings settings, ClassLoader loader) {
        RunAs runAs = RunAs.detect(settings);
        Path cache = settings.cacheDirectory().toAbsolutePath().normalize();
        runAs.checkReachable(cache);
        Path install = EmbeddedBinaries.install(cache, loader);
        boolean superuser = EmbeddedPostgresServer.superuserOptIn(settings);
        Path directory = cache.resolve("clusters").resolve(key(install, runAs, superuser));
        SharedCluster cluster;
        synchronized (OPEN) {
            cluster = OPEN.get(directory);
            if (cluster == null) {
                cluster = open(install, directory, runAs, superuser, EmbeddedPostgresServer.copiesInMemory(settings));
                OPEN.put(directory, cluster);
            } else {
                cluster.restartIfGone(install);
            }
            cluster.references++;
        }
        SharedCluster attached = cluster;
        return new EmbeddedPostgresServer(
                directory, cluster.port, cluster.password, superuser, cluster.facts, cluster, attached::release);
    }

    private static String key(Path install, RunAs runAs, boolean superuser) {
        Fingerprint fingerprint = new Fingerprint("embedded-cluster")
                .add(FORMAT)
                .add(install.getFileName().toString())
                .add(runAs.switchUser() ? runAs.uid() + ":" + runAs.gid() : "own user");
        EmbeddedPostgresServer.SETTINGS.forEach(fingerprint::add);
        if (!superuser) {
            // another bootstrap superuser (rehearsal_admin) and an ordinary postgres: never the same data directory
            fingerprint.add("confined: restores as an ordinary postgres, bootstrap superuser rehearsal_admin");
        }
        return fingerprint.hex().substring(0, 16);
    }

    @SuppressWarnings("try") // the lock is held for the body
    private static SharedCluster open(
            Path install, Path directory, RunAs runAs, boolean superuser, boolean copiesInMemory) {
        try {
            Files.createDirectories(directory.resolve("users"));
            permissions(directory, runAs.switchUser() ? "rwx--x--x" : "rwx------");
            permissions(directory.resolve("users"), "rwx------");
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
        try (FileLocks.Held control = FileLocks.lock(directory.resolve("control.lock"))) {
            removeAbandonedInits(directory);
            ServerState.discardIfLostWithTheMachine(directory);
            Path data = directory.resolve("data");
            String admin = EmbeddedPostgresServer.adminName(superuser);
            if (!Files.isDirectory(data)) {
                createData(install, directory, runAs, admin);
            }
            writeInspectScript(install, directory, runAs, admin);
            String password = Files.readString(data.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII)
                    .strip();
            Answering server = answering(install, directory, runAs, admin, password);
            String ownerId = HexFormat.of().formatHex(EmbeddedPostgresServer.randomBytes(4));
            SharedCluster cluster =
                    new SharedCluster(directory, runAs, ownerId, password, admin, server.port(), copiesInMemory);
            cluster.facts = server.setUp(directory, runAs, admin, password, superuser, copiesInMemory);
            cluster.userLock = FileLocks.lock(cluster.userFile(ownerId));
            return cluster;
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    /**
     * Starts the server again when it no longer answers (it died of a full disk, or {@code inspect.sh --stop} stopped
     * it) while this JVM stayed attached: later runs of this JVM get the new port.
     */
    @SuppressWarnings("try") // the lock is held for the body
    private void restartIfGone(Path install) {
        if (running(directory, admin, password).filter(p -> p == port).isPresent()) {
            return;
        }
        try (FileLocks.Held control = FileLocks.lock(directory.resolve("control.lock"))) {
            Answering server = answering(install, directory, runAs, admin, password);
            port = server.port();
            facts = server.setUp(
                    directory, runAs, admin, password, admin.equals(EmbeddedPostgresServer.RESTORER), copiesInMemory);
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    /**
     * This data directory's server, answering on {@code port} to the bootstrap superuser on {@code admin}: the running
     * one, or one started now; {@code started}: whether this JVM started it.
     */
    private record Answering(int port, Connection admin, boolean started) {
        /** {@link AdminSetUp} on this connection, which it then closes. */
        AdminSetUp.Facts setUp(
                Path directory,
                RunAs runAs,
                String adminName,
                String password,
                boolean superuser,
                boolean copiesInMemory) {
            try (Connection connection = admin) {
                return AdminSetUp.run(
                        connection,
                        port,
                        adminName,
                        password,
                        superuser,
                        directory,
                        runAs,
                        copiesInMemory,
                        started,
                        Optional.of(directory.resolve("data").resolve(RESTORER_VERIFIER_FILE)));
            } catch (SQLException e) {
                throw new RehearsalException(
                        "The cached PostgreSQL server on 127.0.0.1:" + port + " failed while Rehearsal prepared it: "
                                + e.getMessage(),
                        e);
            }
        }
    }

    private static Answering answering(Path install, Path directory, RunAs runAs, String admin, String password) {
        Optional<Integer> running = running(directory, admin, password);
        if (running.isEmpty()) {
            return start(install, directory, runAs, admin, password);
        }
        try {
            return new Answering(
                    running.get(), EmbeddedPostgresServer.open(running.get(), admin, password, "postgres"), false);
        } catch (SQLException e) {
            throw new RehearsalException(
                    "The cached PostgreSQL server on 127.0.0.1:" + running.get()
                            + " stopped answering while Rehearsal attached to it: " + e.getMessage()
                            + ". Run the tests again.",
                    e);
        }
    }

    /** The port of this data directory's running server, proven by a connection; empty when none answers. */
    private static Optional<Integer> running(Path directory, String admin, String password) {
        Path data = directory.resolve("data");
        List<String> lines;
        try {
            lines = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            return Optional.empty();
        }
        int port;
        try {
            port = Integer.parseInt(lines.get(3).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try (Connection connection = EmbeddedPostgresServer.open(port, admin, password, "postgres");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('data_directory')")) {
            row.next();
            if (Path.of(row.getString(1)).normalize().equals(data.normalize())) {
                return Optional.of(port);
            }
        } catch (SQLException e) {
            // not ours, or not answering: handled below
        }
        stopUnreachable(data, lines);
        return Optional.empty();
    }

    /**
     * A {@code postmaster.pid} whose server did not answer: when its pid is a live postgres started on this data
     * directory (its command line names it), that server is stopped; otherwise the pid was recycled and the stale
     * file is removed so that PostgreSQL does not mistake the other process for a running server.
     */
    private static void stopUnreachable(Path data, List<String> lines) {
        Optional<ProcessHandle> process;
        try {
            process = ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            process = Optional.empty();
        }
        Optional<ProcessHandle> ours = process.filter(ProcessHandle::isAlive)
                .filter(StaleServers::isPostgres)
                .filter(p -> p.info()
                        .arguments()
                        .map(args -> List.of(args).contains(data.toString()))
                        .orElse(false));
        if (ours.isPresent()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> "Stopping the cached PostgreSQL server (pid "
                            + ours.get().pid() + ") that does not answer: " + data);
            StaleServers.stop(ours.get(), Duration.ofSeconds(15));
        }
        try {
            Files.deleteIfExists(data.resolve("postmaster.pid"));
        } catch (IOException e) {
            // PostgreSQL reports it if it matters
        }
    }

    private static Answering start(Path install, Path directory, RunAs runAs, String admin, String password) {
        try {
            ServerState.starting(directory);
            Path socket = directory.resolve("socket");
            boolean socketFits = EmbeddedPostgresServer.socketFits(socket);
            if (socketFits && !Files.isDirectory(socket)) {
                PrivateFiles.createServerOwnedDirectory(socket, runAs);
            }
            RehearsalException lastFailure = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                int port = EmbeddedPostgresServer.freePort();
                Process process = EmbeddedPostgresServer.launch(
                        install, directory, socketFits ? socket : EmbeddedPostgresServer.NO_SOCKET, runAs, port);
                try {
                    return new Answering(
                            port, EmbeddedPostgresServer.awaitReady(process, directory, port, admin, password), true);
                } catch (RehearsalException e) {
                    StaleServers.stop(process.toHandle(), Duration.ofSeconds(10));
                    lastFailure = e;
                    if (!EmbeddedPostgresServer.log(directory).contains("could not bind")) {
                        break;
                    }
                }
            }
            throw lastFailure;
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    /** {@code initdb} into a fresh {@code init-*} directory, then renamed to {@code data}: all or nothing. */
    private static void createData(Path install, Path directory, RunAs runAs, String admin) throws IOException {
        Path staging = Files.createTempDirectory(directory, "init-");
        try {
            permissions(staging, runAs.switchUser() ? "rwx--x--x" : "rwx------");
            String password = HexFormat.of().formatHex(EmbeddedPostgresServer.randomBytes(16));
            EmbeddedPostgresServer.initdb(install, staging, runAs, password, admin);
            // The JVM's copy (0600, the JVM's user): the server's uid cannot read it.
            PrivateFiles.writePrivate(staging.resolve("data").resolve(PASSWORD_FILE), password);
            Files.move(staging.resolve("data"), directory.resolve("data"), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            EmbeddedBinaries.deleteRecursively(staging);
        }
    }

    /** {@code init-*} directories are only written under the control lock: one found now was abandoned. */
    private static void removeAbandonedInits(Path directory) throws IOException {
        try (var list = Files.list(directory)) {
            for (Path path : list.toList()) {
                if (path.getFileName().toString().startsWith("init-")) {
                    EmbeddedBinaries.deleteRecursively(path);
                }
            }
        }
    }

    @SuppressWarnings("try") // the lock is held for the body
    private void release() {
        synchronized (OPEN) {
            if (--references > 0) {
                return;
            }
            OPEN.remove(directory);
        }
        try (FileLocks.Held control = FileLocks.lock(directory.resolve("control.lock"))) {
            userLock.close();
            Files.deleteIfExists(userFile(ownerId));
            if (liveUsers().isEmpty()) {
                stop();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not detach from the cached server in " + directory, e);
        }
    }

    private void stop() {
        Path data = directory.resolve("data");
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            Optional<Integer> running = running(directory, admin, password);
            if (running.isPresent()) {
                MemoryTablespace.releaseIfEmpty(directory, running.get(), admin, password);
                ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                        .ifPresent(process -> StaleServers.stop(process, Duration.ofSeconds(15)));
            }
        } catch (IOException | RuntimeException e) {
            // not running
        }
        ServerState.stopped(directory);
    }

    /** The ids of the JVMs attached now (a user file nobody holds is a dead JVM's: removed); needs the control lock. */
    private List<String> liveUsers() throws IOException {
        List<String> live = new ArrayList<>();
        try (var list = Files.list(directory.resolve("users"))) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".lock")) {
                    continue;
                }
                String id = name.substring(0, name.length() - ".lock".length());
                if (id.equals(ownerId) && references > 0) {
                    live.add(id);
                    continue;
                }
                Optional<FileLocks.Held> free = FileLocks.tryLock(file);
                if (free.isPresent()) {
                    free.get().close();
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(directory.resolve("users").resolve(id + ".uses"));
                } else {
                    live.add(id);
                }
            }
        }
        return live;
    }

    private Path userFile(String id) {
        return directory.resolve("users").resolve(id + ".lock");
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public String ownerId() {
        return ownerId;
    }

    @Override
    @SuppressWarnings("try") // the lock is held for the body
    public <T> T underControlLock(Supplier<T> work) {
        try (FileLocks.Held control = FileLocks.lock(directory.resolve("control.lock"))) {
            return work.get();
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    @Override
    public List<String> liveOwners() {
        try {
            return liveUsers();
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    @Override
    public void recordUse(String database) {
        try {
            Files.writeString(
                    directory.resolve("users").resolve(ownerId + ".uses"),
                    database + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    @Override
    public List<String> inUse() {
        List<String> names = new ArrayList<>();
        for (String id : liveOwners()) {
            try {
                names.addAll(Files.readAllLines(directory.resolve("users").resolve(id + ".uses")));
            } catch (IOException e) {
                // that JVM uses no template yet
            }
        }
        return names;
    }

    @Override
    public String connectCommand(String database) {
        return "While the run lasts: psql \"postgresql://" + admin + "@127.0.0.1:" + port + "/"
                + database
                + "\" (password in " + directory.resolve("data").resolve(PASSWORD_FILE) + "). After the run: sh "
                + directory.resolve(INSPECT_SCRIPT) + " " + database + " (starts the cached server if it is stopped,"
                + " prints the URL and opens psql; `sh " + directory.resolve(INSPECT_SCRIPT) + " --stop` stops it).";
    }

    /**
     * Writes {@code inspect.sh}: starts the cached server (same binaries, data directory and settings, on {@code
     * $REHEARSAL_INSPECT_PORT}, default 54329) when it is not running, prints the database's URL and opens psql when
     * installed; {@code --stop} stops it. The next run attaches to a server started this way and stops it when done.
     */
    private static void writeInspectScript(Path install, Path directory, RunAs runAs, String admin) throws IOException {
        Path data = directory.resolve("data");
        String as = runAs.switchUser() ? String.join(" ", runAs.command(List.of())) + " " : "";
        StringBuilder settings = new StringBuilder("-F");
        for (String setting : EmbeddedPostgresServer.SETTINGS) {
            settings.append(" -c ").append(setting);
        }
        String pgCtl = as + "'" + install.resolve("bin/pg_ctl") + "'";
        String script = "#!/bin/sh\n"
                + "# Rehearsal's cached PostgreSQL server, for inspecting a database kept after a failed test.\n"
                + "# Usage: sh inspect.sh [database]    sh inspect.sh --stop\n"
                + "set -e\n"
                + "DATA='" + data + "'\n"
                + "PORT=\"${REHEARSAL_INSPECT_PORT:-54329}\"\n"
                + "STATE='" + directory.resolve(ServerState.FILE) + "'\n"
                + "if [ \"$1\" = --stop ]; then " + pgCtl + " -D \"$DATA\" stop -m fast && sync"
                + " && echo stopped > \"$STATE\"; exit; fi\n"
                + "if " + pgCtl + " -D \"$DATA\" status >/dev/null 2>&1; then\n"
                + "  PORT=$(sed -n 4p \"$DATA/postmaster.pid\")\n"
                + "else\n"
                + "  echo \"running $(cat /proc/sys/kernel/random/boot_id 2>/dev/null || sysctl -n"
                + " kern.bootsessionuuid 2>/dev/null)\" > \"$STATE\" && sync\n"
                + "  " + pgCtl + " -D \"$DATA\" -l \"$DATA/inspect.log\" -w -o \"-p $PORT " + settings
                + " -c unix_socket_directories=''\" start\n"
                + "fi\n"
                + "echo \"postgresql://" + admin + "@127.0.0.1:$PORT/${1:-postgres} (user "
                + admin + ", password in $DATA/"
                + PASSWORD_FILE + ")\"\n"
                + "if command -v psql >/dev/null 2>&1; then\n"
                + "  PGPASSWORD=\"$(cat \"$DATA/" + PASSWORD_FILE
                + "\")\" exec psql -h 127.0.0.1 -p \"$PORT\" -U " + admin
                + " \"${1:-postgres}\"\n"
                + "fi\n";
        Path file = directory.resolve(INSPECT_SCRIPT);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        permissions(file, "rwx------");
    }

    RunAs runAs() {
        return runAs;
    }

    private static void permissions(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    static RehearsalException unwritable(Path directory, IOException e) {
        return new RehearsalException(
                "Could not use the persistent PostgreSQL data directory " + directory + ": " + e
                        + ". Expected a writable directory with free space; set " + ConfigurationKeys.CACHE_DIR
                        + " to another directory, or " + ConfigurationKeys.CACHE_MODE
                        + "=run to keep nothing between runs.",
                e);
    }
}
