package dev.rehearsal.bench.zonky;

import dev.rehearsal.bench.cache.CacheBenchChild;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 40 tests, each on a freshly migrated database from 100 Flyway migrations: Rehearsal ({@link RehearsalFlywayCase})
 * vs zonky's {@code PreparedDbExtension} + {@code FlywayPreparer} ({@link ZonkyFlywayCase}), side by side in one run,
 * each test class in a JVM of its own, on the same PostgreSQL binaries. The figure is each JVM's whole run (process
 * start to exit); Rehearsal cold starts without a cache (initdb, restore, 100 migrations, 40 copies), Rehearsal warm
 * reruns on the cache the cold run left (server start, 40 copies). Both libraries' binaries are unpacked by a run
 * before the measured ones. PostgreSQL refuses to run as root: as root, every child JVM runs as nobody (65534).
 *
 * <p>Usage: {@code ZonkyBenchmark <empty.sql> <child classpath> [repetitions]}; see {@code bench/zonky.sh}.
 */
public final class ZonkyBenchmark {
    private ZonkyBenchmark() {}

    private record Result(long wallMillis, long firstBody, long lastBody, int bodies) {}

    public static void main(String[] args) throws Exception {
        Path empty = Path.of(args[0]).toAbsolutePath();
        String classpath = args[1];
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory(Path.of("/tmp"), "rehearsal-zonky-bench");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
        try {
            FlywayMigrations.write(work.resolve("migrations"));
            setReadable(work.resolve("migrations"));
            String childClasspath = classpath + File.pathSeparator + work.resolve("migrations");
            System.out.println("zonky comparison: 40 tests x a database migrated by " + FlywayMigrations.COUNT
                    + " Flyway migrations, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", " + repetitions + " repetitions, load "
                    + load());
            Path cache = work.resolve("cache");
            // unpack both libraries' binaries once, outside the figures (zonky keeps its own in <tmp>/embedded-pg)
            if (!Files.isDirectory(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"))) {
                run(ZonkyFlywayCase.class, childClasspath, empty, cache);
            }
            run(RehearsalFlywayCase.class, childClasspath, empty, cache);
            List<Long> zonky = new ArrayList<>();
            List<Long> cold = new ArrayList<>();
            List<Long> warm = new ArrayList<>();
            List<Long> zonkyLast = new ArrayList<>();
            List<Long> coldLast = new ArrayList<>();
            List<Long> warmLast = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                Result z = run(ZonkyFlywayCase.class, childClasspath, empty, cache);
                deleteExceptBinaries(cache);
                Result c = run(RehearsalFlywayCase.class, childClasspath, empty, cache);
                Result w = run(RehearsalFlywayCase.class, childClasspath, empty, cache);
                zonky.add(z.wallMillis());
                cold.add(c.wallMillis());
                warm.add(w.wallMillis());
                zonkyLast.add(z.lastBody());
                coldLast.add(c.lastBody());
                warmLast.add(w.lastBody());
                System.out.printf(
                        "  run %d: zonky %d ms (first body %d, last %d), Rehearsal cold %d ms (%d, %d) = %.2fx,"
                                + " warm %d ms (%d, %d) = %.2fx; load %s%n",
                        i + 1,
                        z.wallMillis(),
                        z.firstBody(),
                        z.lastBody(),
                        c.wallMillis(),
                        c.firstBody(),
                        c.lastBody(),
                        c.wallMillis() / (double) z.wallMillis(),
                        w.wallMillis(),
                        w.firstBody(),
                        w.lastBody(),
                        w.wallMillis() / (double) z.wallMillis(),
                        load());
            }
            System.out.println();
            System.out.printf(
                    "whole run (JVM start to exit), medians: zonky %d ms, Rehearsal cold %d ms, warm %d ms%n",
                    median(zonky), median(cold), median(warm));
            System.out.printf(
                    "Rehearsal cold / zonky = %.2f, Rehearsal warm / zonky = %.2f (goal <= 0.80); load %s%n",
                    median(ratios(cold, zonky)), median(ratios(warm, zonky)), load());
            System.out.printf(
                    "JVM start to the last test body, medians: zonky %d ms, Rehearsal cold %d ms, warm %d ms:"
                            + " cold / zonky = %.2f, warm / zonky = %.2f%n",
                    median(zonkyLast),
                    median(coldLast),
                    median(warmLast),
                    median(ratios(coldLast, zonkyLast)),
                    median(ratios(warmLast, zonkyLast)));
        } finally {
            delete(work);
        }
    }

    private static Result run(Class<?> testCase, String classpath, Path empty, Path cache)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
        }
        command.addAll(List.of(
                java,
                "-cp",
                classpath,
                "-Dbench.empty=" + empty,
                // the dump lives outside the project: allowed explicitly
                "-Drehearsal.restore.allowed-directories=" + empty.toAbsolutePath().getParent(),
                "-Drehearsal.provider=embedded",
                "-Drehearsal.cache.mode=persistent",
                "-Drehearsal.cache.dir=" + cache,
                CacheBenchChild.class.getName(),
                testCase.getName()));
        Path log = Files.createTempFile("rehearsal-zonky-child", ".log");
        try {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(cache.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.waitFor();
            long wall = (System.nanoTime() - started) / 1_000_000;
            String output = Files.readString(log);
            List<Long> bodies = bodies(output);
            if (!output.contains("RESULT failed=0") || bodies.size() != 40) {
                throw new IllegalStateException(testCase.getSimpleName() + " failed:\n" + output);
            }
            return new Result(wall, bodies.get(0), bodies.get(bodies.size() - 1), bodies.size());
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static List<Long> bodies(String output) {
        List<Long> times = new ArrayList<>();
        Matcher body = Pattern.compile("^BODY \\S+ (\\d+)$", Pattern.MULTILINE).matcher(output);
        while (body.find()) {
            times.add(Long.parseLong(body.group(1)));
        }
        return times;
    }

    private static List<Double> ratios(List<Long> values, List<Long> bases) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ratios.add(values.get(i) / (double) bases.get(i));
        }
        return ratios;
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    private static void setReadable(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                Files.setPosixFilePermissions(
                        path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** A cold cache: the binaries stay (unpacked once, as zonky's stay in its own directory). */
    private static void deleteExceptBinaries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (var list = Files.list(cache)) {
            for (Path path : list.toList()) {
                if (!path.getFileName().toString().startsWith("binaries")) {
                    delete(path);
                }
            }
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
