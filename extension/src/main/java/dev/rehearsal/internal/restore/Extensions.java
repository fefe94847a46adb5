package dev.rehearsal.internal.restore;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, before anything runs, that the server can create every extension a dump creates: an extension's files
 * must be installed on the server ({@code pg_available_extensions}), and everything that depends on a missing one
 * would fail afterwards with errors that do not say why.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class Extensions {

    /**
     * One {@code CREATE EXTENSION} of a dump.
     *
     * @param name the extension
     * @param line the 1-based line of a plain script's statement, 0 when not tied to a line
     * @param where where the dump creates it, for messages: {@code file:line} or an archive's TOC entry
     * @param statement the statement
     */
    public record Use(String name, int line, String where, String statement) {}

    private Extensions() {}

    /**
     * Throws when one of {@code uses} is not available on the server {@code connection} is connected to.
     *
     * @throws FixtureRestoreException naming each missing extension, where the dump creates it and how to get a
     *     server that has it
     */
    public static void requireAvailable(Connection connection, List<Use> uses, String location, PostgresServer server) {
        if (uses.isEmpty()) {
            return;
        }
        Set<String> available = available(connection, location);
        Map<String, Use> missing = new LinkedHashMap<>();
        for (Use use : uses) {
            if (!available.contains(use.name())) {
                missing.putIfAbsent(use.name(), use);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Use use : missing.values()) {
            lines.add(use.where() + ": " + StatementPolicy.oneLine(use.statement()));
        }
        Use first = missing.values().iterator().next();
        throw new FixtureRestoreException(
                location + " needs the extension" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing.keySet())
                        + ", which the " + server.providerName() + " PostgreSQL " + server.version() + " server at "
                        + server.host() + ":" + server.port() + " does not have (not in pg_available_extensions);"
                        + " nothing was restored.\n  " + String.join("\n  ", lines) + "\n  "
                        + howToFix(server, missing.keySet()),
                location,
                first.line(),
                null);
    }

    /** The names in {@code pg_available_extensions} (extensions whose files are installed on the server). */
    static Set<String> available(Connection connection, String location) {
        Set<String> names = new HashSet<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT name FROM pg_catalog.pg_available_extensions")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new FixtureRestoreException(
                    "Could not list the extensions available on the server to restore " + location + ": "
                            + e.getMessage(),
                    location,
                    0,
                    e);
        }
        return names;
    }

    private static String howToFix(PostgresServer server, Set<String> missing) {
        int major = server.majorVersion();
        return "Restore it on a PostgreSQL " + major + " server that has the extension installed: a container of an"
                + " image that ships it, " + ConfigurationKeys.PROVIDER + "=testcontainers (or auto) with "
                + ConfigurationKeys.TESTCONTAINERS_IMAGE + "=" + imageFor(missing, major)
                + " (Testcontainers and a Docker engine needed), or point "
                + ConfigurationKeys.EXTERNAL_URL + " (env REHEARSAL_JDBC_URL) at a server with the extension's"
                + " package (e.g. Debian's postgresql-" + major + "-<extension>)"
                + (server.providerName().equals("embedded")
                        ? "; the embedded server has only PostgreSQL's own contrib extensions."
                        : ".")
                + " An extension PostgreSQL itself dropped in a later release (adminpack in 17) needs a server of an"
                + " earlier major version.";
    }

    /** A public image that provides one of {@code missing} on {@code major}, for the message. */
    static String imageFor(Set<String> missing, int major) {
        if (missing.stream().anyMatch(name -> name.startsWith("postgis") || name.equals("address_standardizer"))) {
            return "postgis/postgis:" + major + "-3.5";
        }
        if (missing.contains("vector")) {
            return "pgvector/pgvector:pg" + major;
        }
        if (missing.contains("timescaledb")) {
            return "timescale/timescaledb:latest-pg" + major;
        }
        return "<an image of PostgreSQL " + major + " with " + String.join(", ", missing) + ">";
    }
}
