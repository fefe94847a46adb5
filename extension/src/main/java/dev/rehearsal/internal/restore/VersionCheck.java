package dev.rehearsal.internal.restore;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureRestoreException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a dump's versions with the server's before anything runs. Used for plain scripts and archive headers
 * alike.
 *
 * <ul>
 *   <li><b>Dumped from a newer major version than the server</b>: refused ({@link #check}). The dump's objects may
 *       use anything that version offers; a dump restores into the same or a newer major version only.
 *   <li><b>Written by a newer pg_dump major version than the server</b>, from a server the restoring server can
 *       take (e.g. pg_dump 18 of a PostgreSQL 17 database, restored into 17): not refused, but warned about
 *       ({@link #newerPgDump}), and a failure of the restore carries the warning ({@link #withNote}). PostgreSQL
 *       does not guarantee that such output loads (pg_dump documentation: its output "can be expected to load
 *       into server versions newer than pg_dump's version", not older ones), yet pg_dump reads the source
 *       server's catalogs, so the objects only use what the source version has; what can break are statements
 *       pg_dump adds itself, such as pg_dump 18's {@code --statistics} calls to
 *       {@code pg_restore_relation_stats()}, which PostgreSQL 17 lacks. Refusing would push a team onto a newer
 *       server than production just because their client tools are newer, and a rehearsal is worth most on
 *       production's own major version.
 * </ul>
 *
 * <p>Versions are compared by major: {@code 15.18 (Debian 15.18-0+deb12u1)}, {@code 18beta1} and {@code 17devel}
 * are 15, 18 and 17; before 10 a major has two parts ({@code 9.6.24} is 9.6). A version that does not start with
 * a number, or is absent, is not checked.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class VersionCheck {

    private static final Pattern VERSION = Pattern.compile("^\\s*(\\d{1,4})(?!\\d)(?:\\.(\\d{1,4}))?");

    private VersionCheck() {}

    /**
     * Throws when the dump comes from a newer major version than the server.
     *
     * @param dumpedFrom the "dumped from database version" of the dump's header, if known
     * @param location the fixture, as messages name it
     * @param serverVersion the server's version string, e.g. {@code 17.6}
     * @throws FixtureRestoreException naming both versions and how to fix it
     */
    public static void check(Optional<String> dumpedFrom, String location, String serverVersion) {
        problem(dumpedFrom, location, serverVersion).ifPresent(message -> {
            throw new FixtureRestoreException(message, location, 0, null);
        });
    }

    /** Why a dump from {@code dumpedFrom} cannot be restored into a server of {@code serverVersion}, if so. */
    static Optional<String> problem(Optional<String> dumpedFrom, String location, String serverVersion) {
        Optional<Major> server = major(serverVersion);
        Optional<Major> from = dumpedFrom.flatMap(VersionCheck::major);
        if (server.isEmpty() || from.isEmpty() || !from.get().isNewerThan(server.get())) {
            return Optional.empty();
        }
        return Optional.of(location + " was dumped from PostgreSQL " + dumpedFrom.get() + ", a newer major version than"
                + " the server's (" + serverVersion + "); a dump restores only into a server of the same or a newer"
                + " major version, so nothing was restored. Restore it into PostgreSQL " + from.get() + " or newer:"
                + " point " + ConfigurationKeys.EXTERNAL_URL + " (env REHEARSAL_JDBC_URL) at such a server.");
    }

    /**
     * The warning for a dump written by a newer pg_dump major version than the server's, if it is one; log it
     * before the restore and add it to a failure with {@link #withNote}.
     *
     * @param dumpedBy the "dumped by pg_dump version" of the dump's header, if known
     */
    public static Optional<String> newerPgDump(Optional<String> dumpedBy, String location, String serverVersion) {
        Optional<Major> server = major(serverVersion);
        Optional<Major> by = dumpedBy.flatMap(VersionCheck::major);
        if (server.isEmpty() || by.isEmpty() || !by.get().isNewerThan(server.get())) {
            return Optional.empty();
        }
        return Optional.of(location + " was written by pg_dump " + dumpedBy.get() + ", a newer major version than the"
                + " server's (" + serverVersion + "). PostgreSQL does not guarantee that pg_dump's output loads into an"
                + " older server: statements pg_dump adds itself may use what the server lacks (pg_dump 18's"
                + " --statistics calls pg_restore_relation_stats()). If the restore fails there, re-create the dump"
                + " with pg_dump " + server.get() + " (or without such options), or restore it into PostgreSQL "
                + by.get() + " or newer: point " + ConfigurationKeys.EXTERNAL_URL + " at such a server.");
    }

    /** {@code failure} with {@code note} added (to a failed statement's details, or to the message). */
    public static FixtureRestoreException withNote(FixtureRestoreException failure, String note) {
        FixtureRestoreException noted;
        if (failure.statement().isPresent()) {
            String detail = failure.detail().map(d -> d + "\n  ").orElse("") + "NOTE: " + note;
            noted = new FixtureRestoreException(
                    failure.location(),
                    failure.line(),
                    failure.statement().get(),
                    failure.sqlState().orElse("?????"),
                    failure.serverMessage().orElse(""),
                    detail,
                    failure.getCause());
        } else {
            noted = new FixtureRestoreException(
                    failure.getMessage() + "\n  NOTE: " + note, failure.location(), failure.line(), failure.getCause());
        }
        noted.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            noted.addSuppressed(suppressed);
        }
        return noted;
    }

    /** The major version a version string starts with, if it starts with a number. */
    static Optional<Major> major(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int second = first < 10 && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : 0;
        return Optional.of(new Major(first, second));
    }

    /** A PostgreSQL major version: {@code 17} is (17, 0), {@code 9.6} is (9, 6). */
    record Major(int first, int second) {
        boolean isNewerThan(Major other) {
            return first != other.first ? first > other.first : second > other.second;
        }

        @Override
        public String toString() {
            return first < 10 ? first + "." + second : String.valueOf(first);
        }
    }
}
