package dev.rehearsal.internal.junit;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationProfile;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The per-migration profile, recorded while the restored backup is migrated: a migration that rewrites a table
 * ({@code ALTER COLUMN … TYPE}) told apart from one that does not ({@code ADD COLUMN} nullable) and from a backfill
 * that changes rows; the profile on {@code status()} entries and the budget assertions on it.
 */
class MigrationProfileEngineTest {
    static final String ADD_NOTE = "20240201000000_add_note";
    static final String WIDEN_TOTAL = "20240301000000_widen_total";
    static final String BACKFILL = "20240401000000_backfill_note";
    static final Map<String, MigrationStatus> SEEN = new ConcurrentHashMap<>();

    @Test
    void a_rewriting_migration_is_told_apart_from_one_that_does_not_rewrite() throws Throwable {
        SEEN.clear();
        var events = EngineRuns.run(ProfiledTestCase.class).testEvents();
        for (var failed : events.failed().list()) {
            throw failed.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                    .orElseThrow();
        }
        events.assertStatistics(s -> s.started(1).succeeded(1));

        MigrationProfile addNote = SEEN.get(ADD_NOTE).profile().orElseThrow();
        MigrationProfile widen = SEEN.get(WIDEN_TOTAL).profile().orElseThrow();
        MigrationProfile backfill = SEEN.get(BACKFILL).profile().orElseThrow();
        assertThat(addNote.tablesRewritten()).isEmpty();
        assertThat(widen.tablesRewritten()).containsExactly("public.Order");
        assertThat(backfill.tablesRewritten()).isEmpty();
        // ALTER TABLE takes ACCESS EXCLUSIVE on the table it alters; an UPDATE takes none
        assertThat(widen.accessExclusiveLocks())
                .extracting(MigrationProfile.LockHold::table)
                .contains("public.Order");
        assertThat(backfill.accessExclusiveLocks()).isEmpty();
        if (serverMajor() >= 15) {
            // shop.sql has 25 customers; the backfill updates each once, the others change no row of a user table
            assertThat(backfill.rowsChanged().orElseThrow())
                    .filteredOn(r -> r.table().equals("public.Customer"))
                    .containsExactly(new MigrationProfile.RowChanges("public.Customer", 0, 25, 0));
            assertThat(widen.rowsChanged().orElseThrow())
                    .noneMatch(r -> r.table().equals("public.Order") && r.updated() > 0);
        } else {
            assertThat(backfill.rowsChanged())
                    .as("not counted before PostgreSQL 15")
                    .isEmpty();
        }
        assertThat(SEEN.get("20240101000000_init").profile())
                .as("applied in the backup already")
                .isEmpty();
        EngineRuns.assertNothingLeftBehind();
    }

    @Test
    void rows_changed_are_the_ones_each_migration_committed() throws Throwable {
        SEEN.clear();
        var events = EngineRuns.run(RowsTestCase.class).testEvents();
        for (var failed : events.failed().list()) {
            throw failed.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                    .orElseThrow();
        }
        events.assertStatistics(s -> s.started(1).succeeded(1));

        MigrationStatus touched = SEEN.get(TOUCH_ORDERS);
        MigrationStatus nothing = SEEN.get(TOUCH_NOTHING);
        MigrationStatus failed = SEEN.get(TOUCH_THEN_FAIL);
        assertThat(failed.state()).isEqualTo(dev.rehearsal.MigrationState.FAILED);
        if (serverMajor() < 15) {
            // a session publishes its counters only when it chooses (and through a lossy channel): not counted
            assertThat(touched.profile().orElseThrow().rowsChanged()).isEmpty();
            assertThat(failed.profile().orElseThrow().rowsChanged()).isEmpty();
            EngineRuns.assertNothingLeftBehind();
            return;
        }
        // shop.sql has 60 orders: all under the migration that updated them, none under the next one (which a
        // published-when-convenient counter showed them under), none of the failed migration's rolled-back updates
        assertThat(touched.profile().orElseThrow().rowsChanged().orElseThrow())
                .filteredOn(r -> r.table().startsWith("public.") && !r.table().equals("public._prisma_migrations"))
                .containsExactly(new MigrationProfile.RowChanges("public.Order", 0, 60, 0));
        assertThat(nothing.profile().orElseThrow().rowsChanged().orElseThrow())
                .noneMatch(r -> r.table().equals("public.Order") || r.table().equals("public.Customer"));
        assertThat(failed.profile().orElseThrow().rowsChanged().orElseThrow())
                .noneMatch(r -> r.table().equals("public.Order") || r.table().equals("public.Customer"));
        EngineRuns.assertNothingLeftBehind();
    }

