package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.PersistentRuns.copyTree;
import static dev.rehearsal.internal.junit.PersistentRuns.reachable;
import static dev.rehearsal.internal.junit.PersistentRuns.resource;
import static dev.rehearsal.internal.junit.PersistentRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.internal.config.Processes;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.junit.PersistentRuns.Run;
import dev.rehearsal.internal.server.EmbeddedPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The persistent cache's faults: corrupt and old metadata, an unusable cache directory, a full disk; and JUnit's
 * parallel execution (classes and methods concurrent) on the shared server.
 */
class CacheFaultsTest {
    static final Path WORK = Path.of("target/cache-faults").toAbsolutePath();

    @TempDir
    Path temp;

    Path cache;

    @BeforeEach
    void workingCopies() throws Exception {
        cache = reachable(temp);
        PersistentCacheEngineTest.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Files.copy(resource("engine/shop.sql"), WORK.resolve("shop.sql"));
        copyTree(resource("engine/migrations-ok"), WORK.resolve("migrations"));
    }

    @Test
    void corrupt_or_old_metadata_is_rebuilt_with_a_log_line() throws Exception {
        run(MigratedTestCase.class, cache).results().testEvents().assertStatistics(s -> s.succeeded(2));
        Path templates = cluster().resolve("templates");
        for (Path file : list(templates)) {
            if (file.getFileName().toString().startsWith("r_")) {
                Files.writeString(file, "{\"format\": 1, \"key\": ");
            } else {
                Files.writeString(file, Files.readString(file).replaceFirst("\"format\" : \\d+", "\"format\" : 0"));
            }
        }

        Run rebuilt = run(MigratedTestCase.class, cache);

        rebuilt.results().testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(count(rebuilt.logText(), "its metadata is unreadable or from another Rehearsal version"))
                .isEqualTo(2);
        assertThat(rebuilt.logText())
                .contains("restore of target/cache-faults/shop.sql: miss")
                .contains(": miss (the template was removed");

        Run again = run(MigratedTestCase.class, cache);

        assertThat(again.logText()).doesNotContain("miss");
    }

    @Test
    void an_unusable_cache_directory_fails_naming_it_and_the_setting_and_writes_nothing() throws Exception {
        run(RestoredTestCase.class, cache).results().testEvents().assertStatistics(s -> s.succeeded(1));
        Path clusters = cache.resolve("clusters");
        PersistentCacheEngineTest.deleteRecursively(clusters);
        Files.writeString(clusters, "a file where the cache expects a directory");

        Run failed = run(RestoredTestCase.class, cache);

        Throwable thrown = failed.results()
                .testEvents()
                .failed()
                .list()
                .get(0)
                .getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow();
        assertThat(thrown.getMessage())
                .contains("Could not use the persistent PostgreSQL data directory " + clusters.resolve(""))
                .contains(ConfigurationKeys.CACHE_DIR)
                .contains(ConfigurationKeys.CACHE_MODE + "=run");
        assertThat(Files.readString(clusters)).isEqualTo("a file where the cache expects a directory");
    }

    @Test
    void a_full_disk_fails_naming_the_data_directory_and_the_settings_and_keeps_nothing() throws Exception {
        assumeTrue(Processes.isRoot(), "mounting a small tmpfs needs root");
        Path mount = Files.createDirectories(temp.resolve("small"));
        Process mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=200m", "tmpfs", mount.toString())
                .inheritIO()
                .start();
        assumeTrue(mounted.waitFor() == 0, "mount -t tmpfs is not permitted here");
        try {
            reachable(mount);
            try (PostgresServer server = attach(mount)) {
                Path filler = mount.resolve("filler");
                try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
                    byte[] block = new byte[1 << 20];
                    try {
                        while (true) {
                            file.write(block);
                        }
                    } catch (java.io.IOException full) {
                        // the disk is full now
                    }
                }
                // leave a little room, not enough for a database
                try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
                    file.setLength(file.length() - (2 << 20));
                }

                Run failed = run(RestoredTestCase.class, mount);

                Throwable thrown = failed.results()
                        .testEvents()
                        .failed()
                        .list()
                        .get(0)
                        .getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .orElseThrow();
                assertThat(thrown.getMessage())
                        .contains("ran out of disk space")
                        .contains(mount.resolve("clusters").toString())
                        .contains(ConfigurationKeys.CACHE_DIR)
                        .contains(ConfigurationKeys.CACHE_MAX_SIZE)
                        .contains("Nothing was kept of this build");
                assertThat(list(cluster(mount).resolve("templates"))).isEmpty();
                Files.delete(filler);
            }
            // the server may have died of the full disk: the next run starts it again and passes
            run(RestoredTestCase.class, mount).results().testEvents().assertStatistics(s -> s.succeeded(1));
            try (PostgresServer server = attach(mount)) {
                assertThat(databases(server)).noneMatch(name -> name.startsWith("rehearsal_n_"));
            }
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    @Test
    void a_server_stopped_under_an_attached_jvm_is_started_again_for_its_next_run() throws Exception {
        try (PostgresServer held = attach(cache)) {
            Path pidFile = cluster().resolve("data/postmaster.pid");
            ProcessHandle postmaster = ProcessHandle.of(
                            Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                    .orElseThrow();
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .start()
                    .waitFor();
            postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);

            run(RestoredTestCase.class, cache).results().testEvents().assertStatistics(s -> s.succeeded(1));
        }
    }

