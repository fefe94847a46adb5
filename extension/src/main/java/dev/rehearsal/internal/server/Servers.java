package dev.rehearsal.internal.server;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.spi.PostgresProvider;
import dev.rehearsal.spi.PostgresServer;
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
     * {@code auto} (default): external when {@value Settings#EXTERNAL_URL} is set, else embedded. (The
     * Testcontainers provider does not exist yet.) The provider's {@code start()} logs the line above.
     */
    public static PostgresProvider provider(Settings settings) {
        String name = settings.choice(Settings.PROVIDER, "auto", Set.of("auto", "embedded", "external"));
        ExternalPostgresProvider external = new ExternalPostgresProvider(settings);
        PostgresProvider chosen = switch (name) {
            case "external" -> external;
            case "embedded" -> new EmbeddedPostgresProvider(settings);
            default -> external.isConfigured() ? external : new EmbeddedPostgresProvider(settings);
        };
        return new Announced(chosen);
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
}
