package dev.rehearsal.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.FixtureInfo;
import dev.rehearsal.internal.schema.FreshInstall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a build whose tests run in several JVMs (surefire forks): each JVM's run lands in {@code report.json}
 * and {@code report.html} without losing the others'; a run of another build is dropped; a rerun replaces what it
 * ran again; the fresh-install database is marked for what it is.
 */
class RunReportMergeTest {

    @Test
    void several_test_jvms_writing_at_once_all_land_in_the_report(@TempDir Path dir) throws Exception {
        List<Process> forks = new ArrayList<>();
        for (int fork = 1; fork <= 3; fork++) {
            forks.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            Fork.class.getName(),
                            dir.toString(),
                            "fixtures/fork" + fork + ".sql")
                    .redirectErrorStream(true)
                    .start());
        }
        for (Process fork : forks) {
            assertThat(fork.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(fork.exitValue())
                    .as(new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isZero();
        }

        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("runs").asInt()).isEqualTo(3);
        List<String> locations = new ArrayList<>();
        report.get("fixtures").forEach(f -> locations.add(f.get("location").asText()));
        assertThat(locations)
                .containsExactlyInAnyOrder("fixtures/fork1.sql", "fixtures/fork2.sql", "fixtures/fork3.sql");
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("fixtures/fork1.sql", "fixtures/fork2.sql", "fixtures/fork3.sql", "3 runs of this build");
    }

    @Test
    void a_run_of_another_build_is_dropped_and_a_rerun_replaces_what_it_ran_again(@TempDir Path dir) throws Exception {
        Path runs = Files.createDirectories(dir.resolve("runs"));
        Report old = new Report("2026-01-01T00:00:00Z", "PostgreSQL 17.0 (embedded)", 1, List.of(fixture("old.sql")));
        Files.write(
                runs.resolve("old.json"),
                new ObjectMapper().writeValueAsBytes(new ReportRuns.Run("1@another-build", 1, old)));

        RunReport first = new RunReport(dir);
        first.restored(info("a.sql"), 100, false);
        first.migrated(info("a.sql"), migrations("FAILED"));
        first.write("PostgreSQL 17.7 (embedded)");
        RunReport again = new RunReport(dir);
        again.restored(info("a.sql"), 50, true);
        again.migrated(info("a.sql"), migrations(null));
        again.write("PostgreSQL 17.7 (embedded)");

        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("runs").asInt()).isEqualTo(2);
        assertThat(report.get("fixtures").size()).isEqualTo(1);
        JsonNode a = report.get("fixtures").get(0);
        assertThat(a.get("location").asText()).isEqualTo("a.sql");
        assertThat(a.get("restore").get("cached").asBoolean()).isTrue();
        assertThat(a.get("migrations").size()).as("the rerun's, not both").isEqualTo(1);
        assertThat(a.get("migrations").get(0).get("failure").isNull()).isTrue();
        assertThat(Files.exists(runs.resolve("old.json"))).isFalse();
    }

    @Test
    void the_fresh_install_database_is_marked_as_not_a_backup(@TempDir Path dir) throws Exception {
        RunReport report = new RunReport(dir);
        report.restored(info("app.sql"), 100, false);
        report.restored(info(FreshInstall.LOCATION), 10, false);
        report.migrated(info(FreshInstall.LOCATION), migrations(null));
        report.write("PostgreSQL 17.7 (embedded)");

        JsonNode fixtures =
                new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("fixtures");
        assertThat(fixtures.get(0).get("freshInstall").asBoolean()).isFalse();
        assertThat(fixtures.get(1).get("freshInstall").asBoolean()).isTrue();
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("<h2>Fresh install</h2>", "Not a backup: an empty database")
                .doesNotContain("<h2>" + FreshInstall.LOCATION);
    }

    /** One test JVM of the build: records a fixture of its own, then writes the report. */
    public static final class Fork {
        public static void main(String[] args) {
            RunReport report = new RunReport(Path.of(args[0]));
            report.restored(info(args[1]), 100, false);
            report.migrated(info(args[1]), migrations(null));
            report.write("PostgreSQL 17.7 (embedded)");
        }
    }

    static FixtureInfo info(String location) {
        return new FixtureInfo(
                location, location, "ab".repeat(32), "plain", Optional.empty(), Optional.empty(), Duration.ZERO);
    }

    static Report.FixtureReport fixture(String location) {
        return new Report.FixtureReport(location, "ab", "plain", null, false, null, List.of());
    }

    static Report.Migrations migrations(String failure) {
        return new Report.Migrations(
                "db/migrations",
                "Flyway",
                "latest",
                20,
                false,
                failure,
                0,
                List.of(new MigrationRecord.Step("1", failure == null ? "APPLIED" : "FAILED", 20L, null)),
                List.of());
    }
}