    static final String TOUCH_ORDERS = "20240201000000_touch_orders";
    static final String TOUCH_NOTHING = "20240301000000_touch_nothing";
    static final String TOUCH_THEN_FAIL = "20240401000000_touch_then_fail";

    private static int serverMajor() throws Exception {
        try (var connection = dev.rehearsal.testing.TestPostgres.server().connect("postgres")) {
            return connection.getMetaData().getDatabaseMajorVersion();
        }
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-rows", allowFailure = true)
    static class RowsTestCase {
        @Test
        void migrated(RestoredDatabase db) {
            db.migrations().status().forEach(s -> SEEN.put(s.id(), s));
        }
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-profile")
    static class ProfiledTestCase {
        @Test
        void profiled(RestoredDatabase db) {
            db.migrations().status().forEach(s -> SEEN.put(s.id(), s));
            assertThat(db).migrations().migration(ADD_NOTE).rewritesNoTable();
            assertThat(db).migrations().migration(BACKFILL).holdsNoAccessExclusiveLockLongerThan(Duration.ZERO);
            assertThat(db).migrations().eachTookLessThan(Duration.ofMinutes(5));

            assertThatThrownBy(() ->
                            assertThat(db).migrations().migration(WIDEN_TOTAL).rewritesNoTable())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("[migration " + WIDEN_TOTAL + "] \nExpecting migration:\n  " + WIDEN_TOTAL
                            + "\nto rewrite no table\nbut it rewrote 1 table (a new relfilenode: every row copied, the"
                            + " table locked ACCESS EXCLUSIVE meanwhile):\n  public.Order\nin database "
                            + db.databaseName() + "\n  restored from engine/shop.sql (sha256 ");
            assertThatThrownBy(() -> assertThat(db)
                            .migrations()
                            .migration(WIDEN_TOTAL)
                            .holdsNoAccessExclusiveLockLongerThan(Duration.ZERO))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting migration:\n  " + WIDEN_TOTAL
                            + "\nto hold no ACCESS EXCLUSIVE lock longer than 0 ms\nbut it held:\n  public.Order for ")
                    .hasMessageContaining("(seen by polling pg_locks every 5 ms: each hold is a lower bound;")
                    .hasMessageContaining("migrations: 4 applied");
            assertThatThrownBy(() -> assertThat(db).migrations().eachTookLessThan(Duration.ZERO))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("\nExpecting each migration applied to the restored backup to take less"
                            + " than 0 ms\nbut 3 migrations of 3 took longer:\n  " + ADD_NOTE + ": ")
                    .hasMessageContaining("\n  " + WIDEN_TOTAL + ": ")
                    .hasMessageContaining("\n  " + BACKFILL + ": ");
            assertThatThrownBy(() -> assertThat(db)
                            .migrations()
                            .migration("20240101000000_init")
                            .rewritesNoTable())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("\nExpecting migration:\n  20240101000000_init\nto have a profile (recorded"
                            + " while Rehearsal applied it to the restored backup)\nbut it is APPLIED but did not run"
                            + " while Rehearsal migrated the restored backup (the backup had it already");
            assertThatThrownBy(() -> assertThat(db).migrations().migration("20240201000000_add_nte"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("\nExpecting migration:\n  20240201000000_add_nte\nto have a profile"
                            + " (recorded while Rehearsal applied it to the restored backup)\nbut neither the code nor"
                            + " the database has such a migration; known:\n  20240101000000_init\n  " + ADD_NOTE);
            assertThatThrownBy(() -> assertThat(db).migrations().havePending(BACKFILL, "20240501000000_next"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("\nExpecting migrations:\n  " + BACKFILL + "\n  20240501000000_next\nto be"
                            + " pending\nbut:\n  " + BACKFILL + ": APPLIED\n  20240501000000_next: neither the code nor"
                            + " the database has such a migration (known: 20240101000000_init, " + ADD_NOTE);
        }
    }
}
