package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.spi.PostgresServer;
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
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * The containers of the testcontainers provider, one per image per JVM. Only core Testcontainers APIs present in
 * both 1.21.x and 2.0.x are used ({@link GenericContainer}, {@link DockerImageName}, {@link Wait}): 2.0 moved the
 * {@code postgresql} module to {@code testcontainers-postgresql} and a new package, and Rehearsal needs nothing of
 * it but the image's environment variables and its start-up log line, which are the official image's contract.
 * Loaded only when Testcontainers is on the classpath (see {@link TestcontainersPostgresProvider}).
 *
 * <p>Confined by default, like the embedded server: the container's superuser ({@code POSTGRES_USER}) is {@link
 * EmbeddedPostgresServer#ADMIN}, used by Rehearsal alone ({@link PostgresServer#connectAsAdministrator}), and
 * restores, migrations and tests connect as the ordinary role {@link RestoringRole} {@code postgres}. With {@link
 * ConfigurationKeys#TESTCONTAINERS_SUPERUSER}{@code =true} the superuser is {@code postgres} and everything runs as it.
 */
final class TestcontainersPostgres {
    private static final int PORT = 5432;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    /** The same non-durable settings as the embedded server (its data is thrown away with the container). */
    private static final List<String> SETTINGS = List.of(
            "fsync=off",
            "synchronous_commit=off",
            "full_page_writes=off",
            "wal_level=minimal",
            "max_wal_senders=0",
            "max_connections=300",
            "shared_buffers=128MB",
            "maintenance_work_mem=256MB",
            "max_wal_size=2GB",
            "checkpoint_timeout=30min",
            "timezone=UTC");

    private static final Map<String, ContainerServer> RUNNING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(TestcontainersPostgres::stopAll, "rehearsal-testcontainers-shutdown"));
    }

    private TestcontainersPostgres() {}

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Where Testcontainers looks for the engine first: {@code DOCKER_HOST}, else the default socket. */
    static String dockerEndpoint() {
        String host = System.getenv("DOCKER_HOST");
        return host == null || host.isBlank() ? "unix:///var/run/docker.sock" : host;
    }

    /**
     * The server in the container of {@code image}, started on first use in this JVM; confined unless {@code
     * superuser} (the opt-in {@link ConfigurationKeys#TESTCONTAINERS_SUPERUSER}), one container for each.
     */
    static PostgresServer server(String image, boolean superuser) {
        return RUNNING.computeIfAbsent(image + (superuser ? " (superuser)" : ""), key -> start(image, superuser));
    }

    private static ContainerServer start(String image, boolean superuser) {
        if (!dockerAvailable()) {
            throw new RehearsalException("The testcontainers provider (image " + image + ") found no Docker engine:"
                    + " none answered at " + dockerEndpoint() + " (nor through Testcontainers' other settings:"
                    + " DOCKER_HOST, ~/.testcontainers.properties). Start a Docker engine, or use the embedded server:"
                    + " remove " + ConfigurationKeys.TESTCONTAINERS_IMAGE + " and set " + ConfigurationKeys.PROVIDER
                    + "=embedded"
                    + " (with " + ConfigurationKeys.POSTGRES_VERSION + " for the production server's version).");
        }
        boolean reuse = reuseEnabled();
        // A reused container is found again by its configuration's hash: the password must then be stable.
        String password = reuse ? "rehearsal" : HexFormat.of().formatHex(randomBytes(16));
        String admin = EmbeddedPostgresServer.adminName(superuser);
        List<String> command = new ArrayList<>(List.of("postgres"));
        for (String setting : SETTINGS) {
            command.add("-c");
            command.add(setting);
        }
        GenericContainer<?> container =
                new GenericContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
        container
                .withEnv("POSTGRES_USER", admin)
                .withEnv("POSTGRES_PASSWORD", password)
                .withEnv("POSTGRES_DB", "postgres")
                .withEnv("POSTGRES_INITDB_ARGS", "--encoding=UTF8 --locale=C")
                .withCommand(command.toArray(String[]::new))
                .withExposedPorts(PORT)
                .withSharedMemorySize(256L * 1024 * 1024)
                .withReuse(reuse)
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\s", 2)
                        .withStartupTimeout(STARTUP_TIMEOUT));
        try {
            container.start();
        } catch (RuntimeException e) {
            try {
                container.stop();
            } catch (RuntimeException ignored) {
                // it did not start: nothing more to stop
            }
            throw new RehearsalException(
                    "The testcontainers provider could not start a container of " + image
                            + " (Docker at " + dockerEndpoint() + "): " + e.getMessage() + causes(e)
                            + ". Check that the image exists or can be pulled, and that it behaves like the official postgres"
                            + " image (POSTGRES_USER, POSTGRES_PASSWORD, logs \"database system is ready to accept"
                            + " connections\"); set " + ConfigurationKeys.TESTCONTAINERS_IMAGE
                            + " to another image, or use "
                            + ConfigurationKeys.PROVIDER + "=embedded.",
                    e);
        }
        ContainerServer server = new ContainerServer(image, container, admin, password, reuse);
        try {
            server.prepareRestorer();
            server.readVersion();
        } catch (SQLException e) {
            server.stopContainer();
            throw new RehearsalException(
                    "The container of " + image + " started but its PostgreSQL did not answer at " + server.host() + ":"
                            + server.port() + " (as " + admin + ", then as " + RestoringRole.NAME + "): "
                            + e.getMessage()
                            + ". Check that the image behaves like the official postgres image (POSTGRES_USER creates"
                            + " the superuser), or set " + ConfigurationKeys.TESTCONTAINERS_SUPERUSER + "=true.",
                    e);
        }
        return server;
    }

    private static boolean reuseEnabled() {
        try {
            return TestcontainersConfiguration.getInstance().environmentSupportsReuse();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" (").append(cause.getMessage()).append(')');
        }
        return text.toString();
    }

    /** Stops every container this JVM started (not reused ones, which outlive the JVM by design). */
    static void stopAll() {
        for (ContainerServer server : RUNNING.values()) {
            if (!server.reuse) {
                server.stopContainer();
            }
        }
        RUNNING.clear();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /**
     * The PostgreSQL server in one container. {@link #close()} releases it for the run; the container itself lives
     * until the JVM ends, so later runs in the same JVM (or other images) do not pay for a new start.
     */
    private static final class ContainerServer implements PostgresServer {
        private final String image;
        private final GenericContainer<?> container;
        private final String host;
        private final int port;
        private final String admin;
        private final String adminPassword;
        private final String password;
        private final boolean reuse;
        private volatile String version;
        private volatile int majorVersion;

        ContainerServer(String image, GenericContainer<?> container, String admin, String password, boolean reuse) {
            this.image = image;
            this.container = container;
            this.host = container.getHost();
            this.port = container.getMappedPort(PORT);
            this.admin = admin;
            this.adminPassword = password;
            this.password = confined() ? EmbeddedPostgresServer.restorerPassword(password) : password;
            this.reuse = reuse;
        }

        /** Whether the superuser is Rehearsal's alone and everything else runs as {@link RestoringRole}. */
        private boolean confined() {
            return !admin.equals(RestoringRole.NAME);
        }

        /** Creates the role restores and migrations run as (a reused container has it: brought up to date). */
        void prepareRestorer() throws SQLException {
            if (confined()) {
                try (Connection connection = open(admin, adminPassword, "postgres")) {
                    RestoringRole.prepare(connection, password);
                }
            }
        }

        void readVersion() throws SQLException {
            try (Connection connection = connect("postgres");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT current_setting('server_version'), current_setting('server_version_num')")) {
                rows.next();
                version = rows.getString(1);
                majorVersion = Integer.parseInt(rows.getString(2)) / 10000;
            }
        }

        void stopContainer() {
            try {
                container.stop();
            } catch (RuntimeException e) {
                // best effort at JVM end: Ryuk removes what is left
            }
        }

        @Override
        public String host() {
            return host;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public String username() {
            return RestoringRole.NAME;
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
            return "testcontainers";
        }

        @Override
        public Connection connect(String database) throws SQLException {
            return open(RestoringRole.NAME, password, database);
        }

        /** Confined: the container's superuser {@link EmbeddedPostgresServer#ADMIN}; with the opt-in, none. */
        @Override
        public java.util.Optional<Connection> connectAsAdministrator(String database) throws SQLException {
            return confined()
                    ? java.util.Optional.of(open(admin, adminPassword, database))
                    : java.util.Optional.empty();
        }

        private Connection open(String user, String userPassword, String database) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", userPassword);
            properties.setProperty("connectTimeout", "10");
            return DriverManager.getConnection(jdbcUrl(database), properties);
        }

        @Override
        public void close() {
            // The run's databases are dropped by the run; the container is shared by the JVM (stopAll).
        }

        @Override
        public String toString() {
            return "PostgreSQL " + version + " in a container of " + image + " (" + host + ":" + port
                    + (confined() ? "" : ", as its superuser") + ")";
        }
    }
}
