package dev.rehearsal.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScramVerifierTest {

    @Test
    void computes_the_verifier_postgresql_computes_for_the_same_password_salt_and_iterations() throws Exception {
        String role = "rehearsal_scram_check";
        try (Connection connection =
                        EmbeddedPostgresProvider.connectAsAdministrator(TestPostgres.server(), "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + role);
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("CREATE ROLE " + role + " NOLOGIN PASSWORD 'c0ffee-pencil'");
            try {
                String stored =
                        verifiers(connection, "rolname = '" + role + "'").get(role);
                // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>, salted and iterated by the server
                String[] head = stored.substring(stored.indexOf('$') + 1, stored.lastIndexOf('$'))
                        .split(":");
                byte[] salt = Base64.getDecoder().decode(head[1]);
                assertThat(ScramVerifier.of("c0ffee-pencil", salt, Integer.parseInt(head[0])))
                        .isEqualTo(stored);
            } finally {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void the_embedded_servers_login_roles_store_verifiers_every_client_accepts_and_still_refuse_a_wrong_password()
            throws Exception {
        for (PostgresServer server : new PostgresServer[] {TestPostgres.server(), TestPostgres.confinedServer()}) {
            Map<String, String> verifiers;
            try (Connection connection = EmbeddedPostgresProvider.connectAsAdministrator(server, "postgres")) {
                verifiers = verifiers(
                        connection,
                        "rolname IN ('" + EmbeddedPostgresServer.ADMIN + "', '" + EmbeddedPostgresServer.RESTORER
                                + "')");
            }
            assertThat(verifiers).as("login roles of %s", server).containsKey(server.username());
            assertThat(verifiers.values())
                    .allSatisfy(verifier ->
                            assertThat(verifier).startsWith("SCRAM-SHA-256$" + ScramVerifier.ITERATIONS + ":"));
            try (Connection connection = server.connect("postgres")) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThat(catchWrongPassword(server.port(), server.username())).contains("password authentication failed");
        }
    }

    @Test
    void a_server_fresh_from_initdb_keeps_a_verifier_every_client_accepts_for_its_bootstrap_superuser(
            @TempDir Path temp) throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty(ConfigurationKeys.CACHE_DIR, temp.toString());
        System.setProperty(ConfigurationKeys.CACHE_MODE, "run");
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(
                    Settings.fromSystem(), getClass().getClassLoader());
        } finally {
            System.clearProperty(ConfigurationKeys.CACHE_DIR);
            System.clearProperty(ConfigurationKeys.CACHE_MODE);
        }
        try (Connection connection = server.connectAsAdmin("postgres")) {
            assertThat(verifiers(connection, "rolname = current_user").values())
                    .singleElement()
                    .asString()
                    .startsWith("SCRAM-SHA-256$" + ScramVerifier.ITERATIONS + ":");
        } finally {
            server.close();
        }
    }

    private static Map<String, String> verifiers(Connection connection, String where) throws SQLException {
        Map<String, String> verifiers = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT rolname, rolpassword FROM pg_catalog.pg_authid WHERE " + where)) {
            while (rows.next()) {
                verifiers.put(rows.getString(1), rows.getString(2));
            }
        }
        return verifiers;
    }

    private static String catchWrongPassword(int port, String user) {
        try (Connection ignored = EmbeddedPostgresServer.open(port, user, "wrong", "postgres")) {
            return "connected with a wrong password";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
