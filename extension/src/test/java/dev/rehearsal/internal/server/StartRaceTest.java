package dev.rehearsal.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, lifecycle: two JVMs starting run-mode servers together on one cache directory never take each other's
 * fresh server directory for stale. Each round seeds a stale directory (a dead owner) so that both JVMs' clean-up
 * runs while the other creates its own directory, then starts both at once; each must start, answer twice a second
 * apart and stop, and nothing may remain. Rounds: {@code -Drehearsal.test.race.rounds} (default 2; the issue-11 run used 10).
 */
class StartRaceTest {

    @TempDir
    Path temp;

    @Test
    void two_jvms_starting_together_never_delete_each_others_server() throws Exception {
        int rounds = Integer.getInteger("rehearsal.test.race.rounds", 2);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path cache = temp.resolve("cache");
        Path servers = Files.createDirectories(cache.resolve("servers"));
        int passed = 0;
        for (int round = 1; round <= rounds; round++) {
            Path stale = Files.createDirectories(servers.resolve("pgdead" + round));
            Process dead = new ProcessBuilder("true").start();
            dead.waitFor();
            Files.writeString(stale.resolve(StaleServers.OWNER_FILE), dead.pid() + "\n");

            Process first = probe(cache);
            Process second = probe(cache);
            String firstOut = finish(first);
            String secondOut = finish(second);
            assertThat(first.exitValue())
                    .as("round " + round + ", first JVM:\n" + firstOut)
                    .isZero();
            assertThat(second.exitValue())
                    .as("round " + round + ", second JVM:\n" + secondOut)
                    .isZero();
            assertThat(firstOut).contains("answered twice");
            assertThat(secondOut).contains("answered twice");
            try (Stream<Path> left = Files.list(servers)) {
                assertThat(left)
                        .as("left in " + servers + " after round " + round)
                        .isEmpty();
            }
            passed++;
        }
        System.out.println("[race] " + passed + " of " + rounds + " rounds of two JVMs starting together passed");
    }

    private static Process probe(Path cache) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "-D" + ConfigurationKeys.CACHE_DIR + "=" + cache,
                "-D" + ConfigurationKeys.CACHE_MODE + "=run"));
        for (String key : List.of("zonky.binaries.version", ConfigurationKeys.EMBEDDED_RUN_AS)) {
            if (System.getProperty(key) != null) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        command.add(Probe.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String finish(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return out;
    }

    /** One JVM of the race: starts a server, queries it twice a second apart, stops it. */
    public static final class Probe {
        private Probe() {}

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server =
                    EmbeddedPostgresServer.start(Settings.fromSystem(), Probe.class.getClassLoader());
            try {
                for (int i = 0; i < 2; i++) {
                    try (Connection connection = server.connect("postgres");
                            Statement statement = connection.createStatement();
                            ResultSet row = statement.executeQuery("SELECT 1")) {
                        row.next();
                    }
                    Thread.sleep(1000);
                }
                if (!Files.isDirectory(server.directory())) {
                    throw new IllegalStateException("the server directory vanished: " + server.directory());
                }
                System.out.println("answered twice");
            } finally {
                server.close();
            }
        }
    }
}
