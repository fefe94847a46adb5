package dev.rehearsal.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report: what a run restored and migrated, written as {@code report.json} and {@code report.html} into
 * {@code rehearsal.report.dir} when the run ends, and nothing when switched off.
 */
class RunReportEngineTest {

    @Test
    void the_report_names_the_restore_each_migration_and_the_failure_with_its_whole_story(@TempDir Path dir)
            throws Exception {
        EngineRuns.run(UpgradeTestCase.class, Map.of("rehearsal.report.dir", dir.toString()))
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));

        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("server").asText()).startsWith("PostgreSQL ");
        JsonNode fixture = single(report.get("fixtures"));
        assertThat(fixture.get("location").asText()).isEqualTo("engine/shop.sql");
        assertThat(fixture.get("dumpedBy").asText()).startsWith("15.18");
        assertThat(fixture.get("restore").get("failure").isNull()).isTrue();
        assertThat(fixture.get("restore").get("cached").asBoolean()).isFalse();

        List<JsonNode> runs = list(fixture.get("migrations"));
        assertThat(runs)
                .extracting(r -> r.get("location").asText())
                .containsExactlyInAnyOrder("engine/migrations-ok", "engine/migrations-failing");
        JsonNode ok = runs.stream()
                .filter(r -> r.get("location").asText().equals("engine/migrations-ok"))
                .findFirst()
                .orElseThrow();
        assertThat(ok.get("failure").isNull()).isTrue();
        assertThat(ok.get("appliedBefore").asInt()).isEqualTo(1);
        assertThat(list(ok.get("steps")))
                .extracting(s -> s.get("id").asText() + "=" + s.get("state").asText())
                .containsExactly("20240201000000_add_email=APPLIED", "20240301000000_index_order_customer=APPLIED");

        JsonNode failing = runs.stream()
                .filter(r -> r.get("location").asText().equals("engine/migrations-failing"))
                .findFirst()
                .orElseThrow();
        assertThat(failing.get("failure").asText())
                .startsWith("Migration 20240301000000_purge_customers failed (Prisma Migrate, 2nd of 3 pending)")
                .contains("ERROR 23503", "Order_customerId_fkey", "P3009");
        assertThat(list(failing.get("steps")))
                .extracting(s -> s.get("id").asText() + "=" + s.get("state").asText())
                .containsExactly(
                        "20240201000000_add_email=APPLIED",
                        "20240301000000_purge_customers=FAILED",
                        "20240401000000_add_phone=PENDING");
        // the failed purge was rolled back: the customers are all still there, counted before and after
        JsonNode customers = list(failing.get("tables")).stream()
                .filter(t -> t.get("table").asText().equals("public.Customer"))
                .findFirst()
                .orElseThrow();
        assertThat(customers.get("before").asLong()).isPositive();
        assertThat(customers.get("after").asLong())
                .isEqualTo(customers.get("before").asLong());

        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("engine/shop.sql", "20240301000000_purge_customers", "<svg", "ERROR 23503")
                .doesNotContain("<script", "http://", "https://", "<link");
        EngineRuns.assertNothingLeftBehind();
    }

    @Test
    void switched_off_the_run_writes_no_report(@TempDir Path dir) throws Exception {
        EngineRuns.run(
                        UpgradeTestCase.class,
                        Map.of("rehearsal.report.dir", dir.toString(), "rehearsal.report.enabled", "false"))
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void an_invalid_switch_names_the_key_and_the_allowed_values(@TempDir Path dir) throws Exception {
        EngineRuns.run(UpgradeTestCase.class, Map.of("rehearsal.report.enabled", "yes"))
                .testEvents()
                .assertThatEvents()
                .anySatisfy(e -> assertThat(e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                                .map(Throwable::getMessage)
                                .orElse(""))
                        .contains("rehearsal.report.enabled", "yes", "false", "true"));
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array.size()).isEqualTo(1);
        return array.get(0);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    static class UpgradeTestCase {
        @Nested
        @RestoredFrom("engine/shop.sql")
        @MigratesTo(migrations = "engine/migrations-ok")
        class Clean {
            @Test
            void upgraded(RestoredDatabase db) {}
        }

        @Nested
        @RestoredFrom("engine/shop.sql")
        @MigratesTo(migrations = "engine/migrations-failing", allowFailure = true)
        class Failing {
            @Test
            void halfUpgraded(RestoredDatabase db) {}
        }
    }
}
