package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test's copy is dropped once its test ends (in the background, so each test below waits for its
 * predecessors' drops), on every supported JUnit (CI runs this class on 5.10 and 6 as
 * well as the default): JUnit before 5.13 closes only {@code Store.CloseableResource} values, so a plain {@code
 * AutoCloseable} copy would stay on the server until the run ends.
 */
class StoreCleanupEngineTest {

    static final List<String> COPIES_SEEN = Collections.synchronizedList(new ArrayList<>());

    @Test
    void each_of_four_writing_tests_sees_only_its_own_copy_on_the_server() throws Exception {
        COPIES_SEEN.clear();
        run(FourWritersTestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(4).succeeded(4));
        assertThat(COPIES_SEEN)
                .as("each test's own copy (JUnit %s)", junitVersion())
                .hasSize(4)
                .doesNotHaveDuplicates();
        assertNothingLeftBehind();
    }

    private static String junitVersion() {
        return String.valueOf(ExtensionContext.class.getPackage().getImplementationVersion());
    }

    @RestoredFrom("engine/shop.sql")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FourWritersTestCase {

        private static void writeAndLook(RestoredDatabase db, String name) {
            db.execute("INSERT INTO \"Customer\" (name) VALUES (?)", name);
            assertThat(db.query("SELECT count(*) FROM \"Customer\" WHERE name LIKE 'writer-%'")
                            .singleValue())
                    .as("rows written by earlier tests are not visible")
                    .isEqualTo(1L);
            // Copies are connectable; templates are not. The copies prepared ahead for the next tests may exist too
            // (they are made while this test runs); the copies of the tests before this one must go: each is dropped
            // in the background once its test ended, so this waits (up to a minute) for those drops.
            List<Object> copies = copies(db);
            assertThat(copies).as("Rehearsal's copies on the server").contains(db.databaseName());
            long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
            while (copies.stream().anyMatch(COPIES_SEEN::contains) && System.nanoTime() < deadline) {
                sleep();
                copies = copies(db);
            }
            assertThat(copies)
                    .as("the copies of the tests before this one, dropped once each ended (JUnit %s)", junitVersion())
                    .filteredOn(COPIES_SEEN::contains)
                    .isEmpty();
            COPIES_SEEN.add(db.databaseName());
        }

        private static List<Object> copies(RestoredDatabase db) {
            return db.query("SELECT datname FROM pg_database"
                            + " WHERE datallowconn AND datname LIKE 'rehearsal\\_%'"
                            + " AND datname NOT LIKE 'rehearsal\\_test\\_%'")
                    .column("datname");
        }

        private static void sleep() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        @Test
        @Order(1)
        void first(RestoredDatabase db) {
            writeAndLook(db, "writer-1");
        }

        @Test
        @Order(2)
        void second(RestoredDatabase db) {
            writeAndLook(db, "writer-2");
        }

        @Test
        @Order(3)
        void third(RestoredDatabase db) {
            writeAndLook(db, "writer-3");
        }

        @Test
        @Order(4)
        void fourth(RestoredDatabase db) {
            writeAndLook(db, "writer-4");
        }
    }
}
