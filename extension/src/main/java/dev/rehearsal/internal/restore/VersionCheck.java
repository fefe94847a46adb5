package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.config.Settings;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, before anything runs, a dump the server cannot be expected to restore: one taken from a newer
 * PostgreSQL major version than the server's, or written by a newer pg_dump major version than the server's.
 *
 * <p>The second rule follows PostgreSQL's own contract (pg_dump documentation: its output "can be expected to
 * load into server versions newer than pg_dump's version", but it "is not guaranteed that pg_dump's output can be
 * loaded into a server of an older major version — not even if the dump was taken from a server of that
 * version"): a newer pg_dump writes syntax and calls the older server lacks (pg_dump 17's
 * {@code SET transaction_timeout}, pg_dump 18's statistics calls), and such a restore would fail halfway with an
 * error that does not say why. Both failures name both versions and the two ways out: a server at least as new
 * as the dump, or a dump made with the pg_dump of the server's major version.
 *
 * <p>Versions are compared by major: {@code 15.18 (Debian 15.18-0+deb12u1)}, {@code 18beta1} and {@code 17devel}
 * are 15, 18 and 17; before 10 a major has two parts ({@code 9.6.24} is 9.6). A version that does not start with
 * a number, or is absent, is not checked. Used for plain scripts and archive headers alike.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class VersionCheck {

    private static final Pattern VERSION = Pattern.compile("^\\s*(\\d{1,4})(?!\\d)(?:\\.(\\d{1,4}))?");

    private VersionCheck() {}

    /**
     * Throws when the dump is newer than the server.
     *
     * @param dumpedFrom the "dumped from database version" of the dump's header, if known
     * @param dumpedBy the "dumped by pg_dump version" of the dump's header, if known
     * @param location the fixture, as messages name it
     * @param serverVersion the server's version string, e.g. {@code 17.6}
     * @throws FixtureRestoreException naming both versions and how to fix it
     */
    public static void check(
            Optional<String> dumpedFrom, Optional<String> dumpedBy, String location, String serverVersion) {
        problem(dumpedFrom, dumpedBy, location, serverVersion).ifPresent(message -> {
            throw new FixtureRestoreException(message, location, 0, null);
        });
    }

    /** The reason the dump cannot be restored into a server of {@code serverVersion}, if there is one. */
    static Optional<String> problem(
            Optional<String> dumpedFrom, Optional<String> dumpedBy, String location, String serverVersion) {
        Optional<Major> server = major(serverVersion);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        Optional<Major> from = dumpedFrom.flatMap(VersionCheck::major);
        if (from.isPresent() && from.get().isNewerThan(server.get())) {
            return Optional.of(location + " was dumped from PostgreSQL " + dumpedFrom.get() + ", a newer major version"
                    + " than the server's (" + serverVersion + "); a dump restores only into a server of the same or a"
                    + " newer major version, so nothing was restored. " + howToFix(from.get()));
        }
        Optional<Major> by = dumpedBy.flatMap(VersionCheck::major);
        if (by.isPresent() && by.get().isNewerThan(server.get())) {
            return Optional.of(location + " was written by pg_dump " + dumpedBy.get() + ", a newer major version than"
                    + " the server's (" + serverVersion + ")"
                    + dumpedFrom.map(v -> ", from PostgreSQL " + v).orElse("")
                    + "; PostgreSQL does not guarantee that pg_dump's output loads into an older server (it may use"
                    + " syntax the server lacks), so nothing was restored. " + howToFix(by.get())
                    + " Or re-create the dump with pg_dump " + server.get() + ".");
        }
        return Optional.empty();
    }

    private static String howToFix(Major needed) {
        return "Restore it into PostgreSQL " + needed + " or newer: point " + Settings.EXTERNAL_URL
                + " (env REHEARSAL_JDBC_URL) at such a server.";
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
