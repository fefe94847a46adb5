package dev.rehearsal.bench;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.Restorer;
import dev.rehearsal.internal.server.EmbeddedPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.util.DriverInfo;

/**
 * Restores the same files into the same server with Rehearsal and with the native tools, side by side, and prints
 * the median wall time of each and the ratios: Rehearsal vs {@code gunzip | psql} for the plain script, vs {@code
 * pg_restore} and {@code pg_restore -j 2} for the custom archive, and (when given, without a target) vs {@code
 * gunzip | psql} for an INSERT-style plain script. Each run restores into a fresh database; the tools take turns so
 * that caches favour none. Run it with {@code bench/run.sh}.
 */
public final class RestoreBenchmark {

    private final PostgresServer server;
    private final Path pgBin;
    private int counter;

    private RestoreBenchmark(PostgresServer server, Path pgBin) {
        this.server = server;
        this.pgBin = pgBin;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println(
                    "usage: RestoreBenchmark <plain.sql.gz> <archive.custom> <repetitions> <pg_bin> [inserts.sql.gz]");
            System.exit(2);
        }
        Path plain = Path.of(args[0]).toAbsolutePath();
        Path custom = Path.of(args[1]).toAbsolutePath();
        int repetitions = Integer.parseInt(args[2]);
        Path pgBin = Path.of(args[3]);
        Path inserts = args.length > 4 ? Path.of(args[4]).toAbsolutePath() : null;
        try (PostgresServer server = new EmbeddedPostgresProvider(Settings.fromSystem()).start()) {
            RestoreBenchmark bench = new RestoreBenchmark(server, pgBin);
            System.out.printf(
                    Locale.ROOT,
                    "Server: %s %s; plain %s (%d MB), custom %s (%d MB)%s; %d repetitions, median wall time%n",
                    server.providerName(),
                    server.version(),
                    plain.getFileName(),
                    Files.size(plain) >> 20,
                    custom.getFileName(),
                    Files.size(custom) >> 20,
                    inserts == null
                            ? ""
                            : ", inserts " + inserts.getFileName() + " (" + (Files.size(inserts) >> 20) + " MB)",
                    repetitions);
            System.out.printf(
                    Locale.ROOT,
                    "Tools: %s, %s; Java %s; PgJDBC %s; %d cores%n",
                    toolVersion(pgBin.resolve("psql")),
                    toolVersion(pgBin.resolve("pg_restore")),
                    System.getProperty("java.version"),
                    DriverInfo.DRIVER_VERSION,
                    Runtime.getRuntime().availableProcessors());
            Map<String, Run> runs = new LinkedHashMap<>();
            runs.put("Rehearsal, plain", db -> bench.rehearsal(plain, db));
            runs.put(
                    "gunzip | psql",
                    db -> bench.shell("gunzip -c '" + plain + "' | '" + pgBin.resolve("psql")
                            + "' -X -q -v ON_ERROR_STOP=1 -d '" + db + "' > /dev/null"));
            runs.put("Rehearsal, custom", db -> bench.rehearsal(custom, db));
            runs.put(
                    "pg_restore",
                    db -> bench.shell(
                            "'" + pgBin.resolve("pg_restore") + "' --exit-on-error -d '" + db + "' '" + custom + "'"));
            runs.put(
                    "pg_restore -j 2",
                    db -> bench.shell("'" + pgBin.resolve("pg_restore") + "' --exit-on-error -j 2 -d '" + db + "' '"
                            + custom + "'"));
            if (inserts != null) {
                runs.put("Rehearsal, inserts", db -> bench.rehearsal(inserts, db));
                runs.put(
                        "psql, inserts",
                        db -> bench.shell("gunzip -c '" + inserts + "' | '" + pgBin.resolve("psql")
                                + "' -X -q -v ON_ERROR_STOP=1 -d '" + db + "' > /dev/null"));
            }
            Map<String, List<Duration>> times = new LinkedHashMap<>();
            for (int i = 0; i < repetitions; i++) {
                for (Map.Entry<String, Run> run : runs.entrySet()) {
                    Duration took = bench.time(run.getValue());
                    times.computeIfAbsent(run.getKey(), k -> new ArrayList<>()).add(took);
                    System.out.printf(Locale.ROOT, "  run %d %-18s %8.2f s%n", i + 1, run.getKey(), seconds(took));
                }
            }
            Map<String, Double> median = new LinkedHashMap<>();
            times.forEach((name, list) ->
                    median.put(name, seconds(list.stream().sorted().toList().get(list.size() / 2))));
            System.out.println();
            median.forEach((name, s) -> System.out.printf(Locale.ROOT, "%-20s %8.2f s%n", name, s));
            System.out.println();
            ratio(median, "Rehearsal, plain", "gunzip | psql", 1.0);
            ratio(median, "Rehearsal, custom", "pg_restore", 1.0);
            ratio(median, "Rehearsal, custom", "pg_restore -j 2", 1.2);
            if (inserts != null) {
                ratio(median, "Rehearsal, inserts", "psql, inserts", 0);
            }
        }
    }

    /** Prints {@code ours / theirs}, and whether it meets {@code target} (none when 0). */
    private static void ratio(Map<String, Double> median, String ours, String theirs, double target) {
        double ratio = median.get(ours) / median.get(theirs);
        String verdict = target == 0
                ? "(no target)"
                : String.format(Locale.ROOT, "(target <= %.1fx: %s)", target, ratio <= target ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "%-18s / %-16s = %5.2fx %s%n", ours, theirs, ratio, verdict);
    }

    /** What {@code tool --version} prints, e.g. {@code pg_restore (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)}. */
    private static String toolVersion(Path tool) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(tool.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return version;
    }

    @FunctionalInterface
    private interface Run {
        void restoreInto(String database) throws Exception;
    }

    private Duration time(Run run) throws Exception {
        String database = "rehearsal_bench_" + (++counter);
        admin("CREATE DATABASE " + database + " TEMPLATE template0");
        try {
            long start = System.nanoTime();
            run.restoreInto(database);
            return Duration.ofNanos(System.nanoTime() - start);
        } finally {
            admin("DROP DATABASE " + database);
        }
    }

    private void rehearsal(Path file, String database) {
        Fixture fixture = Fixtures.resolve(file.toString(), null, Path.of(""));
        Restorer.restore(fixture, server, database);
    }

    private void shell(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).inheritIO();
        builder.environment().put("PGHOST", server.host());
        builder.environment().put("PGPORT", Integer.toString(server.port()));
        builder.environment().put("PGUSER", server.username());
        builder.environment().put("PGPASSWORD", server.password());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + " from: " + command);
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = server.connect(server.maintenanceDatabase());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
