package dev.rehearsal.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresProviderTest {

    @Test
    void starts_a_server_with_password_auth_and_non_durable_settings() throws Exception {
        var server = TestPostgres.server();
        assertThat(server.majorVersion())
                .as("the binaries on the classpath: 17 by default, -Dzonky.binaries.version in CI")
                .isEqualTo(EmbeddedBinariesVersion.onClasspath(getClass().getClassLoader())
                        .orElseThrow()
                        .postgres()
                        .major());
        assertThat(server.host()).isEqualTo("127.0.0.1");
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
                                + " current_setting('full_page_writes'), current_setting('listen_addresses')")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("off");
            assertThat(rows.getString(2)).isEqualTo("off");
            assertThat(rows.getString(3)).isEqualTo("off");
            assertThat(rows.getString(4)).isEqualTo("127.0.0.1");
        }
        assertThat(catchWrongPassword(server.port())).contains("password authentication failed");
    }

    @Test
    void close_stops_the_server_and_deletes_its_directory(@TempDir Path temp) throws Exception {
        Path cache = worldReadable(temp);
        System.setProperty(ConfigurationKeys.CACHE_DIR, cache.toString());
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(
                    Settings.fromSystem(), getClass().getClassLoader());
        } finally {
            System.clearProperty(ConfigurationKeys.CACHE_DIR);
        }
        Path directory = server.directory();
        long pid =
                StaleServers.readPid(directory.resolve("data/postmaster.pid")).orElseThrow();
        assertThat(ProcessHandle.of(pid)).isPresent();

        server.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(directory).doesNotExist();
        assertThat(cache.resolve("binaries")).isDirectory();
    }

    @Test
    void a_server_left_behind_by_a_dead_jvm_is_stopped_at_the_next_start(@TempDir Path temp) throws Exception {
        Path cache = worldReadable(temp);
        System.setProperty(ConfigurationKeys.CACHE_DIR, cache.toString());
        try {
            EmbeddedPostgresServer orphan = EmbeddedPostgresServer.start(
                    Settings.fromSystem(), getClass().getClassLoader());
            Path directory = orphan.directory();
            long pid = StaleServers.readPid(directory.resolve("data/postmaster.pid"))
                    .orElseThrow();
            // Pretend it was left by an older Rehearsal's JVM that died: no owner lock, owner.pid names a dead process.
            Files.delete(StaleServers.lockFile(directory));
            Process dead = new ProcessBuilder("true").start();
            dead.waitFor();
            Files.writeString(directory.resolve(StaleServers.OWNER_FILE), Long.toString(dead.pid()));

            EmbeddedPostgresServer next = EmbeddedPostgresServer.start(
                    Settings.fromSystem(), getClass().getClassLoader());
            try {
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        .isFalse();
                assertThat(directory).doesNotExist();
            } finally {
                next.close();
                orphan.close();
            }
        } finally {
            System.clearProperty(ConfigurationKeys.CACHE_DIR);
        }
    }

    @Test
    void a_directory_whose_owner_holds_its_lock_is_never_taken_for_stale(@TempDir Path temp) throws Exception {
        Path cache = worldReadable(temp);
        System.setProperty(ConfigurationKeys.CACHE_DIR, cache.toString());
        try {
            EmbeddedPostgresServer first = EmbeddedPostgresServer.start(
                    Settings.fromSystem(), getClass().getClassLoader());
            Path directory = first.directory();
            long pid = StaleServers.readPid(directory.resolve("data/postmaster.pid"))
                    .orElseThrow();
            // The window two JVMs starting together used to meet: a directory without owner.pid (yet), or naming a
            // pid that is gone or recycled. The owner's lock decides.
            Files.delete(directory.resolve(StaleServers.OWNER_FILE));

            EmbeddedPostgresServer second = EmbeddedPostgresServer.start(
                    Settings.fromSystem(), getClass().getClassLoader());
            try {
                assertThat(directory).isDirectory();
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        .isTrue();
                assertThat(first.connect("postgres").isValid(5)).isTrue();
            } finally {
                second.close();
                first.close();
            }
            assertThat(directory).doesNotExist();
            assertThat(StaleServers.lockFile(directory)).doesNotExist();
        } finally {
            System.clearProperty(ConfigurationKeys.CACHE_DIR);
        }
    }

    @Test
    void a_cache_directory_the_server_user_cannot_reach_is_refused_with_advice(@TempDir Path temp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dev.rehearsal.internal.config.Processes.isRoot(), "only the root JVM switches to another user");
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        System.setProperty(ConfigurationKeys.CACHE_DIR, temp.resolve("cache").toString());
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedPostgresServer.start(
                            Settings.fromSystem(), getClass().getClassLoader()))
                    .hasMessageContaining("cannot reach " + temp.resolve("cache"))
                    .hasMessageContaining(temp + " is not traversable by other users (rwx------)")
                    .hasMessageContaining("Set rehearsal.cache.dir");
        } finally {
            System.clearProperty(ConfigurationKeys.CACHE_DIR);
        }
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    /** JUnit's @TempDir is private to the JVM's user; the server may run as another one. */
    private static Path worldReadable(Path temp) throws Exception {
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        return temp;
    }

    private static String catchWrongPassword(int port) {
        try (Connection ignored = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "wrong")) {
            return "connected";
        } catch (java.sql.SQLException e) {
            return e.getMessage();
        }
    }
}
