package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.PersistentRuns.copyTree;
import static dev.rehearsal.internal.junit.PersistentRuns.reachable;
import static dev.rehearsal.internal.junit.PersistentRuns.resource;
import static dev.rehearsal.internal.junit.PersistentRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.internal.junit.PersistentRuns.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.Event;

/**
 * The persistent template cache through the engine: each {@code run(…)} is one test run (a fresh Store, the server
 * attached and stopped again), all in one cache directory of the test's own.
 */
class PersistentCacheEngineTest {
    static final Path WORK = Path.of("target/cache-test").toAbsolutePath();
    static final String SHOP = "target/cache-test/shop.sql";
    static final String MIGRATIONS = "target/cache-test/migrations";

    @TempDir
    Path temp;

    Path cache;

    @BeforeEach
    void freshWorkingCopies() throws Exception {
        cache = reachable(temp);
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Files.copy(resource("engine/shop.sql"), WORK.resolve("shop.sql"));
        copyTree(resource("engine/migrations-ok"), WORK.resolve("migrations"));
        copyTree(resource("engine/migrations-failing"), WORK.resolve("migrations-failing"));
    }

    @Test
    void a_second_run_finds_the_templates_and_only_clones() throws Exception {
        Run first = run(MigratedTestCase.class, cache);
        first.results().testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(first.logText())
                .contains("restore of " + SHOP + ": miss (not built before)")
                .contains(": miss (not built before); migrated in");
        Path data = onlyCluster().resolve("data");
        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(data.resolve("postmaster.pid"))
                .as("the server stops at the end of the run")
                .doesNotExist();
        long initialized = Files.getLastModifiedTime(data.resolve("PG_VERSION")).toMillis();

        Run second = run(MigratedTestCase.class, cache);

        second.results().testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(second.logText())
                .contains("restore of " + SHOP + ": hit")
                .contains("migrations " + MIGRATIONS + " of " + SHOP + ": hit")
                .doesNotContain("miss");
        assertThat(Files.getLastModifiedTime(data.resolve("PG_VERSION")).toMillis())
                .as("no initdb: the data directory is reused")
                .isEqualTo(initialized);
        assertThat(second.log())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Rehearsal: " + SHOP + ": restore cached")
                        .contains("2 handed out to tests"));
    }

    @Test
    void a_changed_migration_file_rebuilds_and_names_it_while_an_unread_file_does_not() throws Exception {
        run(MigratedTestCase.class, cache).results().testEvents().assertStatistics(s -> s.succeeded(2));
        Path edited = WORK.resolve("migrations/20240201000000_add_email/migration.sql");
        Files.writeString(edited, "\n-- reviewed\n", StandardOpenOption.APPEND);

        Run changed = run(MigratedTestCase.class, cache);

        changed.results().testEvents().assertStatistics(s -> s.succeeded(2));
        assertThat(changed.logText())
                .contains("restore of " + SHOP + ": hit")
                .contains("miss (" + MIGRATIONS + "/20240201000000_add_email/migration.sql changed)");

        Files.writeString(WORK.resolve("migrations/NOTES.md"), "not a migration");
        Run unread = run(MigratedTestCase.class, cache);

        unread.results().testEvents().assertStatistics(s -> s.succeeded(2));
        assertThat(unread.logText()).doesNotContain("miss");
    }

    @Test
    void a_changed_backup_rebuilds_both_templates() throws Exception {
        run(MigratedTestCase.class, cache).results().testEvents().assertStatistics(s -> s.succeeded(2));
        String dump = Files.readString(WORK.resolve("shop.sql"));
        Files.writeString(
                WORK.resolve("shop.sql"),
                dump.replace("-- PostgreSQL database dump\n", "-- PostgreSQL database dump (copy)\n"));

        Run changed = run(MigratedTestCase.class, cache);

        changed.results().testEvents().assertStatistics(s -> s.succeeded(2));
        assertThat(changed.logText())
                .contains("restore of " + SHOP + ": miss (" + SHOP + " changed (sha256 ")
                .contains("miss (the restored template changed (see its line))");
    }

    @Test
    void a_failed_migration_is_remembered_and_thrown_again_with_the_same_message() throws Exception {
        Run first = run(FailingMigrationTestCase.class, cache);
        String message = failure(first);
        assertThat(message).startsWith("Migration 20240301000000_purge_customers failed");
        assertThat(first.logText()).contains("failure remembered");

        Run second = run(FailingMigrationTestCase.class, cache);

        assertThat(failure(second)).isEqualTo(message);
        assertThat(second.logText())
                .contains("hit")
                .contains("its failure is thrown again")
                .doesNotContain("miss");
    }

    @Test
    void a_failed_restore_is_remembered_and_thrown_again_with_the_same_message() throws Exception {
        String dump = Files.readString(WORK.resolve("shop.sql"));
        Files.writeString(
                WORK.resolve("shop.sql"),
                dump.replace("SET default_tablespace = '';", "SET default_tablespace = '';\nSELECT 1/0;"));
        Run first = run(RestoredTestCase.class, cache);
        String message = failure(first);
        assertThat(message).contains("ERROR 22012: division by zero");

        Run second = run(RestoredTestCase.class, cache);

        assertThat(failure(second)).isEqualTo(message);
        assertThat(second.logText()).contains("restore of " + SHOP + ": hit");
    }

    private static String failure(Run run) {
        List<Event> failed = run.results().testEvents().failed().list();
        assertThat(failed).isNotEmpty();
        Throwable thrown = failed.get(0)
                .getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .orElseThrow();
        assertThat(thrown).isInstanceOfAny(MigrationFailedException.class, FixtureRestoreException.class);
        for (Event event : failed) {
            assertThat(event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                            .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                            .orElseThrow()
                            .getMessage())
                    .isEqualTo(thrown.getMessage());
        }
        return thrown.getMessage();
    }

    private Path onlyCluster() throws Exception {
        try (var list = Files.list(cache.resolve("clusters"))) {
            List<Path> clusters = list.toList();
            assertThat(clusters).hasSize(1);
            return clusters.get(0);
        }
    }

    static void deleteRecursively(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @RestoredFrom("target/cache-test/shop.sql")
    @MigratesTo(migrations = "target/cache-test/migrations")
    static class MigratedTestCase {
        @Test
        void migrated(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Customer'"
                                    + " AND column_name = 'email'")
                            .singleValue())
                    .isEqualTo(1L);
        }

        @Test
        void writable(RestoredDatabase db) {
            db.execute("DELETE FROM \"Order\"");
        }
    }

    @RestoredFrom("target/cache-test/shop.sql")
    @MigratesTo(migrations = "target/cache-test/migrations-failing")
    static class FailingMigrationTestCase {
        @Test
        void one(RestoredDatabase db) {}

        @Test
        void two(RestoredDatabase db) {}
    }

    @RestoredFrom("target/cache-test/shop.sql")
    static class RestoredTestCase {
        @Test
        void one(RestoredDatabase db) {}
    }
}
