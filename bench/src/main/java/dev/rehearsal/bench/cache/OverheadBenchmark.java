package dev.rehearsal.bench.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-test overhead part of {@link CacheBenchmark} alone (minutes instead of the whole benchmark's hour on a busy
 * machine): per repetition, on a fresh cache directory, one run of {@link OverheadCase} builds the small migrated
 * template (not measured), then {@link OverheadCase} (20 empty bodies) and {@link OverheadWorkCase} (20 bodies of
 * 200 ms) are measured, each in a JVM of its own, as in {@link CacheBenchmark}.
 *
 * <p>Usage: {@code OverheadBenchmark <samples test resources> [repetitions]}; see {@code bench/overhead.sh}.
 */
public final class OverheadBenchmark {
    private OverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]).toAbsolutePath();
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path fixture = samples.resolve("backups/signing_2024_03_15.sql.gz");
        System.out.println("Per-test overhead benchmark (load " + CacheBenchmark.load() + "): "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + repetitions + " repetitions");
        List<Long> empties = new ArrayList<>();
        List<Long> emptyWaits = new ArrayList<>();
        List<Long> works = new ArrayList<>();
        List<Long> workWaits = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            Path cache = Files.createTempDirectory(Path.of("/tmp"), "rehearsal-bench-cache");
            Files.setPosixFilePermissions(cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                CacheBenchmark.run(OverheadCase.class, cache, fixture, samples);
                String empty = CacheBenchmark.run(OverheadCase.class, cache, fixture, samples);
                List<Long> bodies = CacheBenchmark.bodies(empty);
                empties.add((bodies.get(bodies.size() - 1) - bodies.get(0)) / (bodies.size() - 1));
                emptyWaits.add(CacheBenchmark.number(empty, "a test waited (\\d+) ms on average"));
                String work = CacheBenchmark.run(OverheadWorkCase.class, cache, fixture, samples);
                List<Long> starts = CacheBenchmark.bodies(work);
                List<Long> ends = CacheBenchmark.times(work, "END");
                long gaps = 0;
                for (int k = 1; k < starts.size(); k++) {
                    gaps += starts.get(k) - ends.get(k - 1);
                }
                works.add(gaps / (starts.size() - 1));
                workWaits.add(CacheBenchmark.number(work, "a test waited (\\d+) ms on average"));
                System.out.printf(
                        "  run %d: per test %d ms (waited %d ms), with 200 ms bodies %d ms (waited %d ms); %s; load %s%n",
                        i + 1,
                        empties.get(i),
                        emptyWaits.get(i),
                        works.get(i),
                        workWaits.get(i),
                        copies(empty),
                        CacheBenchmark.load());
            } finally {
                CacheBenchmark.delete(cache);
            }
        }
        System.out.printf(
                "per-test overhead on the small migrated database (20 tests, between bodies), medians: empty bodies %d ms"
                        + " (the cache says a test waited %d ms), bodies of 200 ms %d ms (waited %d ms) (goal <= 50"
                        + " ms); load %s%n",
                CacheBenchmark.median(empties),
                CacheBenchmark.median(emptyWaits),
                CacheBenchmark.median(works),
                CacheBenchmark.median(workWaits),
                CacheBenchmark.load());
    }

    /** The cache's summary of the copies (how many, how long each took on average). */
    private static String copies(String output) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                        "(\\d+ cop(?:y|ies), \\d+ ms each on average)")
                .matcher(output);
        return matcher.find() ? matcher.group(1) : "copies not reported";
    }
}
