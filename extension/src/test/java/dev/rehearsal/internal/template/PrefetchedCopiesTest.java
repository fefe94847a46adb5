package dev.rehearsal.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Copies prepared ahead on a real server: the next test's copy is made in the background after a test takes its
 * own (a template's first copy is made alone, the copy ahead after it), the next request gets exactly that copy, no
 * copy is handed out twice (threads racing for one template), each
 * holds the template's content on its own, requests that have to wait get more copies prepared ahead (up to {@link
 * TemplateCache#MAX_AHEAD}), a test copy is dropped in the background, and {@link TemplateCache#close()} waits for the
 * drops and drops the copies nobody took. What a killed JVM's prepared copies and the copies it had not dropped yet
 * become is in {@code CacheProcessesTest} (the next start drops them).
 */
class PrefetchedCopiesTest {
    private final PostgresServer server = TestPostgres.server();

    @Test
    void the_next_request_gets_the_copy_prepared_in_the_background() throws Exception {
        Set<String> before = copies();
        TemplateCache cache = new TemplateCache(server);
        try {
            String template = cache.restored(shop(), RestoreOptions.defaults()).database();
            String first = cache.cloneFor(template);

            String prepared = awaitNewCopy(before, Set.of(first));
            String second = cache.cloneFor(template);

            assertThat(second).isEqualTo(prepared).isNotEqualTo(first);
            assertThat(count(first)).isEqualTo(count(second)).isPositive();
            cache.drop(first);
            cache.drop(second);
        } finally {
            cache.close();
        }
        assertThat(difference(copies(), before))
                .as("close() drops the copy prepared for a next request that never came")
                .isEmpty();
    }

    @Test
    void a_templates_first_copy_is_made_alone_and_the_copy_ahead_starts_after_it() throws Exception {
        Set<String> before = copies();
        TemplateCache cache = new TemplateCache(server);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            String template = cache.restored(shop(), RestoreOptions.defaults()).database();
            Future<String> first;
            try (Connection blocker = server.connect(server.maintenanceDatabase());
                    Statement statement = blocker.createStatement()) {
                // COMMENT ON DATABASE holds a lock that CREATE DATABASE … TEMPLATE waits for: every copy started
                // while it is held stays listed as waiting
                blocker.setAutoCommit(false);
                statement.execute("COMMENT ON DATABASE \"" + template + "\" IS 'held by the test'");
                first = thread.submit(() -> cache.cloneFor(template));
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (copiesUnderWay(template) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(500); // a copy ahead started beside the first would be listed by now
                assertThat(copiesUnderWay(template))
                        .as("copies of the template under way while its first request clones")
                        .isEqualTo(1);
                blocker.rollback();
            }
            String taken = first.get();
            String ahead = awaitNewCopy(before, Set.of(taken));
            assertThat(ahead)
                    .as("the copy ahead, started once the first was done")
                    .isNotEqualTo(taken);
            cache.drop(taken);
        } finally {
            thread.shutdown();
            cache.close();
        }
        assertThat(difference(copies(), before)).isEmpty();
    }

    /** The {@code CREATE DATABASE … TEMPLATE template} statements running now. */
    private long copiesUnderWay(String template) throws Exception {
        try (Connection connection = server.connect(server.maintenanceDatabase());
                java.sql.PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE query LIKE 'CREATE DATABASE %'"
                                + " AND position(? IN query) > 0 AND pid <> pg_backend_pid()")) {
            statement.setString(1, template);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void racing_requests_each_get_a_copy_of_their_own() throws Exception {
        Set<String> before = copies();
        TemplateCache cache = new TemplateCache(server);
        ConcurrentLinkedQueue<String> handedOut = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            String template = cache.restored(shop(), RestoreOptions.defaults()).database();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                done.add(threads.submit(() -> handedOut.add(cache.cloneFor(template))));
            }
            for (Future<?> future : done) {
                future.get();
            }

            assertThat(new HashSet<>(handedOut)).hasSize(24);
            List<String> copies = new ArrayList<>(handedOut);
            execute(copies.get(0), "DELETE FROM \"Order\"");
            assertThat(count(copies.get(0))).isZero();
            for (String copy : copies.subList(1, copies.size())) {
                assertThat(count(copy)).as(copy).isPositive();
            }
            copies.forEach(cache::drop);
        } finally {
            threads.shutdown();
            cache.close();
        }
        assertThat(difference(copies(), before)).isEmpty();
    }

    @Test
    void closing_while_a_copy_is_being_prepared_drops_it_once_complete() throws Exception {
        Set<String> before = copies();
        TemplateCache cache = new TemplateCache(server);
        String template = cache.restored(shop(), RestoreOptions.defaults()).database();
        String taken = cache.cloneFor(template); // the next copy is under way now

        cache.close();

        assertThat(difference(copies(), before)).containsExactly(taken);
        new DatabaseAdmin(server).drop(taken);
    }

    @Test
    void requests_that_wait_for_their_copy_get_more_copies_prepared_ahead_and_close_drops_them_all() throws Exception {
        Set<String> before = copies();
        TemplateCache cache = new TemplateCache(server);
        ConcurrentLinkedQueue<String> handedOut = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(TemplateCache.MAX_AHEAD + 1);
        try {
            String template = cache.restored(shop(), RestoreOptions.defaults()).database();
            List<Future<?>> done = new ArrayList<>();
            try (Connection blocker = server.connect(server.maintenanceDatabase());
                    Statement statement = blocker.createStatement()) {
                // COMMENT ON DATABASE holds a lock that CREATE DATABASE … TEMPLATE waits for: no copy completes, so
                // every request after the first finds its copy still under way
                blocker.setAutoCommit(false);
                statement.execute("COMMENT ON DATABASE \"" + template + "\" IS 'held by the test'");
                for (int i = 0; i <= TemplateCache.MAX_AHEAD; i++) {
                    done.add(threads.submit(() -> handedOut.add(cache.cloneFor(template))));
                }
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (cache.preparedAheadDepth(template) < TemplateCache.MAX_AHEAD && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(cache.preparedAheadDepth(template))
                        .as("copies kept ahead once tests had to wait")
                        .isEqualTo(TemplateCache.MAX_AHEAD);
                blocker.rollback();
            }
            for (Future<?> future : done) {
                future.get();
            }
            assertThat(new HashSet<>(handedOut)).hasSize(TemplateCache.MAX_AHEAD + 1);
            Set<String> spare = awaitSpare(before, Set.copyOf(handedOut), TemplateCache.MAX_AHEAD);
            assertThat(spare).as("copies prepared ahead, none handed out").hasSize(TemplateCache.MAX_AHEAD);
            handedOut.forEach(cache::drop);
        } finally {
            threads.shutdown();
            cache.close();
        }
        assertThat(difference(copies(), before))
                .as("close() drops every copy prepared ahead and waits for the test copies' drops")
                .isEmpty();
    }

    @Test
    void a_test_copy_is_dropped_in_the_background_and_close_waits_for_the_drop() throws Exception {
        Set<String> before = copies();
        TemplateCache cache = new TemplateCache(server);
        String copy;
        try {
            String template = cache.restored(shop(), RestoreOptions.defaults()).database();
            copy = cache.cloneFor(template);
            try (Connection blocker = server.connect(server.maintenanceDatabase());
                    Statement statement = blocker.createStatement()) {
                // holds a lock DROP DATABASE waits for: a drop on the caller's thread would not return before it ends
                blocker.setAutoCommit(false);
                statement.execute("COMMENT ON DATABASE \"" + copy + "\" IS 'held by the test'");
                java.util.concurrent.CompletableFuture.runAsync(() -> cache.drop(copy))
                        .get(1, java.util.concurrent.TimeUnit.MINUTES);
                assertThat(copies())
                        .as("the drop waits for the lock, in the background")
                        .contains(copy);
                blocker.rollback();
            }
        } finally {
            cache.close();
        }
        assertThat(difference(copies(), before))
                .as("close() waited for the background drop (and dropped the copy prepared ahead)")
                .isEmpty();
    }

    /** Waits (up to a minute) until {@code count} test copies exist beyond {@code before} and {@code known}. */
    private Set<String> awaitSpare(Set<String> before, Set<String> known, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Set<String> fresh;
        do {
            fresh = difference(copies(), before);
            fresh.removeAll(known);
            if (fresh.size() >= count) {
                return fresh;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return fresh;
    }

    private static Fixture shop() throws Exception {
        return Fixtures.resolve("engine/shop.sql", PrefetchedCopiesTest.class.getClassLoader(), Path.of("."));
    }

    /** Waits (up to a minute) for a test copy that is neither in {@code before} nor in {@code known}. */
    private String awaitNewCopy(Set<String> before, Set<String> known) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> fresh = difference(copies(), before);
            fresh.removeAll(known);
            if (!fresh.isEmpty()) {
                assertThat(fresh).hasSize(1);
                return fresh.iterator().next();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no copy was prepared ahead");
    }

    private static Set<String> difference(Set<String> all, Set<String> minus) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(minus);
        return rest;
    }

    private Set<String> copies() throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection connection = server.connect(server.maintenanceDatabase());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'rehearsal\\_t\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private long count(String database) throws Exception {
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM \"Order\"")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String database, String sql) throws Exception {
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
