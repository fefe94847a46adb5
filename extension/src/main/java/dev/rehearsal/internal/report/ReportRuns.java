package dev.rehearsal.internal.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The runs of several test JVMs of one build merged into one report: each JVM writes its own run into {@code
 * runs/<id>.json} of the report directory and, holding {@code report.lock} (a file lock, so that forks ending at once
 * take turns), merges every run of the same build into {@code report.json} / {@code report.html}.
 *
 * <p>A build is the process that started the test JVMs (Maven's or Gradle's, for surefire forks and test workers;
 * the IDE for a run from the IDE): runs of another build are deleted when a new one writes. Within a build, a
 * fixture's restore and each of its migration runs (location, tool, target) come from the last run that had them,
 * so a second run of the same tests (an IDE that starts them again) replaces the first instead of repeating it.
 *
 * <p>Internal, not API.
 */
final class ReportRuns {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final System.Logger LOG = System.getLogger(ReportRuns.class.getName());

    /** The build this JVM belongs to: the parent process's id and start, {@code ""} when unknown. */
    static final String BUILD = ProcessHandle.current()
            .parent()
            .map(p -> p.pid() + "@"
                    + p.info().startInstant().map(Object::toString).orElse("?"))
            .orElse("");

    private ReportRuns() {}

    /**
     * One run as stored in {@code runs/}.
     *
     * @param build the {@link #BUILD} of the JVM that wrote it
     * @param writtenAt when it was written (epoch milliseconds; orders the runs)
     * @param report the run's own report
     */
    record Run(String build, long writtenAt, Report report) {}

    /**
     * Stores {@code run} as {@code runs/<id>.json} in {@code directory} and returns the report of every run of its
     * build, the directory locked meanwhile ({@code merged} receives the report while the lock is held, to write it).
     */
    static Report store(Path directory, String id, Run run, IoConsumer<Report> merged) throws IOException {
        Path runs = Files.createDirectories(directory.resolve("runs"));
        try (FileChannel channel = FileChannel.open(
                directory.resolve("report.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock(); // released when the channel closes
            if (!lock.isValid()) {
                throw new IOException("the lock on " + directory.resolve("report.lock") + " was lost");
            }
            Files.write(runs.resolve(id + ".json"), JSON.writeValueAsBytes(run));
            List<Run> same = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(runs, "*.json")) {
                for (Path file : files) {
                    Run stored = read(file);
                    if (stored == null || !stored.build().equals(run.build())) {
                        Files.deleteIfExists(file);
                    } else {
                        same.add(stored);
                    }
                }
            }
            same.sort(Comparator.comparingLong(Run::writtenAt));
            Report report = merge(run.report().generatedAt(), same);
            merged.accept(report);
            return report;
        }
    }

    /** Writes a merged report while the lock is held. */
    @FunctionalInterface
    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private static Run read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Run.class);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Rehearsal report: " + file + " is not a run of this version", e);
            return null;
        }
    }

    /** The runs, oldest first, as one report: per fixture, the last run's restore and migration runs win. */
    static Report merge(String generatedAt, List<Run> runs) {
        Map<String, Merged> fixtures = new LinkedHashMap<>();
        Set<String> servers = new LinkedHashSet<>();
        for (Run run : runs) {
            servers.add(run.report().server());
            for (Report.FixtureReport fixture : run.report().fixtures()) {
                Merged merged = fixtures.computeIfAbsent(fixture.location(), k -> new Merged());
                merged.fixture = fixture;
                if (fixture.restore() != null) {
                    merged.restore = fixture.restore();
                }
                Set<List<String>> replaced = new LinkedHashSet<>();
                fixture.migrations().forEach(m -> replaced.add(key(m)));
                merged.migrations.removeIf(m -> replaced.contains(key(m)));
                merged.migrations.addAll(fixture.migrations());
            }
        }
        List<Report.FixtureReport> merged = new ArrayList<>();
        fixtures.values()
                .forEach(m -> merged.add(new Report.FixtureReport(
                        m.fixture.location(),
                        m.fixture.sha256(),
                        m.fixture.format(),
                        m.fixture.dumpedBy(),
                        m.fixture.freshInstall(),
                        m.restore,
                        m.migrations)));
        return new Report(generatedAt, String.join(", ", servers), runs.size(), merged);
    }

    private static List<String> key(Report.Migrations run) {
        return List.of(Objects.toString(run.location()), Objects.toString(run.tool()), Objects.toString(run.target()));
    }

    /** One fixture while merging. */
    private static final class Merged {
        private Report.FixtureReport fixture;
        private Report.Restore restore;
        private final List<Report.Migrations> migrations = new ArrayList<>();
    }
}
