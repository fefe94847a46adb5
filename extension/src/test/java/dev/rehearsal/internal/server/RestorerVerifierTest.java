package dev.rehearsal.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent server's restoring role keeps the verifier it was given while it still stores it (a restart computes
 * none: 4096 HMAC rounds saved at each warm start), and gets a new one when it stores another (a migration changed
 * its own password) or lost an attribute.
 */
class RestorerVerifierTest {

    @TempDir
    Path temp;

    @Test
    void a_restart_keeps_the_stored_verifier_and_a_changed_password_is_set_again() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        String first;
        EmbeddedPostgresServer server = start();
        try {
            first = verifier(server);
            assertThat(Files.readString(rememberedFile(server)))
                    .as("the verifier kept for the next start")
                    .isEqualTo(first);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rememberedFile(server))))
                    .isEqualTo("rw-------");
        } finally {
            server.close();
        }

        server = start();
        try {
            assertThat(verifier(server))
                    .as("after a restart: not computed again (a new one has a new salt)")
                    .isEqualTo(first);
            try (Connection restorer = server.connect("postgres");
                    Statement statement = restorer.createStatement()) {
                statement.execute("ALTER ROLE postgres PASSWORD 'set by a migration'");
            }
        } finally {
            server.close();
        }

        server = start();
        try {
            String reset = verifier(server);
            assertThat(reset).as("a password the role set itself is replaced").isNotEqualTo(first);
            assertThat(Files.readString(rememberedFile(server))).isEqualTo(reset);
            try (Connection restorer = server.connect("postgres");
                    Statement statement = restorer.createStatement();
                    ResultSet row = statement.executeQuery("SELECT current_user")) {
                row.next();
                assertThat(row.getString(1))
                        .as("Rehearsal's password works again")
                        .isEqualTo("postgres");
            }
        } finally {
            server.close();
        }
    }

    @Test
    void a_membership_in_a_predefined_role_left_by_an_earlier_run_is_taken_back_at_the_next_start() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedPostgresServer server = start();
        try (Connection admin = server.connectAsAdmin("postgres");
                Statement statement = admin.createStatement()) {
            // what a backup's GRANT left on PostgreSQL 13-15 before role statements were confined there
            statement.execute("GRANT pg_execute_server_program, pg_read_server_files TO postgres");
        } finally {
            server.close();
        }

        server = start();
        try (Connection admin = server.connectAsAdmin("postgres");
                Statement statement = admin.createStatement();
                ResultSet row = statement.executeQuery("SELECT string_agg(r.rolname, ',')"
                        + " FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                        + " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'postgres'"
                        + " AND r.rolname LIKE 'pg\\_%'")) {
            row.next();
            assertThat(row.getString(1))
                    .as("predefined roles postgres is a member of")
                    .isNull();
        } finally {
            server.close();
        }
    }

    private static Path rememberedFile(EmbeddedPostgresServer server) {
        return server.directory().resolve("data").resolve("restorer.verifier");
    }

    private static String verifier(EmbeddedPostgresServer server) throws Exception {
        try (Connection admin = server.connectAsAdmin("postgres");
                Statement statement = admin.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT rolpassword FROM pg_catalog.pg_authid WHERE rolname = 'postgres'")) {
            row.next();
            return row.getString(1);
        }
    }

    private EmbeddedPostgresServer start() {
        System.setProperty(ConfigurationKeys.CACHE_DIR, temp.resolve("cache").toString());
        System.setProperty(ConfigurationKeys.CACHE_MODE, "persistent");
        try {
            return EmbeddedPostgresServer.start(
                    Settings.fromSystem(), getClass().getClassLoader());
        } finally {
            System.clearProperty(ConfigurationKeys.CACHE_DIR);
            System.clearProperty(ConfigurationKeys.CACHE_MODE);
        }
    }
}
