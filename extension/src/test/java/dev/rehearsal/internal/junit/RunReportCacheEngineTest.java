package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.PersistentRuns.copyTree;
import static dev.rehearsal.internal.junit.PersistentRuns.reachable;
import static dev.rehearsal.internal.junit.PersistentRuns.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report on a persistent template cache: a second run restores and migrates nothing, and its report says
 * the restore and the migrations came from the cache, with the durations, steps, row counts and failure the first
 * run measured (stored with the template's metadata).
 */
class RunReportCacheEngineTest {
    static final Path WORK = Path.of("target/report-cache-test").toAbsolutePath();

    @Test
    void a_cache_hit_reports_the_build_run_s_measurements_marked_cached(@TempDir Path temp) throws Exception {
        reachable(temp);
        Path cache = reachable(Files.createDirectories(temp.resolve("cache")));
        PersistentCacheEngineTest.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Files.copy(resource("engine/shop.sql"), WORK.resolve("shop.sql"));
        copyTree(resource("engine/migrations-failing"), WORK.resolve("migrations-failing"));
        Path firstReport = temp.resolve("first");
        Path secondReport = temp.resolve("second");

        PersistentRuns.run(CachedTestCase.class, cache, Map.of("rehearsal.report.dir", firstReport.toString()))
                .results()
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        PersistentRuns.run(CachedTestCase.class, cache, Map.of("rehearsal.report.dir", secondReport.toString()))
                .results()
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));

        JsonNode first = fixture(firstReport);
        JsonNode second = fixture(secondReport);
        assertThat(first.get("restore").get("cached").asBoolean()).isFalse();
        assertThat(second.get("restore").get("cached").asBoolean()).isTrue();
        assertThat(second.get("restore").get("millis"))
                .isEqualTo(first.get("restore").get("millis"));
        JsonNode built = first.get("migrations").get(0);
        JsonNode hit = second.get("migrations").get(0);
        assertThat(built.get("cached").asBoolean()).isFalse();
        assertThat(hit.get("cached").asBoolean()).isTrue();
        assertThat(hit.get("millis")).isEqualTo(built.get("millis"));
        assertThat(hit.get("steps")).isEqualTo(built.get("steps"));
        assertThat(hit.get("tables")).isEqualTo(built.get("tables"));
        assertThat(hit.get("appliedBefore")).isEqualTo(built.get("appliedBefore"));
        assertThat(hit.get("failure").asText())
                .startsWith("Migration 20240301000000_purge_customers failed")
                .isEqualTo(built.get("failure").asText());
        assertThat(Files.readString(secondReport.resolve("report.html")))
                .contains("from the template cache: durations from the run that built it");
    }

    private static JsonNode fixture(Path reportDirectory) throws Exception {
        JsonNode fixtures = new ObjectMapper()
                .readTree(reportDirectory.resolve("report.json").toFile())
                .get("fixtures");
        assertThat(fixtures.size()).isEqualTo(1);
        return fixtures.get(0);
    }

    static class CachedTestCase {
        @Nested
        @RestoredFrom("target/report-cache-test/shop.sql")
        @MigratesTo(migrations = "target/report-cache-test/migrations-failing", allowFailure = true)
        class Failing {
            @Test
            void halfUpgraded(RestoredDatabase db) {}
        }
    }
}
