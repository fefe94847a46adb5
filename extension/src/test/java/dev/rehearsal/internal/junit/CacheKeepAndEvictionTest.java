package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.PersistentRuns.reachable;
import static dev.rehearsal.internal.junit.PersistentRuns.resource;
import static dev.rehearsal.internal.junit.PersistentRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.internal.junit.PersistentRuns.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept databases outlive the run on the persistent server (and are reachable through {@code inspect.sh} after it),
 * {@code rehearsal.keep} decides which, the next run removes them; {@code rehearsal.cache.max-size} evicts the least
 * recently used templates.
 */
class CacheKeepAndEvictionTest {
    static final Path WORK = Path.of("target/cache-keep").toAbsolutePath();

    @TempDir
    Path temp;

    Path cache;

    @BeforeEach
    void workingCopies() throws Exception {
        cache = reachable(temp);
        PersistentCacheEngineTest.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Files.copy(resource("engine/shop.sql"), WORK.resolve("shop.sql"));
        String dump = Files.readString(resource("engine/shop.sql"));
        Files.writeString(WORK.resolve("other.sql"), dump.replace("-- PostgreSQL database dump\n", "-- other\n"));
    }

    @Test
    void a_failed_tests_copy_survives_the_run_is_reachable_through_inspect_sh_and_goes_at_the_next_start()
            throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        Run failed;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            failed = run(FailingTestCase.class, cache);
        } finally {
            System.setErr(original);
        }
        failed.results().testEvents().assertStatistics(s -> s.started(1).failed(1));
        String note = err.toString(StandardCharsets.UTF_8);
        Matcher kept = Pattern.compile("kept the database of the failed test for inspection: "
                        + "jdbc:postgresql://127\\.0\\.0\\.1:\\d+/(rehearsal_t_\\w+) ")
                .matcher(note);
        assertThat(kept.find()).as(note).isTrue();
        String database = kept.group(1);
        Matcher script = Pattern.compile("After the run: sh (\\S+inspect\\.sh) " + database)
                .matcher(note);
        assertThat(script.find()).as(note).isTrue();
        assertThat(note).doesNotContain(Files.readString(passwordFile(script.group(1))));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder inspect = new ProcessBuilder("sh", script.group(1), database)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        inspect.environment().put("REHEARSAL_INSPECT_PORT", Integer.toString(port));
        Process started = inspect.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).isTrue();
        // the server is confined by default: inspect.sh connects as its bootstrap superuser, rehearsal_admin
        assertThat(output).contains("postgresql://rehearsal_admin@127.0.0.1:" + port + "/" + database);
        String password = Files.readString(passwordFile(script.group(1))).strip();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, "rehearsal_admin", password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"Order\"")) {
            rows.next();
            assertThat(rows.getLong(1))
                    .as("the failed test deleted every order")
                    .isZero();
        }

        Run next = run(PassingTestCase.class, cache);

        next.results().testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(next.logText()).contains("dropping " + database + ": a copy left by an earlier run");
        assertThat(cluster().resolve("data/postmaster.pid"))
                .as("the run attached to the server inspect.sh started, and stopped it")
                .doesNotExist();
    }

    @Test
    void keep_always_keeps_a_passing_tests_copy_and_never_drops_a_failed_ones() throws Exception {
        Run always = run(PassingTestCase.class, cache, Map.of("rehearsal.keep", "always"));
        always.results().testEvents().assertStatistics(s -> s.succeeded(1));
        Run never = run(FailingTestCase.class, cache, Map.of("rehearsal.keep", "never"));
        never.results().testEvents().assertStatistics(s -> s.failed(1));

        assertThat(count(never.logText(), "a copy left by an earlier run")).isEqualTo(1);
        Run third = run(PassingTestCase.class, cache, Map.of("rehearsal.keep", "never"));
        assertThat(third.logText()).doesNotContain("a copy left by an earlier run");
    }

    @Test
    void templates_beyond_the_size_bound_are_evicted_least_recently_used_first() throws Exception {
        run(PassingTestCase.class, cache).results().testEvents().assertStatistics(s -> s.succeeded(1));
        run(OtherTestCase.class, cache).results().testEvents().assertStatistics(s -> s.succeeded(1));
        long size = 0;
        for (Path file : list(cluster().resolve("templates"))) {
            Matcher bytes = Pattern.compile("\"sizeBytes\" : (\\d+)").matcher(Files.readString(file));
            assertThat(bytes.find()).isTrue();
            size = Math.max(size, Long.parseLong(bytes.group(1)));
        }

        Run bounded = run(OtherTestCase.class, cache, Map.of("rehearsal.cache.max-size", Long.toString(size + 1)));

        bounded.results().testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(count(bounded.logText(), "the cache is over rehearsal.cache.max-size"))
                .isEqualTo(1);
        assertThat(bounded.logText())
                .contains("restore of target/cache-keep/other.sql: hit")
                .doesNotContain("miss");
        Run evicted = run(PassingTestCase.class, cache);
        assertThat(evicted.logText()).contains("restore of target/cache-keep/shop.sql: miss (the template was removed");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static Path passwordFile(String script) {
        return Path.of(script).resolveSibling("data").resolve("rehearsal.password");
    }

    private Path cluster() throws Exception {
        return list(cache.resolve("clusters")).get(0);
    }

    private static List<Path> list(Path directory) throws Exception {
        try (var list = Files.list(directory)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @RestoredFrom("target/cache-keep/shop.sql")
    static class FailingTestCase {
        @Test
        void fails(RestoredDatabase db) {
            db.execute("DELETE FROM \"Order\"");
            throw new AssertionError("expected to fail");
        }
    }

    @RestoredFrom("target/cache-keep/shop.sql")
    static class PassingTestCase {
        @Test
        void passes(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isNotEqualTo(0L);
        }
    }

    @RestoredFrom("target/cache-keep/other.sql")
    static class OtherTestCase {
        @Test
        void passes(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isNotEqualTo(0L);
        }
    }
}
