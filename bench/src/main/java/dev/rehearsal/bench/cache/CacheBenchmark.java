package dev.rehearsal.bench.cache;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The persistent template cache's benchmark, side by side in one run, each measured in JVMs of their own:
 *
 * <ol>
 *   <li>cold run vs warm rerun: JVM start to the last of the first test bodies, minus the floor (a JVM running one
 *       test without a database), for the ≈300 MB benchmark fixture restored plus the samples' March 2024 backup migrated
 *       by their Prisma migrations; cold = no data directory (binaries already unpacked), warm = the same again;
 *   <li>per-test clone vs restore of the benchmark fixture;
 *   <li>per-test overhead on the small migrated database: the time between consecutive test bodies of 20 tests
 *       with empty bodies (nothing to prepare the next copy behind), and between the end of one body and the start of
 *       the next for 20 tests whose bodies work 200 ms in their copy; with the wait the cache itself reports;
 *   <li>a failing upgrade run twice (the samples' purge migration on the October 2023 backup): JVM start to the end
 *       of the run, cold and rerun, and whether the rerun failed with the identical message.
 * </ol>
 *
 * <p>Usage: {@code CacheBenchmark <fixture> <samples test resources> [repetitions]}; see {@code bench/cache.sh}.
 */
public final class CacheBenchmark {
    private CacheBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path fixture = Path.of(args[0]).toAbsolutePath();
        Path samples = Path.of(args[1]).toAbsolutePath();
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.println(
                "Cache benchmark (load " + load() + "): fixture " + fixture + " (" + Files.size(fixture) / (1 << 20)
                        + " MB stored), samples' Prisma migrations, "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores, Java " + System.getProperty("java.version") + ", " + repetitions + " repetitions");
        List<Long> floors = new ArrayList<>();
        List<Long> colds = new ArrayList<>();
        List<Long> warms = new ArrayList<>();
        List<Long> restores = new ArrayList<>();
        List<Long> clones = new ArrayList<>();
        List<Double> overheads = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        List<Double> workOverheads = new ArrayList<>();
        List<Long> workWaits = new ArrayList<>();
        List<Long> failedColds = new ArrayList<>();
        List<Long> failedWarms = new ArrayList<>();
        boolean sameFailure = true;
        String failure = "";
        for (int i = 0; i < repetitions; i++) {
            Path cache = Files.createTempDirectory(Path.of("/tmp"), "rehearsal-bench-cache");
            Files.setPosixFilePermissions(cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                floors.add(bodies(run(FloorCase.class, cache, fixture, samples)).get(0));
                run(FloorCase.class, cache, fixture, samples);
                String cold = run(ColdWarmCase.class, cache, fixture, samples);
                colds.add(last(bodies(cold)));
                restores.add(number(cold, "restore of " + fixture + ": miss \\(.*?\\); restored in (\\d+) ms"));
                String warm = run(ColdWarmCase.class, cache, fixture, samples);
                warms.add(last(bodies(warm)));
                clones.add(number(warm, "Rehearsal: " + fixture + ": .*?\\d+ cop(?:y|ies), (\\d+) ms each on average"));
                String empty = run(OverheadCase.class, cache, fixture, samples);
                List<Long> overhead = bodies(empty);
                overheads.add((overhead.get(overhead.size() - 1) - overhead.get(0)) / (double) (overhead.size() - 1));
                waits.add(number(empty, "a test waited (\\d+) ms on average"));
                String work = run(OverheadWorkCase.class, cache, fixture, samples);
                List<Long> starts = bodies(work);
                List<Long> ends = times(work, "END");
                double gaps = 0;
                for (int k = 1; k < starts.size(); k++) {
                    gaps += starts.get(k) - ends.get(k - 1);
                }
                workOverheads.add(gaps / (starts.size() - 1));
                workWaits.add(number(work, "a test waited (\\d+) ms on average"));
                String failedCold = run(FailingRerunCase.class, cache, fixture, samples, 1);
                String failedWarm = run(FailingRerunCase.class, cache, fixture, samples, 1);
                failedColds.add(times(failedCold, "FINISHED").get(0));
                failedWarms.add(times(failedWarm, "FINISHED").get(0));
                failure = failures(failedWarm);
                sameFailure &= failures(failedCold).equals(failure) && !failure.isEmpty();
                System.out.printf(
                        "  run %d: floor %d ms, cold %d ms, warm %d ms, restore %d ms, clone %d ms, per test %.0f ms"
                                + " (waited %d ms), with 200 ms bodies %.0f ms (waited %d ms); load %s%n",
                        i + 1,
                        floors.get(i),
                        colds.get(i),
                        warms.get(i),
                        restores.get(i),
                        clones.get(i),
                        overheads.get(i),
                        waits.get(i),
                        workOverheads.get(i),
                        workWaits.get(i),
                        load());
            } finally {
                delete(cache);
            }
        }
        long floor = median(floors);
        long cold = median(colds) - floor;
        long warm = median(warms) - floor;
        System.out.println();
        System.out.printf("floor (JVM start to a test body, no database): %d ms%n", floor);
        System.out.printf(
                "setup before the bodies, floor subtracted: cold %d ms, warm %d ms: warm/cold = %.3f (goal: warm <= 1000 ms)%n",
                cold, warm, warm / (double) cold);
        System.out.printf(
                "per test: clone %d ms vs restore %d ms: clone/restore = %.1f %% (goal <= 5 %%)%n",
                median(clones), median(restores), 100.0 * median(clones) / median(restores));
        overheads.sort(Comparator.naturalOrder());
        workOverheads.sort(Comparator.naturalOrder());
        System.out.printf(
                "per-test overhead on the small migrated database (20 tests, between bodies): empty bodies %.0f ms"
                        + " (the cache says a test waited %d ms), bodies of 200 ms %.0f ms (waited %d ms) (goal <= 50"
                        + " ms); load %s%n",
                overheads.get(overheads.size() / 2),
                median(waits),
                workOverheads.get(workOverheads.size() / 2),
                median(workWaits),
                load());
        System.out.printf(
                "failing upgrade (the samples' purge migration, 23503), JVM start to the end of the run: cold %d ms,"
                        + " rerun %d ms, rerun minus the floor %d ms; the rerun's failure %s the cold run's:%n  %s%n",
                median(failedColds),
                median(failedWarms),
                median(failedWarms) - floor,
                sameFailure ? "is identical to" : "DIFFERS FROM",
                failure.lines().findFirst().orElse("(none)"));
    }

    /** The FAILURE lines a child printed, in order. */
    static String failures(String output) {
        return output.lines().filter(line -> line.startsWith("FAILURE ")).reduce("", (a, b) -> a + b + "\n");
    }

    static String run(Class<?> testCase, Path cache, Path fixture, Path samples)
            throws IOException, InterruptedException {
        return run(testCase, cache, fixture, samples, 0);
    }

    /** Runs {@code testCase} in a JVM of its own; {@code failures}: how many of its tests are expected to fail. */
    static String run(Class<?> testCase, Path cache, Path fixture, Path samples, int failures)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("rehearsal-bench-child", ".log");
        try {
            Process process = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path") + File.pathSeparator + samples,
                            "-Dbench.fixture=" + fixture,
                            // the fixture lives outside the project: allowed explicitly
                            "-Drehearsal.restore.allowed-directories="
                                    + fixture.toAbsolutePath().getParent(),
                            "-Drehearsal.provider=embedded",
                            "-Drehearsal.cache.mode=persistent",
                            "-Drehearsal.cache.dir=" + cache,
                            CacheBenchChild.class.getName(),
                            testCase.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.waitFor();
            String output = Files.readString(log);
            if (!output.contains("RESULT failed=" + failures)) {
                throw new IllegalStateException(testCase.getSimpleName() + " failed:\n" + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static List<Long> bodies(String output) {
        return times(output, "BODY");
    }

    static List<Long> times(String output, String tag) {
        List<Long> times = new ArrayList<>();
        Matcher body =
                Pattern.compile("^" + tag + " \\S+ (\\d+)$", Pattern.MULTILINE).matcher(output);
        while (body.find()) {
            times.add(Long.parseLong(body.group(1)));
        }
        return times;
    }

    static long number(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + regex + " in\n" + output);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static long last(List<Long> times) {
        return times.get(times.size() - 1);
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    static void delete(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
