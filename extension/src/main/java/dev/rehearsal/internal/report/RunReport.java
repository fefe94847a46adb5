package dev.rehearsal.internal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureInfo;
import dev.rehearsal.internal.schema.FreshInstall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Collects what one run restored and migrated, per fixture, and writes it as {@code report.json} and a
 * self-contained {@code report.html} into a directory at the end of the run, with the runs of the build's other test
 * JVMs (surefire forks). Knows nothing about JUnit: the template
 * cache reports its events here, the JUnit glue calls {@link #write}.
 *
 * <p>Thread-safe. Internal, not API.
 */
public final class RunReport {
    private static final System.Logger LOG = System.getLogger(RunReport.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A report that records nothing and writes nothing ({@value ConfigurationKeys#REPORT_ENABLED} {@code false}). */
    public static final RunReport OFF = new RunReport(null);

    private final Path directory;
    private final String id = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    private final Map<String, Collected> fixtures = new LinkedHashMap<>();

    /** A report written into {@code directory} ({@code null}: {@link #OFF}). */
    public RunReport(Path directory) {
        this.directory = directory;
    }

    /** Whether events are recorded (callers skip work done only for the report, such as counting rows). */
    public boolean enabled() {
        return directory != null;
    }

    /** A restore that ended well; {@code cached}: found in the persistent cache, {@code millis} from its build. */
    public void restored(FixtureInfo fixture, long millis, boolean cached) {
        record(fixture, c -> c.restore = new Report.Restore(millis, cached, null));
    }

    /** A restore that failed with {@code message} (from the persistent cache when {@code cached}). */
    public void restoreFailed(FixtureInfo fixture, long millis, boolean cached, String message) {
        record(fixture, c -> c.restore = new Report.Restore(millis, cached, message));
    }

    /** A migration run on {@code fixture}'s restored template. */
    public void migrated(FixtureInfo fixture, Report.Migrations run) {
        record(fixture, c -> c.migrations.add(run));
    }

    private synchronized void record(FixtureInfo fixture, java.util.function.Consumer<Collected> change) {
        if (directory == null) {
            return;
        }
        change.accept(fixtures.computeIfAbsent(fixture.location(), k -> new Collected(fixture)));
    }

    /** What was recorded so far. */
    public synchronized Report snapshot(String server) {
        List<Report.FixtureReport> reports = new ArrayList<>();
        fixtures.values()
                .forEach(c -> reports.add(new Report.FixtureReport(
                        c.fixture.location(),
                        c.fixture.sha256(),
                        c.fixture.format(),
                        c.fixture.dumpedByVersion().orElse(null),
                        FreshInstall.LOCATION.equals(c.fixture.location()),
                        c.restore,
                        c.migrations)));
        return new Report(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), server, 1, reports);
    }

    /**
     * Writes this run into the directory's {@code runs/} and {@code report.json} and {@code report.html}, merged with
     * the runs other test JVMs of the same build wrote there ({@link ReportRuns}), and logs the line that points at
     * them; nothing when off or when nothing was recorded.
     *
     * @return the HTML file, when written
     * @throws UncheckedIOException when the directory cannot be written, naming it
     */
    public Optional<Path> write(String server) {
        if (directory == null) {
            return Optional.empty();
        }
        Report report = snapshot(server);
        if (report.fixtures().isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(directory);
            Path html = directory.resolve("report.html");
            Report merged = ReportRuns.store(
                    directory, id, new ReportRuns.Run(ReportRuns.BUILD, System.currentTimeMillis(), report), all -> {
                        replace(directory.resolve("report.json"), JSON.writeValueAsBytes(all));
                        replace(html, HtmlReport.render(all).getBytes(StandardCharsets.UTF_8));
                    });
            long failures = merged.failures();
            LOG.log(
                    System.Logger.Level.INFO,
                    () -> "Rehearsal report: " + html.toUri() + " ("
                            + merged.fixtures().size() + " fixture"
                            + (merged.fixtures().size() == 1 ? "" : "s") + ", " + failures + " failure"
                            + (failures == 1 ? "" : "s")
                            + (merged.runs() == 1
                                    ? ""
                                    : ", " + merged.runs() + " runs of this build (test JVMs, engine runs)")
                            + "; JSON next to it)");
            return Optional.of(html);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the Rehearsal report into " + directory + ": " + e.getMessage()
                            + ". Set " + ConfigurationKeys.REPORT_DIR + " to a writable directory, or "
                            + ConfigurationKeys.REPORT_ENABLED + "=false.",
                    e);
        }
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One fixture's events while the run goes on. */
    private static final class Collected {
        private final FixtureInfo fixture;
        private Report.Restore restore;
        private final List<Report.Migrations> migrations = new ArrayList<>();

        Collected(FixtureInfo fixture) {
            this.fixture = fixture;
        }
    }
}
