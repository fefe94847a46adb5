package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * The {@code external} provider: an existing server by JDBC URL ({@value Settings#EXTERNAL_URL}, env {@code
 * REHEARSAL_JDBC_URL}). The URL's database is used only to connect for {@code CREATE DATABASE} / {@code DROP
 * DATABASE}; Rehearsal creates and drops only databases it named itself ({@code rehearsal_*}). User and password
 * come from the URL ({@code ?user=…&password=…}) or {@value Settings#EXTERNAL_USER} / {@value
 * Settings#EXTERNAL_PASSWORD}. The user needs {@code CREATEDB}; fixtures that reference roles also need {@code
 * CREATEROLE} (unless restored with {@code roles = SKIP}), which PostgreSQL confines only from 16 on (up to 15 it lets
 * the user grant itself any predefined role: warned at start).
 */
public final class ExternalPostgresProvider implements PostgresProvider {
    private final Settings settings;

    public ExternalPostgresProvider(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "external";
    }

    /** Whether an external server is configured. */
    public boolean isConfigured() {
        return settings.get(ConfigurationKeys.EXTERNAL_URL).isPresent();
    }

    @Override
    public PostgresServer start() {
        String url = settings.get(ConfigurationKeys.EXTERNAL_URL)
                .orElseThrow(() -> new IllegalArgumentException("The external provider needs a JDBC URL: set "
                        + ConfigurationKeys.EXTERNAL_URL + " (or env REHEARSAL_JDBC_URL), e.g. "
                        + "jdbc:postgresql://localhost:5432/postgres?user=postgres&password=secret"));
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException("Invalid value [" + url + "] for configuration key ["
                    + ConfigurationKeys.EXTERNAL_URL + "]; expected a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/postgres");
        }
        String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
        int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
        String database = parsed.getProperty("PGDBNAME", "postgres");
        String user = settings.get(ConfigurationKeys.EXTERNAL_USER).orElse(parsed.getProperty("user"));
        String password = settings.get(ConfigurationKeys.EXTERNAL_PASSWORD).orElse(parsed.getProperty("password", ""));
        if (user == null) {
            throw new IllegalArgumentException("The external PostgreSQL URL " + redact(url) + " names no user: add "
                    + "?user=… to it or set " + ConfigurationKeys.EXTERNAL_USER);
        }
        return new ExternalServer(host, port, database, user, password);
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    private static final class ExternalServer implements PostgresServer {
        private final String host;
        private final int port;
        private final String database;
        private final String user;
        private final String password;
        private final String version;
        private final int majorVersion;

        ExternalServer(String host, int port, String database, String user, String password) {
            this.host = host;
            this.port = port;
            this.database = database;
            this.user = user;
            this.password = password;
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT current_setting('server_version'), current_setting('server_version_num')")) {
                rows.next();
                this.version = rows.getString(1);
                this.majorVersion = Integer.parseInt(rows.getString(2)) / 10000;
                warnIfUnconfined(connection);
            } catch (SQLException e) {
                throw new RehearsalException(
                        "Could not connect to the external PostgreSQL server " + host + ":" + port
                                + "/" + database + " as " + user + ": " + e.getMessage() + ". Check "
                                + ConfigurationKeys.EXTERNAL_URL
                                + " (env REHEARSAL_JDBC_URL).",
                        e);
            }
        }

        /**
         * Backups and migrations run with this user's rights, and only PostgreSQL's privilege checks confine them: a
         * superuser, or a member of the roles that reach server programs, files or other sessions, lets a hostile
         * backup reach outside its database. Said once, at start, with the way out.
         */
        private void warnIfUnconfined(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT r.rolsuper, array_to_string(ARRAY(SELECT b.rolname"
                            + " FROM pg_catalog.pg_roles b WHERE b.rolname IN ('pg_execute_server_program',"
                            + " 'pg_read_server_files', 'pg_write_server_files', 'pg_signal_backend')"
                            + " AND pg_catalog.pg_has_role(r.oid, b.oid, 'USAGE')), ', '),"
                            + " r.rolcreaterole AND pg_catalog.current_setting('server_version_num')::int < 160000"
                            + " FROM pg_catalog.pg_roles r WHERE r.rolname = current_user")) {
                if (!row.next()) {
                    return;
                }
                boolean superuser = row.getBoolean(1);
                String reach = row.getString(2);
                if (!superuser && reach.isEmpty() && row.getBoolean(3)) {
                    // PostgreSQL 15 and older: CREATEROLE may grant any non-superuser role, the predefined ones too
                    reach = "no predefined role yet, but has CREATEROLE, with which PostgreSQL 15 and older let it"
                            + " grant itself pg_execute_server_program and the like";
                }
                if (superuser || !reach.isEmpty()) {
                    String what = superuser ? "a superuser" : reach.startsWith("no ") ? reach : "a member of " + reach;
                    System.getLogger(ExternalPostgresProvider.class.getName())
                            .log(
                                    System.Logger.Level.WARNING,
                                    () -> "Rehearsal: the external user " + user + " on " + host + ":" + port + " is "
                                            + what
                                            + ": backups and migrations run with its rights and can reach outside"
                                            + " their databases (other databases and roles, server programs and"
                                            + " files, other sessions). Use a dedicated user with CREATEDB and"
                                            + " nothing more (CREATEROLE, which backups that reference roles need,"
                                            + " is confined only on PostgreSQL 16 and later), or restore with"
                                            + " roles = SKIP.");
                }
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
            return user;
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
            return "external";
        }

        @Override
        public String maintenanceDatabase() {
            return database;
        }

        @Override
        public Connection connect(String name) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            return DriverManager.getConnection(jdbcUrl(name), properties);
        }

        @Override
        public void close() {
            // not ours to stop
        }

        @Override
        public String toString() {
            return "external PostgreSQL " + version + " at " + host + ":" + port;
        }
    }
}
