package dev.rehearsal.internal.restore;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.config.Settings;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Progress lines of one restore through {@link System.Logger} ({@code dev.rehearsal.internal.restore.Restorer},
 * {@code INFO}), at most one per interval ({@value #INTERVAL}, default 5 seconds; the first after one interval, so a
 * quick restore prints none):
 *
 * <pre>
 * Restoring backups/big.sql.gz: 41.2 of 96.0 MB read (43%), 1,234,567 COPY rows, 2,345 statements, 8.1 MB/s, about 7 s left
 * </pre>
 *
 * <p>Bytes are the stored (compressed) input: the file as read under its decompression; for an archive, the data
 * parts of its tables. The percentage and the estimate need the stored total, left out when it is unknown. A line
 * is written when work is noticed ({@link #tick()} on every read of the input and every statement), never by a timer
 * thread; a single long statement (an index build) therefore prints nothing while it runs.
 *
 * <p>Thread-safe: ticks may come from every session of a restore at once. Internal, not API.
 */
public final class RestoreProgress {

    /** Seconds between two progress lines of one restore (env {@code REHEARSAL_PROGRESS_INTERVAL}); 0: every tick. */
    public static final String INTERVAL = ConfigurationKeys.PROGRESS_INTERVAL;

    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(Restorer.class.getName());

    private final String location;
    private final long intervalNanos;
    private final AtomicLong nextLine;
    private volatile Phase phase;

    private record Phase(
            String verb,
            long total,
            long start,
            LongSupplier bytes,
            LongSupplier rows,
            String rowUnit,
            LongSupplier statements) {}

    private RestoreProgress(String location, Duration interval) {
        this.location = location;
        this.intervalNanos = interval.toNanos();
        this.nextLine = new AtomicLong(System.nanoTime() + intervalNanos);
        this.phase = new Phase("Restoring", -1, System.nanoTime(), () -> 0, () -> 0, "rows", () -> 0);
    }

    /** Progress of restoring {@code location}, at the configured interval. */
    public static RestoreProgress of(String location) {
        return new RestoreProgress(location, interval(Settings.fromSystem()));
    }

    /** Progress of restoring {@code location}, at most one line per {@code interval}. */
    static RestoreProgress of(String location, Duration interval) {
        return new RestoreProgress(location, interval);
    }

    /**
     * The configured interval.
     *
     * @throws IllegalArgumentException when the value is not a whole number of seconds, 0 or more
     */
    static Duration interval(Settings settings) {
        return settings.get(INTERVAL).map(RestoreProgress::parseSeconds).orElse(DEFAULT_INTERVAL);
    }

    private static Duration parseSeconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid value [" + value + "] for configuration key [" + INTERVAL
                + "]: expected a whole number of seconds between progress lines, 0 or more (default "
                + DEFAULT_INTERVAL.toSeconds() + ")");
    }

    /**
     * Starts a phase: lines now say {@code verb} and count from here.
     *
     * @param total stored bytes this phase reads in all, or −1 when unknown
     * @param bytes stored bytes read so far in this phase
     * @param rows rows loaded so far, or {@code () -> 0}
     * @param rowUnit how rows are named in the line, e.g. {@code "COPY rows"}
     * @param statements statements run so far, or {@code () -> 0} when not counted
     */
    public void phase(
            String verb, long total, LongSupplier bytes, LongSupplier rows, String rowUnit, LongSupplier statements) {
        phase = new Phase(verb, total, System.nanoTime(), bytes, rows, rowUnit, statements);
    }

    /** Writes a line if the interval has passed since the last one (or since the start). */
    public void tick() {
        long now = System.nanoTime();
        long next = nextLine.get();
        if (now - next >= 0 && nextLine.compareAndSet(next, now + intervalNanos)) {
            if (LOG.isLoggable(System.Logger.Level.INFO)) {
                LOG.log(System.Logger.Level.INFO, line(now));
            }
        }
    }

    /** {@code raw} counting the bytes read into {@code counter}, with a {@link #tick()} after every read. */
    public InputStream counting(InputStream raw, LongAdder counter) {
        return new FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counter.increment();
                }
                tick();
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counter.add(n);
                }
                tick();
                return n;
            }
        };
    }

    /** The line for the current phase at {@code now}. */
    String line(long now) {
        Phase current = phase;
        long read = current.bytes().getAsLong();
        double seconds = Math.max(1e-3, (now - current.start()) / 1e9);
        double rate = read / seconds;
        StringBuilder line =
                new StringBuilder(current.verb()).append(' ').append(location).append(": ");
        if (current.total() > 0) {
            long shown = Math.min(read, current.total());
            Unit unit = Unit.of(current.total());
            line.append(unit.format(shown))
                    .append(" of ")
                    .append(unit.format(current.total()))
                    .append(' ')
                    .append(unit.label)
                    .append(" read (")
                    .append(shown * 100 / current.total())
                    .append("%)");
        } else {
            Unit unit = Unit.of(read);
            line.append(unit.format(read)).append(' ').append(unit.label).append(" read");
        }
        long rows = current.rows().getAsLong();
        if (rows > 0) {
            line.append(", ")
                    .append(String.format(Locale.ROOT, "%,d", rows))
                    .append(' ')
                    .append(current.rowUnit());
        }
        long statements = current.statements().getAsLong();
        if (statements > 0) {
            line.append(", ")
                    .append(String.format(Locale.ROOT, "%,d", statements))
                    .append(statements == 1 ? " statement" : " statements");
        }
        Unit rateUnit = Unit.of((long) rate);
        line.append(", ")
                .append(rateUnit.format((long) rate))
                .append(' ')
                .append(rateUnit.label)
                .append("/s");
        if (current.total() > 0) {
            if (read >= current.total()) {
                line.append(", all read, finishing");
            } else if (rate > 0) {
                long left = (long) Math.ceil((current.total() - read) / rate);
                line.append(", about ").append(duration(left)).append(" left");
            }
        }
        return line.toString();
    }

    /**
     * The stored size of a file or classpath resource named by {@link Fixture#source()}, or −1 when it cannot be
     * told.
     */
    static long storedSize(String source) {
        try {
            if (source.startsWith("file:") || source.startsWith("jar:")) {
                return URI.create(source).toURL().openConnection().getContentLengthLong();
            }
            return Files.size(Path.of(source));
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
    }

    /** MB from a megabyte on, else kB; one decimal. */
    private enum Unit {
        KB("kB", 1e3),
        MB("MB", 1e6);

        private final String label;
        private final double size;

        Unit(String label, double size) {
            this.label = label;
            this.size = size;
        }

        static Unit of(long bytes) {
            return bytes >= 1_000_000 ? MB : KB;
        }

        String format(long bytes) {
            return String.format(Locale.ROOT, "%.1f", bytes / size);
        }
    }

    private static String duration(long seconds) {
        return seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
