package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.PersistentRuns.copyTree;
import static dev.rehearsal.internal.junit.PersistentRuns.reachable;
import static dev.rehearsal.internal.junit.PersistentRuns.resource;
import static dev.rehearsal.internal.junit.PersistentRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.junit.PersistentRuns.Run;
import dev.rehearsal.internal.server.EmbeddedPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JVMs on one cache directory: killed ({@code kill -9}) during a restore, a migration and a test, after which the
 * next run passes and serves nothing half-built; and two JVMs starting together on an empty cache, which build each
 * template once and share one server.
 */
class CacheProcessesTest {
    static final Path WORK = Path.of("target/cache-proc").toAbsolutePath();

    @TempDir
    Path temp;

    Path cache;

    @BeforeEach
    void workingCopies() throws Exception {
        cache = reachable(temp);
        PersistentCacheEngineTest.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        String dump = Files.readString(resource("engine/shop.sql"));
        Files.writeString(WORK.resolve("shop.sql"), dump);
        Files.writeString(
                WORK.resolve("slow.sql"),
                dump.replace("SET default_tablespace = '';", "SET default_tablespace = '';\nSELECT pg_sleep(3);"));
        copyTree(resource("engine/migrations-ok"), WORK.resolve("migrations"));
        copyTree(resource("engine/migrations-ok"), WORK.resolve("migrations-slow"));
        Path slow = WORK.resolve("migrations-slow/20240401000000_slow/migration.sql");
        Files.createDirectories(slow.getParent());
        Files.writeString(slow, "SELECT pg_sleep(3);\nCREATE TABLE \"Audit\" (id integer);\n");
    }

    @Test
    void a_jvm_killed_during_a_restore_leaves_nothing_served_and_the_next_run_passes() throws Exception {
        try (PostgresServer server = attach()) {
            Process child = child(SlowRestoreTestCase.class);
            awaitQuery(server, child, "rehearsal\\_n\\_%", "pg_sleep");
            child.destroyForcibly().waitFor();

            Run next = run(SlowRestoreTestCase.class, cache);

            next.results().testEvents().assertStatistics(s -> s.started(1).succeeded(1));
            assertThat(next.logText())
                    .contains("a half-built template (its build was interrupted)")
                    .contains("restore of target/cache-proc/slow.sql: miss");
        }
    }

    @Test
    void a_jvm_killed_during_a_migration_leaves_nothing_served_and_the_next_run_passes() throws Exception {
        try (PostgresServer server = attach()) {
            Process child = child(SlowMigrationTestCase.class);
            awaitQuery(server, child, "rehearsal\\_n\\_%", "pg_sleep");
            child.destroyForcibly().waitFor();

            Run next = run(SlowMigrationTestCase.class, cache);

            next.results().testEvents().assertStatistics(s -> s.started(1).succeeded(1));
            assertThat(next.logText())
                    .contains("a half-built template (its build was interrupted)")
                    .contains("restore of target/cache-proc/shop.sql: hit")
                    .contains("migrations target/cache-proc/migrations-slow of target/cache-proc/shop.sql: miss");
        }
    }

    @Test
    void a_jvm_killed_during_a_test_leaves_its_copy_which_the_next_run_drops() throws Exception {
        try (PostgresServer server = attach()) {
            Process child = child(SlowBodyTestCase.class);
            String copy = awaitDatabase(server, child, "rehearsal\\_t\\_%");
            child.destroyForcibly().waitFor();

            Run next = run(SlowBodyTestCase.Quick.class, cache);

            next.results().testEvents().assertStatistics(s -> s.started(1).succeeded(1));
            assertThat(next.logText())
                    .contains("dropping " + copy + ": a copy left by an earlier run")
                    .contains("restore of target/cache-proc/shop.sql: hit")
                    .contains("of target/cache-proc/shop.sql: hit");
            assertThat(databases(server, "rehearsal\\_t\\_%")).doesNotContain(copy);
        }
    }

    @Test
    void a_jvm_killed_while_a_copy_is_prepared_ahead_leaves_it_to_the_next_run_which_drops_it() throws Exception {
        try (PostgresServer server = attach()) {
            Process child = child(SlowBodyTestCase.class);
            // the running test's copy and the one prepared ahead for a next test
            List<String> copies = awaitDatabases(server, child, "rehearsal\\_t\\_%", 2);
            child.destroyForcibly().waitFor();

            Run next = run(SlowBodyTestCase.Quick.class, cache);

            next.results().testEvents().assertStatistics(s -> s.started(1).succeeded(1));
            for (String copy : copies) {
                assertThat(next.logText()).contains("dropping " + copy + ": a copy left by an earlier run");
            }
            assertThat(databases(server, "rehearsal\\_t\\_%")).doesNotContainAnyElementsOf(copies);
        }
    }

