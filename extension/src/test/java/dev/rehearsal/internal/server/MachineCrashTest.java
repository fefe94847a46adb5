package dev.rehearsal.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * The persistent server runs with fsync off: a data directory whose server was running when the machine stopped is
 * deleted at the next start (with its templates' metadata), one whose server was only killed under the same boot is
 * kept, and a clean stop is recorded once the files are on disk. A machine stop is simulated by writing another boot
 * id into {@code server.state}, as a start under a later boot would find it.
 */
class MachineCrashTest {

    @TempDir
    Path temp;

    @Test
    void a_server_running_when_the_machine_stopped_leaves_nothing_a_later_run_serves() throws Exception {
        assumeTrue(ServerState.bootId().isPresent(), "this machine has no boot id");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path cluster = withMarker();
        assertThat(ServerState.read(cluster)).as("after a clean stop").contains("stopped");
        Files.createDirectories(cluster.resolve("templates"));
        Files.writeString(cluster.resolve("templates").resolve("restored-abc.json"), "{}");
        Files.writeString(cluster.resolve(ServerState.FILE), "running 00000000-0000-0000-0000-000000000000\n");

        EmbeddedPostgresServer server = start();
        try {
            assertThat(ServerState.read(cluster))
                    .as("while the server runs")
                    .contains("running " + ServerState.bootId().orElseThrow());
            assertThat(markerExists(server))
                    .as("a database of the data directory left by a machine stop")
                    .isFalse();
            assertThat(cluster.resolve("templates").resolve("restored-abc.json"))
                    .as("the metadata of its templates")
                    .doesNotExist();
        } finally {
            server.close();
        }
    }

    @Test
    void a_server_killed_under_the_same_boot_keeps_its_data_directory() throws Exception {
        assumeTrue(ServerState.bootId().isPresent(), "this machine has no boot id");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path cluster = withMarker();
        Files.writeString(
                cluster.resolve(ServerState.FILE),
                "running " + ServerState.bootId().orElseThrow() + "\n");

        EmbeddedPostgresServer server = start();
        try {
            assertThat(markerExists(server))
                    .as("the kernel kept what the server wrote")
                    .isTrue();
        } finally {
            server.close();
        }
        assertThat(ServerState.read(cluster)).contains("stopped");
    }

    /** Starts the cache's server, creates the marker database, stops it; returns the cluster directory. */
    private Path withMarker() throws Exception {
        EmbeddedPostgresServer server = start();
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE rehearsal_marker");
        } finally {
            server.close();
        }
        return server.directory();
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

    private static boolean markerExists(EmbeddedPostgresServer server) throws Exception {
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet row =
                        statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname = 'rehearsal_marker'")) {
            row.next();
            return row.getInt(1) == 1;
        }
    }
}
