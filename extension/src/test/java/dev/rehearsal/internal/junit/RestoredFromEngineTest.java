package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

class RestoredFromEngineTest {

    static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());

    @Test
    void annotation_on_the_class_restores_the_fixture_for_every_test() throws Exception {
        run(OnClassTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    static class OnClassTestCase {
        @Test
        void customers(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isEqualTo(25L);
        }

        @Test
        void orders(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isEqualTo(60L);
            assertThat(db.fixture().location()).isEqualTo("engine/shop.sql");
            assertThat(db.fixture().dumpedByVersion())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("15."));
        }
    }

    @Test
    void annotation_on_a_method_applies_to_that_method_only() throws Exception {
        // The method annotation registers the extension for that method only: its sibling gets JUnit's own error.
        var results = run(OnMethodTestCase.class);
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("withoutFixture"),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(m -> m.contains("No ParameterResolver registered")))));
        assertNothingLeftBehind();
    }

    static class OnMethodTestCase {
        @Test
        @RestoredFrom("engine/shop.sql")
        void withFixture(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isEqualTo(25L);
        }

        @Test
        void withoutFixture(RestoredDatabase db) {
            throw new AssertionError("must not run");
        }
    }

    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @RestoredFrom("engine/shop.sql")
    @interface ShopBackup {}

    @Test
    void a_composed_annotation_works_like_the_original() throws Exception {
        run(MetaAnnotationTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    @ShopBackup
    static class MetaAnnotationTestCase {
        @Test
        void restored(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isEqualTo(60L);
        }
    }

    @Test
    void nested_classes_inherit_the_enclosing_fixture() throws Exception {
        run(NestedTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    static class NestedTestCase {
        @Test
        void outer(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isEqualTo(25L);
        }

        @Nested
        class Inner {
            @Test
            void inner(RestoredDatabase db) {
                assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                        .isEqualTo(25L);
            }
        }
    }

    @Test
    void a_missing_fixture_fails_every_test_with_the_location_and_where_it_was_looked_for() throws Exception {
        var results = run(MissingFixtureTestCase.class);
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("restored"),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains(
                                                        "@RestoredFrom on [" + MissingFixtureTestCase.class.getName())
                                                && m.contains("backups/does_not_exist.sql.gz")
                                                && m.contains("was not found")))));
        assertNothingLeftBehind();
    }

    @RestoredFrom("backups/does_not_exist.sql.gz")
    static class MissingFixtureTestCase {
        @Test
        void restored(RestoredDatabase db) {}
    }

    @Test
    void every_test_method_gets_its_own_copy_and_writes_do_not_leak() throws Exception {
        SEEN.clear();
        run(IsolationTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(3).succeeded(3));
        assertThat(SEEN).hasSize(3).doesNotHaveDuplicates();
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class IsolationTestCase {
        @BeforeEach
        void beforeEach(RestoredDatabase db) {
            SEEN.add(db.databaseName());
        }

        @Test
        @Order(1)
        void deletes(RestoredDatabase db) {
            db.execute("DELETE FROM \"Order\"");
            db.execute("DELETE FROM \"Customer\"");
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isEqualTo(0L);
        }

        @Test
        @Order(2)
        void inserts(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isEqualTo(25L);
            db.execute("INSERT INTO \"Customer\" (name) VALUES (?)", "Zed");
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isEqualTo(26L);
        }

        @Test
        @Order(3)
        void seesTheBackupAsRestored(RestoredDatabase db) {
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isEqualTo(25L);
        }
    }

    @Test
    void beforeAll_methods_get_a_class_wide_copy_dropped_when_the_class_ends() throws Exception {
        SEEN.clear();
        run(BeforeAllTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    static class BeforeAllTestCase {
        @org.junit.jupiter.api.BeforeAll
        static void beforeAll(RestoredDatabase db) {
            SEEN.add(db.databaseName());
            db.execute("DELETE FROM \"Order\"");
        }

        @Test
        void theTestHasItsOwnCopy(RestoredDatabase db) {
            SEEN.add(db.databaseName());
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isEqualTo(60L);
        }
    }

    @Test
    void tests_running_in_parallel_restore_once_and_each_get_their_own_copy() throws Exception {
        SEEN.clear();
        run(
                        ParallelTestCase.class,
                        java.util.Map.of(
                                "junit.jupiter.execution.parallel.enabled", "true",
                                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"))
                .testEvents()
                .assertStatistics(s -> s.started(4).succeeded(4));
        assertThat(SEEN).hasSize(4).doesNotHaveDuplicates();
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    static class ParallelTestCase {
        private static void writeAndCheck(RestoredDatabase db, String name) {
            SEEN.add(db.databaseName());
            db.execute("INSERT INTO \"Customer\" (name) VALUES (?)", name);
            assertThat(db.query("SELECT count(*) FROM \"Customer\"").singleValue())
                    .isEqualTo(26L);
        }

        @Test
        void first(RestoredDatabase db) {
            writeAndCheck(db, "first");
        }

        @Test
        void second(RestoredDatabase db) {
            writeAndCheck(db, "second");
        }

        @Test
        void third(RestoredDatabase db) {
            writeAndCheck(db, "third");
        }

        @Test
        void fourth(RestoredDatabase db) {
            writeAndCheck(db, "fourth");
        }
    }

    @Test
    void the_database_of_a_failed_test_is_kept_and_its_url_reported() throws Exception {
        var results = run(FailingTestCase.class);
        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        var entries = results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class)
                        .orElseThrow())
                .toList();
        assertThat(entries).hasSize(1);
        String url = entries.get(0).getKeyValuePairs().get("rehearsal.keptDatabase");
        assertThat(url).contains("/rehearsal_t_");
        String kept = url.substring(url.lastIndexOf('/') + 1);
        assertThat(EngineRuns.leftoverDatabases()).containsExactly(kept);
        try (var c = dev.rehearsal.testing.TestPostgres.server().connect("postgres");
                var s = c.createStatement()) {
            s.execute("DROP DATABASE " + kept);
        }
    }

    @RestoredFrom("engine/shop.sql")
    static class FailingTestCase {
        @Test
        void fails(RestoredDatabase db) {
            db.execute("DELETE FROM \"Order\"");
            throw new AssertionError("deliberate failure");
        }
    }
}
