package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code rehearsal.cache.mode=off}: every test restores and migrates its own template; nothing is left behind. */
class CacheModeOffEngineTest {
    static final List<String> TEMPLATES = new CopyOnWriteArrayList<>();

    @Test
    void every_test_gets_its_own_templates() throws Exception {
        TEMPLATES.clear();
        run(OffTestCase.class, Map.of("rehearsal.cache.mode", "off"))
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(TEMPLATES).hasSize(2).doesNotHaveDuplicates();
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/migrations-ok")
    static class OffTestCase {
        @Test
        void one(RestoredDatabase db) {
            TEMPLATES.add(db.beforeMigration().databaseName());
            db.execute("DELETE FROM \"Order\"");
        }

        @Test
        void two(RestoredDatabase db) {
            TEMPLATES.add(db.beforeMigration().databaseName());
            assertThat(db.query("SELECT count(*) FROM \"Order\"").singleValue()).isNotEqualTo(0L);
        }
    }
}
