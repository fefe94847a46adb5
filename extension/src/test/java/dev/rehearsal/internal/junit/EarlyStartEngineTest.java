package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.PersistentRuns.reachable;
import static dev.rehearsal.internal.junit.PersistentRuns.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * {@link EarlyStart} through the JUnit Platform's own launcher sessions (the listener is found as a service, as in a
 * build tool or an IDE), on a real embedded server in a cache directory of the test's own.
 */
class EarlyStartEngineTest {
    static final Path WORK = Path.of("target/early-start-test").toAbsolutePath();

    @TempDir
    Path temp;

    Path cache;

    @BeforeEach
    void cacheOfItsOwn() throws Exception {
        cache = reachable(temp);
        Files.createDirectories(WORK);
        Files.copy(
                resource("engine/shop.sql"),
                WORK.resolve("shop.sql"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.setProperty(ConfigurationKeys.CACHE_DIR, cache.toString());
        System.setProperty(ConfigurationKeys.CACHE_MODE, "persistent");
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty(ConfigurationKeys.CACHE_DIR);
        System.clearProperty(ConfigurationKeys.CACHE_MODE);
        System.clearProperty(ConfigurationKeys.EMBEDDED_START_EARLY);
    }

    @Test
    void a_warm_cache_has_its_server_started_as_the_session_opens_and_the_run_takes_it() throws Exception {
        try (LauncherSession session = LauncherFactory.openSession()) {
            assertThat(EarlyStart.pendingCount(session))
                    .as("nothing started early on a cold cache")
                    .isZero();
            assertThat(execute(session, RestoredCase.class).getTestsSucceededCount())
                    .isEqualTo(1);
        }
        awaitStopped();

        try (LauncherSession session = LauncherFactory.openSession()) {
            assertThat(EarlyStart.pendingCount(session))
                    .as("started as the session opened")
                    .isEqualTo(1L);
            awaitReady();
            assertThat(execute(session, RestoredCase.class).getTestsSucceededCount())
                    .isEqualTo(1);
            assertThat(EarlyStart.pendingCount(session)).as("taken by the run").isZero();
            // the run owned the early server: its end stopped it while the session is still open
            awaitStopped();
        }
    }

    @Test
    void a_session_that_uses_no_database_stops_the_early_server_when_it_closes() throws Exception {
        warmUp();
        try (LauncherSession session = LauncherFactory.openSession()) {
            awaitReady();
            assertThat(execute(session, NoDatabaseCase.class).getTestsSucceededCount())
                    .isEqualTo(1);
            assertThat(EarlyStart.pendingCount(session))
                    .as("not taken: no test needed a database")
                    .isEqualTo(1L);
            assertThat(postmasterPid())
                    .as("still running while the session is open")
                    .isPresent();
        }
        awaitStopped();
    }

    @Test
    void a_run_with_other_server_settings_starts_its_own_and_the_early_one_stops_with_the_session() throws Exception {
        warmUp();
        try (LauncherSession session = LauncherFactory.openSession()) {
            awaitReady();
            // a server setting the early start could not see (as a build tool's configuration parameter)
            var request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(RestoredCase.class))
                    .configurationParameter(ConfigurationKeys.CACHE_COPIES_IN_MEMORY, "never")
                    .build();
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            session.getLauncher().execute(request, summary);
            assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(1);
            assertThat(EarlyStart.pendingCount(session))
                    .as("left to its session")
                    .isEqualTo(1L);
        }
        awaitStopped();
    }

    @Test
    void never_starts_nothing_early() throws Exception {
        warmUp();
        System.setProperty(ConfigurationKeys.EMBEDDED_START_EARLY, "never");
        try (LauncherSession session = LauncherFactory.openSession()) {
            assertThat(EarlyStart.pendingCount(session)).isZero();
            assertThat(postmasterPid()).as("no server before a test asks").isEmpty();
            assertThat(execute(session, RestoredCase.class).getTestsSucceededCount())
                    .isEqualTo(1);
        }
        awaitStopped();
    }

    @Test
    void the_server_settings_compared_are_those_of_the_catalogue() {
        List<String> keys = EarlyStart.catalogue();
        assertThat(keys)
                .contains(
                        ConfigurationKeys.PROVIDER,
                        ConfigurationKeys.POSTGRES_VERSION,
                        ConfigurationKeys.CACHE_DIR,
                        ConfigurationKeys.CACHE_MODE,
                        ConfigurationKeys.CACHE_COPIES_IN_MEMORY,
                        ConfigurationKeys.EMBEDDED_SUPERUSER,
                        ConfigurationKeys.EXTERNAL_URL,
                        ConfigurationKeys.TESTCONTAINERS_IMAGE)
                .doesNotContain(ConfigurationKeys.REPORT_DIR);
    }

    private void warmUp() throws Exception {
        System.setProperty(ConfigurationKeys.EMBEDDED_START_EARLY, "never");
        try (LauncherSession session = LauncherFactory.openSession()) {
            assertThat(execute(session, RestoredCase.class).getTestsSucceededCount())
                    .isEqualTo(1);
        } finally {
            System.clearProperty(ConfigurationKeys.EMBEDDED_START_EARLY);
        }
        awaitStopped();
    }

    private static org.junit.platform.launcher.listeners.TestExecutionSummary execute(
            LauncherSession session, Class<?> testCase) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        session.getLauncher()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(testCase))
                                .build(),
                        summary);
        return summary.getSummary();
    }

    /** The cache's server's postmaster.pid, when a server runs on its data directory. */
    private Optional<List<String>> postmasterPid() throws Exception {
        Path clusters = cache.resolve("clusters");
        if (!Files.isDirectory(clusters)) {
            return Optional.empty();
        }
        try (var list = Files.list(clusters)) {
            for (Path cluster : list.toList()) {
                Path pid = cluster.resolve("data").resolve("postmaster.pid");
                if (Files.exists(pid)) {
                    try {
                        return Optional.of(Files.readAllLines(pid));
                    } catch (java.nio.file.NoSuchFileException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void awaitReady() throws Exception {
        for (int i = 0; i < 1200; i++) {
            Optional<List<String>> pid = postmasterPid();
            if (pid.isPresent()
                    && pid.get().size() >= 8
                    && pid.get().get(7).strip().equals("ready")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no server became ready in " + cache + " within a minute");
    }

    private void awaitStopped() throws Exception {
        for (int i = 0; i < 600; i++) {
            if (postmasterPid().isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server of " + cache + " still runs 30 s after its last user left");
    }

    @RestoredFrom("target/early-start-test/shop.sql")
    static class RestoredCase {
        @Test
        void restored(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isNotNull();
        }
    }

    static class NoDatabaseCase {
        @Test
        void noDatabase() {}
    }
}
