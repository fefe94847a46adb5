package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a {@code pg_dumpall} script and picks the database of it a restore gets.
 *
 * <p>A cluster dump starts with pg_dumpall's header ({@code --}, {@code -- PostgreSQL database cluster dump},
 * {@code --}; pg_restore's format sniffer looks at the same bytes). Its own header names no versions: each
 * database's section carries pg_dump's {@code -- Dumped from database version …} and
 * {@code -- Dumped by pg_dump version …} lines, the same in every section of one pg_dumpall run, so the first
 * ones are the dump's.
 *
 * <p>Which database: the one named by {@code @RestoredFrom(database = …)}, which must be one of the script's; by
 * default the only database that is not a template ({@code template1}, or marked {@code IS_TEMPLATE}) and that is
 * not an empty {@code postgres}: initdb creates {@code postgres} and almost every cluster has it, so it counts
 * only when its section creates or loads something. Several candidates, or none, is an error listing them.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class ClusterDump {

    private static final String HEADER = "--\n-- PostgreSQL database cluster dump\n--\n";
    private static final String DUMPED_FROM = "-- Dumped from database version ";
    private static final String DUMPED_BY = "-- Dumped by pg_dump version ";

    /** What a cluster dump's first database section says about versions. */
    record Versions(Optional<String> dumpedFrom, Optional<String> dumpedBy) {}

    private ClusterDump() {}

    /**
     * Whether {@code script} (read from its start, closed by the caller) is a pg_dumpall script; if it is, the
     * versions its first database section names (reading stops there).
     */
    static Optional<Versions> read(InputStream script) throws IOException {
        byte[] head = script.readNBytes(HEADER.length() + 8);
        String start = new String(head, StandardCharsets.ISO_8859_1).replace("\r", "");
        if (!start.startsWith(HEADER)) {
            return Optional.empty();
        }
        Optional<String> from = Optional.empty();
        BufferedReader lines = new BufferedReader(new InputStreamReader(script, StandardCharsets.ISO_8859_1), 1 << 16);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith(DUMPED_FROM)) {
                from = Optional.of(line.substring(DUMPED_FROM.length()).strip());
            } else if (line.startsWith(DUMPED_BY)) {
                return Optional.of(new Versions(
                        from, Optional.of(line.substring(DUMPED_BY.length()).strip())));
            }
        }
        return Optional.of(new Versions(from, Optional.empty()));
    }

    /**
     * The database of the cluster dump to restore.
     *
     * @param wanted {@code @RestoredFrom(database = …)}, empty for the default
     * @throws FixtureRestoreException when {@code wanted} is not in the dump, or no single default exists; the
     *     message lists the databases and says how to pick one
     */
    static String choose(ScriptScan.Result scan, Optional<String> wanted, String location) {
        List<String> databases = scan.databases();
        if (wanted.isPresent()) {
            if (databases.contains(wanted.get())) {
                return wanted.get();
            }
            throw new FixtureRestoreException(
                    "@RestoredFrom(database = \"" + wanted.get() + "\"): the pg_dumpall script " + location
                            + " has no database " + wanted.get() + "; its databases are " + listed(databases)
                            + ". Name one of them.",
                    location,
                    0,
                    null);
        }
        List<String> candidates = new ArrayList<>();
        for (String database : databases) {
            ScriptScan.Section section = scan.sections().get(database);
            boolean template = database.equals("template1") || (section != null && section.template);
            boolean emptyPostgres = database.equals("postgres") && (section == null || section.contentStatements == 0);
            if (!template && !emptyPostgres) {
                candidates.add(database);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String example = candidates.isEmpty()
                ? databases.isEmpty() ? "app" : databases.get(databases.size() - 1)
                : candidates.get(0);
        String how = " Pick one with @RestoredFrom(value = \"" + location + "\", database = \"" + example + "\").";
        if (databases.isEmpty()) {
            throw new FixtureRestoreException(
                    location + " is a pg_dumpall script without databases (pg_dumpall --globals-only?): it holds only"
                            + " roles and tablespaces, and Rehearsal restores one database per fixture. Use a dump"
                            + " that contains the database (pg_dumpall without -g, or pg_dump).",
                    location,
                    0,
                    null);
        }
        if (candidates.isEmpty()) {
            throw new FixtureRestoreException(
                    "The pg_dumpall script " + location + " has no database other than templates and an empty"
                            + " postgres; its databases are " + listed(databases) + "." + how,
                    location,
                    0,
                    null);
        }
        throw new FixtureRestoreException(
                "The pg_dumpall script " + location + " holds several databases (" + listed(candidates)
                        + "; not counting " + listed(without(databases, candidates)) + ") and a test gets one." + how,
                location,
                0,
                null);
    }

    private static List<String> without(List<String> all, List<String> some) {
        List<String> rest = new ArrayList<>(all);
        rest.removeAll(some);
        return rest;
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
