package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is checked before an archive restore runs anything, so that a restore that cannot succeed fails at once
 * with a message saying why, instead of halfway with a confusing error: the server must be at least as new as the
 * server the dump came from, and must offer every extension the archive creates.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class RestorePrechecks {

    private static final Pattern MAJOR = Pattern.compile("^(\\d+)(?:\\.(\\d+))?");

    private RestorePrechecks() {}

    /**
     * Refuses a dump made from a newer major version than the server's: its definitions may use syntax or catalog
     * features the older server lacks (pg_dump's output is meant for the same or a newer version).
     */
    static void requireServerNotOlder(Archive archive, PostgresServer server, String location) {
        String dumpedFrom = archive.header().dumpedFrom();
        int dumpMajor = major(dumpedFrom);
        if (dumpMajor > server.majorVersion()) {
            throw new FixtureRestoreException(
                    location + " was dumped from PostgreSQL " + dumpedFrom + " (by pg_dump "
                            + archive.header().dumpedBy() + "), a newer major version than the server it would be"
                            + " restored into (" + server.providerName() + " PostgreSQL " + server.version() + ")."
                            + " A dump restores into the same or a newer major version only: restore it into a"
                            + " PostgreSQL " + dumpMajor + " (or newer) server, e.g. an external one configured with"
                            + " rehearsal.external.url, or dump the database again with the older version's pg_dump."
                            + " Nothing was restored.",
                    location,
                    0,
                    null);
        }
    }

    /** The major version in a version string: 15 for {@code 15.18 (Debian …)}, 9 for {@code 9.6.24}; 0 if none. */
    static int major(String version) {
        Matcher matcher = MAJOR.matcher(version.strip());
        if (!matcher.find()) {
            return 0;
        }
        return Integer.parseInt(matcher.group(1));
    }

    /**
     * Refuses an archive that creates an extension the server does not have (not in {@code
     * pg_available_extensions}): everything that depends on it would fail afterwards.
     */
    static void requireExtensions(RestorePlan plan, Connection connection, PostgresServer server, String location) {
        Map<String, TocEntry> needed = new LinkedHashMap<>();
        for (RestorePlan.Step step : plan.steps()) {
            TocEntry entry = step.entry();
            if (entry.desc().equals("EXTENSION") && step.runsDefinition()) {
                needed.putIfAbsent(entry.tag(), entry);
            }
        }
        if (needed.isEmpty()) {
            return;
        }
        Set<String> available = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM pg_catalog.pg_available_extensions")) {
            while (rows.next()) {
                available.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new FixtureRestoreException(
                    "Could not list the extensions the server offers (pg_available_extensions) before restoring "
                            + location + ": " + e.getMessage(),
                    location,
                    0,
                    e);
        }
        needed.keySet().removeAll(available);
        if (needed.isEmpty()) {
            return;
        }
        String names = String.join(", ", needed.keySet());
        String entries = needed.values().stream().map(TocEntry::describe).collect(Collectors.joining(", "));
        boolean one = needed.size() == 1;
        throw new FixtureRestoreException(
                location + " needs the extension" + (one ? " " : "s ") + names + " (" + entries + "), which the"
                        + " server (" + server.providerName() + " PostgreSQL " + server.version() + " at "
                        + server.host() + ":" + server.port() + ") does not have: pg_available_extensions lists no "
                        + (one ? "such extension" : "such extensions") + ". Nothing was restored.\n"
                        + "  Restore it into a server that has " + (one ? "it" : "them") + ": install the extension's"
                        + " package on a PostgreSQL " + server.majorVersion() + " server (e.g. on Debian"
                        + " postgresql-" + server.majorVersion() + "-<extension>, or a Docker image that bundles it"
                        + " such as postgis/postgis for PostGIS) and point Rehearsal at it with rehearsal.external.url"
                        + " (rehearsal.provider=external). Rehearsal's embedded server offers PostgreSQL's contrib"
                        + " extensions only.",
                location,
                0,
                null);
    }
}