    @Test
    void two_jvms_starting_together_build_each_template_once_and_share_one_server() throws Exception {
        Process first = child(SlowRestoreMigratedTestCase.class);
        Process second = child(SlowRestoreMigratedTestCase.class);
        List<String> outputs = new ArrayList<>();
        for (Process process : List.of(first, second)) {
            assertThat(process.waitFor(240, TimeUnit.SECONDS)).isTrue();
            outputs.add(Files.readString(output(process)));
        }

        for (String output : outputs) {
            assertThat(output).contains("RESULT succeeded=2 failed=0");
        }
        String both = String.join("\n", outputs);
        assertThat(count(both, "restore of target/cache-proc/slow.sql: miss")).isEqualTo(1);
        assertThat(count(both, "restore of target/cache-proc/slow.sql: hit")).isEqualTo(1);
        assertThat(count(both, ": miss (not built before); migrated in")).isEqualTo(1);
        try (var clusters = Files.list(cache.resolve("clusters"))) {
            Path data = clusters.toList().get(0).resolve("data");
            assertThat(data.resolve("postmaster.pid"))
                    .as("the last JVM to leave stops the server")
                    .doesNotExist();
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private PostgresServer attach() {
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

    private final List<Path> outputs = new ArrayList<>();

    private Process child(Class<?> testCase) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile(temp, "child", ".log");
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CacheChildRun.class.getName(),
                        testCase.getName(),
                        cache.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        outputs.add(log);
        childLogs.put(process.pid(), log);
        return process;
    }

    private final Map<Long, Path> childLogs = new java.util.concurrent.ConcurrentHashMap<>();

    private Path output(Process process) {
        return childLogs.get(process.pid());
    }

    /** Waits until a session on a database named like {@code pattern} runs a query containing {@code query}. */
    private void awaitQuery(PostgresServer server, Process child, String pattern, String query) throws Exception {
        awaitRow(
                server,
                child,
                "SELECT datname FROM pg_stat_activity WHERE datname LIKE '" + pattern + "' AND query LIKE '%" + query
                        + "%' AND state = 'active'");
    }

    private String awaitDatabase(PostgresServer server, Process child, String pattern) throws Exception {
        return awaitRow(server, child, "SELECT datname FROM pg_database WHERE datname LIKE '" + pattern + "'");
    }

    private List<String> awaitDatabases(PostgresServer server, Process child, String pattern, int count)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive())
                    .as("the child run ended early:\n" + Files.readString(output(child)))
                    .isTrue();
            List<String> names = databases(server, pattern);
            if (names.size() >= count) {
                return names;
            }
            Thread.sleep(20);
        }
        child.destroyForcibly();
        throw new AssertionError("never saw " + count + " databases like " + pattern + "; child output:\n"
                + Files.readString(output(child)));
    }

    private String awaitRow(PostgresServer server, Process child, String sql) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive())
                    .as("the child run ended early:\n" + Files.readString(output(child)))
                    .isTrue();
            try (Connection connection = server.connect("postgres");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                if (rows.next()) {
                    return rows.getString(1);
                }
            }
            Thread.sleep(20);
        }
        child.destroyForcibly();
        throw new AssertionError("never saw " + sql + "; child output:\n" + Files.readString(output(child)));
    }

    private static List<String> databases(PostgresServer server, String pattern) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE '" + pattern + "'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @RestoredFrom("target/cache-proc/slow.sql")
    static class SlowRestoreTestCase {
        @Test
        void restored(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isNotEqualTo(0L);
        }
    }

    @RestoredFrom("target/cache-proc/shop.sql")
    @MigratesTo(migrations = "target/cache-proc/migrations-slow")
    static class SlowMigrationTestCase {
        @Test
        void migrated(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Audit\"").singleValue()).isEqualTo(0L);
        }
    }

    @RestoredFrom("target/cache-proc/shop.sql")
    @MigratesTo(migrations = "target/cache-proc/migrations")
    static class SlowBodyTestCase {
        @Test
        void slow(RestoredDatabase db) throws Exception {
            Thread.sleep(120_000);
        }

        @RestoredFrom("target/cache-proc/shop.sql")
        @MigratesTo(migrations = "target/cache-proc/migrations")
        static class Quick {
            @Test
            void quick(RestoredDatabase db) {
                db.execute("DELETE FROM \"Order\"");
            }
        }
    }

    @RestoredFrom("target/cache-proc/slow.sql")
    @MigratesTo(migrations = "target/cache-proc/migrations")
    static class SlowRestoreMigratedTestCase {
        @Test
        void one(RestoredDatabase db) throws Exception {
            db.execute("DELETE FROM \"Order\"");
            Thread.sleep(1500);
        }

        @Test
        void two(RestoredDatabase db) throws Exception {
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isNotEqualTo(0L);
            Thread.sleep(1500);
        }
    }
}
