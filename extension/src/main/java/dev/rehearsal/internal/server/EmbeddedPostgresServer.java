package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.cache.FileLocks;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.CopiesTablespace;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A PostgreSQL server started from the embedded binaries. In {@code run} cache mode the server is this JVM's own:
 * {@link #close()} stops it and deletes its files. In {@code persistent} mode it is the cache directory's shared
 * server ({@link SharedCluster}): {@link #close()} detaches, and the last JVM to leave stops it.
 */
final class EmbeddedPostgresServer implements PostgresServer {
    /**
     * The bootstrap superuser ({@code initdb --username}) of a confined server: only Rehearsal's own administrative
     * connections use it ({@link #connectAsAdmin}); its password never leaves this JVM.
     */
    static final String ADMIN = "rehearsal_admin";

    /**
     * The role restores, migrations (every tool, including {@code COMMAND}) and tests connect as. Confined ({@link
     * ConfigurationKeys#EMBEDDED_SUPERUSER}{@code =false}), an ordinary role with {@code CREATEDB} and {@code
     * CREATEROLE}, confined by PostgreSQL's privilege checks like the external provider's dedicated user. Named {@code postgres} so that a dump's {@code OWNER TO postgres} and an application's {@code
     * user=postgres} mean it. Otherwise (the default) it is the bootstrap superuser itself, as on a server fresh from
     * {@code initdb} (a dump's {@code GRANTED BY postgres} needs exactly that).
     */
    static final String RESTORER = RestoringRole.NAME;

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_SOCKET_PATH = 100;

    private final Path directory;
    private final Runnable stopper;
    private final SharedCluster cluster;
    private final int port;
    private final String admin;
    private final String adminPassword;
    private final String password;
    private final String version;
    private final int majorVersion;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;
    private final Optional<CopiesTablespace> copiesTablespace;

    private EmbeddedPostgresServer(
            Path directory,
            Process process,
            int port,
            String password,
            boolean superuser,
            AdminSetUp.Facts facts,
            FileLocks.Held owner) {
        this(directory, port, password, superuser, facts, null, () -> {
            StaleServers.stop(process.toHandle(), Duration.ofSeconds(15));
            EmbeddedBinaries.deleteRecursively(directory); // the socket directory is inside, or there is none
            MemoryTablespace.delete(directory);
            owner.close();
            try {
                Files.deleteIfExists(StaleServers.lockFile(directory));
            } catch (IOException e) {
                // the next start's clean-up removes it
            }
        });
    }

    /**
     * A server of {@code cluster} (or, with a {@code null} cluster, this JVM's own), closed by {@code stopper}; its
     * test copies go to the tablespace in memory of {@code facts} when there is one ({@link MemoryTablespace}).
     */
    EmbeddedPostgresServer(
            Path directory,
            int port,
            String password,
            boolean superuser,
            AdminSetUp.Facts facts,
            SharedCluster cluster,
            Runnable stopper) {
        this.directory = directory;
        this.copiesTablespace = facts.memory().map(location -> new CopiesTablespace(MemoryTablespace.NAME, location));
        this.stopper = stopper;
        this.cluster = cluster;
        this.port = port;
        this.admin = adminName(superuser);
        this.adminPassword = password;
        this.password = superuser ? password : restorerPassword(password);
        this.shutdownHook = new Thread(this::close, "rehearsal-embedded-postgres-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        this.version = facts.version();
        this.majorVersion = facts.majorVersion();
    }

    static EmbeddedPostgresServer start(Settings settings, ClassLoader loader) {
        if (dev.rehearsal.internal.cache.CacheSettings.of(settings).mode()
                == dev.rehearsal.internal.cache.CacheSettings.Mode.PERSISTENT) {
            return SharedCluster.attach(settings, loader);
        }
        RunAs runAs = RunAs.detect(settings);
        Path cache = settings.cacheDirectory();
        runAs.checkReachable(cache);
        Path install = EmbeddedBinaries.install(cache, loader);
        Path servers = cache.resolve("servers");
        StaleServers.cleanUp(servers);
        Path directory = null;
        FileLocks.Held owner = null;
        try {
            Files.createDirectories(servers);
            // The owner's lock exists (and is held) before the directory does: no other JVM ever sees the directory
            // without a live owner, and the lock, unlike a pid, dies with this JVM.
            String name = "pg" + HexFormat.of().formatHex(randomBytes(8));
            owner = FileLocks.lock(servers.resolve(name + StaleServers.LOCK_SUFFIX));
            directory = PrivateFiles.createServerDirectory(servers.resolve(name), runAs);
            PrivateFiles.writePrivate(directory.resolve(StaleServers.OWNER_FILE), StaleServers.ownerLine());
            String password = HexFormat.of().formatHex(randomBytes(16));
            boolean superuser = superuserOptIn(settings);
            initdb(install, directory, runAs, password, adminName(superuser));
            Path socketDirectory = socketDirectory(directory, runAs);
            RehearsalException lastFailure = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                int port = freePort();
                Process process = launch(install, directory, socketDirectory, runAs, port);
                try {
                    AdminSetUp.Facts facts;
                    try (Connection admin = awaitReady(process, directory, port, adminName(superuser), password)) {
                        facts = AdminSetUp.run(
                                admin,
                                port,
                                adminName(superuser),
                                password,
                                superuser,
                                directory,
                                runAs,
                                copiesInMemory(settings),
                                true,
                                Optional.empty());
                    } catch (SQLException e) {
                        // closing the set-up connection failed: the server answered, nothing to undo
                        throw new RehearsalException(
                                "The embedded PostgreSQL server on 127.0.0.1:" + port
                                        + " failed while Rehearsal prepared it: " + e.getMessage(),
                                e);
                    }
                    return new EmbeddedPostgresServer(directory, process, port, password, superuser, facts, owner);
                } catch (RehearsalException e) {
                    StaleServers.stop(process.toHandle(), Duration.ofSeconds(10));
                    lastFailure = e;
                    if (!log(directory).contains("could not bind")) {
                        break;
                    }
                }
            }
            throw lastFailure;
        } catch (IOException e) {
            abandon(directory, owner);
            throw new RehearsalException(
                    "Could not prepare the embedded PostgreSQL server under " + servers + ": " + e.getMessage()
                            + ". Check that the directory is writable, or set " + ConfigurationKeys.CACHE_DIR + ".",
                    e);
        } catch (RuntimeException e) {
            abandon(directory, owner);
            throw e;
        }
    }

    private static void abandon(Path directory, FileLocks.Held owner) {
        if (directory != null) {
            EmbeddedBinaries.deleteRecursively(directory);
            MemoryTablespace.delete(directory);
            try {
                Files.deleteIfExists(StaleServers.lockFile(directory));
            } catch (IOException e) {
                // removed by the next start's clean-up
            }
        }
        if (owner != null) {
            owner.close();
        }
    }

    static void initdb(Path install, Path directory, RunAs runAs, String password, String admin) throws IOException {
        Path data = PrivateFiles.createServerOwnedDirectory(directory.resolve("data"), runAs);
        // Read by initdb (the server's uid) and deleted as soon as it ends: 0600 from its creation on.
        Path passwordFile = directory.resolve("pwfile");
        PrivateFiles.writeSecret(passwordFile, password + "\n", runAs);
        try {
            List<String> command = List.of(
                    install.resolve("bin/initdb").toString(),
                    "--pgdata=" + data,
                    "--username=" + admin,
                    "--encoding=UTF8",
                    "--locale=C",
                    "--auth=scram-sha-256",
                    "--pwfile=" + passwordFile,
                    "--no-sync",
                    "--no-instructions");
            Path logFile = PrivateFiles.createPrivateFile(directory.resolve("initdb.log"));
            for (int attempt = 1; ; attempt++) {
                Process initdb = new ProcessBuilder(runAs.command(command))
                        .redirectErrorStream(true)
                        .redirectOutput(logFile.toFile())
                        .start();
                boolean finished = initdb.waitFor(120, TimeUnit.SECONDS);
                if (finished && initdb.exitValue() == 0) {
                    break;
                }
                initdb.destroyForcibly();
                String log = Files.readString(logFile);
                // Binaries unpacked a moment ago: a process another thread of this JVM forked meanwhile may still
                // hold one open for writing, and executing it fails (ETXTBSY) until that child has closed it. initdb
                // removes what it made when it fails, so it can simply run again.
                if (finished && log.contains("Text file busy") && attempt < 3) {
                    Thread.sleep(200);
                    continue;
                }
                throw new RehearsalException("initdb failed for the embedded PostgreSQL server (running as "
                        + runAs.describe() + "):\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("Interrupted while running initdb", e);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /**
     * The server's Unix socket directory, inside its own directory (deleted with it, whatever ends the JVM); when that
     * path is too long for a Unix socket, the server listens on TCP only ({@code -k ''}) rather than on a socket
     * directory elsewhere that a killed JVM would leave behind.
     */
    static Path socketDirectory(Path directory, RunAs runAs) throws IOException {
        Path socket = directory.resolve("socket");
        if (!socketFits(socket)) {
            return NO_SOCKET;
        }
        return PrivateFiles.createServerOwnedDirectory(socket, runAs);
    }

    /** Whether a Unix socket in {@code directory} fits the kernel's path limit. */
    static boolean socketFits(Path directory) {
        return directory.toString().length() + 20 <= MAX_SOCKET_PATH;
    }

    /** The socket directory meaning "no Unix socket, TCP only". */
    static final Path NO_SOCKET = Path.of("");

    static Process launch(Path install, Path directory, Path socket, RunAs runAs, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                install.resolve("bin/postgres").toString(),
                "-D",
                directory.resolve("data").toString(),
                "-p",
                Integer.toString(port),
                "-k",
                socket.toString(),
                "-F"));
        for (String setting : SETTINGS) {
            command.add("-c");
            command.add(setting);
        }
        Path log = directory.resolve("postgres.log");
        if (!Files.exists(log)) {
            PrivateFiles.createPrivateFile(log);
        }
        return new ProcessBuilder(runAs.command(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** The server settings (part of the persistent data directory's key). */
    static final List<String> SETTINGS = List.of(
            "listen_addresses=127.0.0.1",
            "synchronous_commit=off",
            "full_page_writes=off",
            "wal_level=minimal",
            "max_wal_senders=0",
            "max_connections=300",
            "shared_buffers=128MB",
            "maintenance_work_mem=256MB",
            "max_wal_size=2GB",
            "checkpoint_timeout=30min",
            "timezone=UTC",
            "log_min_messages=warning");

    /**
     * Waits until the server just launched as {@code process} on {@code port} accepts {@code admin}, and returns that
     * connection (the caller closes it). It watches the server's {@code postmaster.pid}, which PostgreSQL marks {@code
     * ready} when it accepts connections, every few milliseconds and connects then: a connection attempt costs a SCRAM
     * key derivation, far more than reading the file. Every quarter of a second it tries to connect anyway, in case the
     * file says nothing usable.
     */
    static Connection awaitReady(Process process, Path directory, int port, String admin, String password) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        long nextAttempt = System.nanoTime() + Duration.ofMillis(250).toNanos();
        Path pidFile = directory.resolve("data").resolve("postmaster.pid");
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new RehearsalException("The embedded PostgreSQL server exited during start-up (exit code "
                        + process.exitValue() + "); its log says:\n" + tail(log(directory)));
            }
            if (saysReady(pidFile, port) || System.nanoTime() >= nextAttempt) {
                nextAttempt = System.nanoTime() + Duration.ofMillis(250).toNanos();
                try {
                    Connection connection = open(port, admin, password, "postgres");
                    if (connection.isValid(5)) {
                        return connection;
                    }
                    connection.close();
                } catch (SQLException e) {
                    last = e;
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RehearsalException("Interrupted while waiting for the embedded PostgreSQL server", e);
            }
        }
        throw new RehearsalException("The embedded PostgreSQL server did not accept connections on 127.0.0.1:" + port
                + " within " + STARTUP_TIMEOUT.toSeconds() + " s (last error: "
                + (last == null ? "none" : last.getMessage()) + "); its log says:\n" + tail(log(directory)));
    }

    /**
     * Whether {@code postmaster.pid} names {@code port} (line 4) and says {@code ready} (line 8), as PostgreSQL 10 and
     * later write it once they accept connections. A file being rewritten, or a stale one, reads as not ready.
     */
    static boolean saysReady(Path pidFile, int port) {
        try {
            List<String> lines = Files.readAllLines(pidFile, java.nio.charset.StandardCharsets.US_ASCII);
            return lines.size() >= 8
                    && lines.get(3).strip().equals(Integer.toString(port))
                    && lines.get(7).strip().equals("ready");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The bootstrap superuser's name: {@link #ADMIN}, or {@link #RESTORER} with the superuser opt-in. */
    static String adminName(boolean superuser) {
        return superuser ? RESTORER : ADMIN;
    }

    static Connection open(int port, String user, String password, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    static String log(Path directory) {
        try {
            return Files.readString(directory.resolve("postgres.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static String tail(String text) {
        String[] lines = text.strip().split("\n");
        int from = Math.max(0, lines.length - 20);
        return "    " + String.join("\n    ", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String username() {
        return RESTORER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public int majorVersion() {
        return majorVersion;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String providerName() {
        return "embedded";
    }

    @Override
    public Connection connect(String database) throws SQLException {
        return open(port, RESTORER, password, database);
    }

    /** A connection as the bootstrap superuser, for Rehearsal's own administration and tests only. */
    Connection connectAsAdmin(String database) throws SQLException {
        return open(port, admin, adminPassword, database);
    }

    /** Confined: the bootstrap superuser {@link #ADMIN}; with the superuser opt-in, none (the restorer is one). */
    @Override
    public java.util.Optional<Connection> connectAsAdministrator(String database) throws SQLException {
        if (admin.equals(RESTORER)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(connectAsAdmin(database));
    }

    /** The bootstrap superuser's name and password, for the tests' reference restores (psql, pg_restore). */
    String[] adminCredentials() {
        return new String[] {admin, adminPassword};
    }

    /** Whether {@link ConfigurationKeys#EMBEDDED_SUPERUSER} asks for restores and migrations as a superuser. */
    static boolean superuserOptIn(Settings settings) {
        return Boolean.parseBoolean(
                settings.choice(ConfigurationKeys.EMBEDDED_SUPERUSER, "false", java.util.Set.of("true", "false")));
    }

    /** Whether {@link ConfigurationKeys#CACHE_COPIES_IN_MEMORY} lets test copies go to tmpfs ({@code auto}). */
    static boolean copiesInMemory(Settings settings) {
        return "auto"
                .equals(settings.choice(
                        ConfigurationKeys.CACHE_COPIES_IN_MEMORY, "auto", java.util.Set.of("auto", "never")));
    }

    @Override
    public Optional<String> knownDataDirectory() {
        return Optional.of(directory.resolve("data").toString());
    }

    @Override
    public Optional<CopiesTablespace> copiesTablespace() {
        return copiesTablespace;
    }

    /**
     * The restoring role's password, derived one way from the administrator's: whoever holds it (a migration tool,
     * a {@code COMMAND}, a test) cannot compute the administrator's.
     */
    static String restorerPassword(String adminPassword) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("rehearsal restorer\n" + adminPassword).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Creates (or brings up to date) the role restores and migrations run as, {@link #RESTORER} ({@link
     * RestoringRole}), unless {@code superuser} (the opt-in: then it is the bootstrap superuser). Run by one JVM at a
     * time per server (the run-mode server is private, the shared one is prepared under its control lock).
     * {@code remembered}: where the verifier set last time is kept (a persistent server's data directory, 0600, the
     * JVM's user); when the role still stores it, no new one is computed.
     */
    static void prepareRestorer(
            Connection connection, int port, String adminPassword, boolean superuser, Optional<Path> remembered) {
        if (superuser) {
            return; // the restorer is the bootstrap superuser
        }
        try {
            Optional<String> known = remembered.filter(Files::isRegularFile).flatMap(file -> {
                try {
                    return Optional.of(Files.readString(file, java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    return Optional.empty();
                }
            });
            String verifier = RestoringRole.prepare(connection, restorerPassword(adminPassword), known);
            if (remembered.isPresent() && !Optional.of(verifier).equals(known)) {
                PrivateFiles.writePrivate(remembered.get(), verifier);
            }
        } catch (SQLException | IOException e) {
            throw new RehearsalException(
                    "Could not prepare the role " + RESTORER + " that restores and migrations run as on the embedded"
                            + " PostgreSQL server on 127.0.0.1:" + port + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Replaces the bootstrap superuser's verifier by a {@link ScramVerifier} of {@link ScramVerifier#ITERATIONS} for the
     * same password when it has another iteration count: a data directory written by a build of this project that
     * stored one-round verifiers, which Go's lib/pq refuses. Called when a server has started (a JVM attaching to a
     * running one pays no extra connection).
     */
    static void storeVerifier(Connection connection, int port, String admin, String adminPassword) {
        try (Statement statement = connection.createStatement()) {
            boolean current;
            try (ResultSet row = statement.executeQuery("SELECT rolpassword LIKE 'SCRAM-SHA-256$"
                    + ScramVerifier.ITERATIONS + ":%' FROM pg_catalog.pg_authid WHERE rolname = current_user")) {
                current = row.next() && row.getBoolean(1);
            }
            if (!current) {
                statement.execute("ALTER ROLE " + admin + " PASSWORD '" + ScramVerifier.of(adminPassword) + "'");
            }
        } catch (SQLException e) {
            throw new RehearsalException(
                    "Could not store the password verifier of " + admin + " on the embedded"
                            + " PostgreSQL server on 127.0.0.1:" + port + ": " + e.getMessage(),
                    e);
        }
    }

    /** The server's own directory (data, socket, log); for tests and diagnostics. */
    Path directory() {
        return directory;
    }

    /** The shared server this is attached to, when the cache is persistent. */
    java.util.Optional<SharedCluster> cluster() {
        return java.util.Optional.ofNullable(cluster);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: this is the hook
        }
        stopper.run();
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL " + version + " on 127.0.0.1:" + port;
    }
}