    @Test
    void parallel_classes_and_methods_share_the_templates_and_each_test_gets_its_own_copy() throws Exception {
        Map<String, String> parallel = Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

        Run run = PersistentRuns.run(
                List.of(ParallelTestCase.class, ParallelTestCase.Other.class, RestoredTestCase.class), cache, parallel);

        run.results().testEvents().assertStatistics(s -> s.started(9).succeeded(9));
        assertThat(count(run.logText(), "restore of target/cache-faults/shop.sql: miss"))
                .isEqualTo(1);
        assertThat(count(run.logText(), ": miss (not built before); migrated in"))
                .isEqualTo(1);
        assertThat(ParallelTestCase.DATABASES).hasSize(8).doesNotHaveDuplicates();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private Path cluster() throws Exception {
        return cluster(cache);
    }

    private static Path cluster(Path cache) throws Exception {
        return list(cache.resolve("clusters")).get(0);
    }

    private static List<Path> list(Path directory) throws Exception {
        try (var list = Files.list(directory)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static PostgresServer attach(Path cache) {
        Map<String, String> parameters = Map.of(
                ConfigurationKeys.CACHE_MODE,
                "persistent",
                ConfigurationKeys.CACHE_DIR,
                cache.toString(),
                ConfigurationKeys.PROVIDER,
                "embedded");
        return new EmbeddedPostgresProvider(Settings.of(k -> Optional.ofNullable(parameters.get(k)), Path.of("")))
                .start();
    }

    private static List<String> databases(PostgresServer server) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @RestoredFrom("target/cache-faults/shop.sql")
    @MigratesTo(migrations = "target/cache-faults/migrations")
    static class MigratedTestCase {
        @Test
        void one(RestoredDatabase db) {
            db.execute("DELETE FROM \"Order\"");
        }

        @Test
        void two(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isNotEqualTo(0L);
        }
    }

    @RestoredFrom("target/cache-faults/shop.sql")
    static class RestoredTestCase {
        @Test
        void restored(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isNotEqualTo(0L);
        }
    }

    @RestoredFrom("target/cache-faults/shop.sql")
    @MigratesTo(migrations = "target/cache-faults/migrations")
    static class ParallelTestCase {
        static final List<String> DATABASES = java.util.Collections.synchronizedList(new ArrayList<>());

        static void writeAndCheck(RestoredDatabase db) {
            DATABASES.add(db.databaseName());
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isNotEqualTo(0L);
            db.execute("DELETE FROM \"Order\"");
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isEqualTo(0L);
        }

        @Test
        void a(RestoredDatabase db) {
            writeAndCheck(db);
        }

        @Test
        void b(RestoredDatabase db) {
            writeAndCheck(db);
        }

        @Test
        void c(RestoredDatabase db) {
            writeAndCheck(db);
        }

        @Test
        void d(RestoredDatabase db) {
            writeAndCheck(db);
        }

        @RestoredFrom("target/cache-faults/shop.sql")
        @MigratesTo(migrations = "target/cache-faults/migrations")
        static class Other {
            @Test
            void e(RestoredDatabase db) {
                writeAndCheck(db);
            }

            @Test
            void f(RestoredDatabase db) {
                writeAndCheck(db);
            }

            @Test
            void g(RestoredDatabase db) {
                writeAndCheck(db);
            }

            @Test
            void h(RestoredDatabase db) {
                writeAndCheck(db);
            }
        }
    }
}
