package dev.rehearsal.internal.migrate.prisma;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Renders an instant as Rust chrono's {@code Display} of a {@code DateTime<Utc>}, as Prisma's P3009 shows it. */
final class ChronoFormat {
    private ChronoFormat() {}

    /** E.g. {@code 2025-04-21 16:09:45.154896 UTC}; the fraction has 0, 3, 6 or 9 digits, as chrono prints it. */
    static String utc(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        int nanos = t.getNano();
        String fraction;
        if (nanos == 0) {
            fraction = "";
        } else if (nanos % 1_000_000 == 0) {
            fraction = String.format(".%03d", nanos / 1_000_000);
        } else if (nanos % 1_000 == 0) {
            fraction = String.format(".%06d", nanos / 1_000);
        } else {
            fraction = String.format(".%09d", nanos);
        }
        return String.format(
                        "%04d-%02d-%02d %02d:%02d:%02d",
                        t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond())
                + fraction + " UTC";
    }
}
