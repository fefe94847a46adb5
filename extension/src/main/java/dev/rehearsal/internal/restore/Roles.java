package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates the roles a dump refers to as {@code NOLOGIN} roles, so ownership and privileges restore as they were.
 *
 * <p>Roles are cluster-wide and several restores may run at once, so a role another session created in the
 * meantime ({@code 42710 duplicate_object}, or a unique violation on {@code pg_authid}) counts as created.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class Roles {

    private static final String DUPLICATE_OBJECT = "42710";
    private static final String UNIQUE_VIOLATION = "23505";

    private Roles() {}

    /** Creates the roles among {@code names} that do not exist yet; returns the ones it created. */
    public static List<String> createMissing(Connection connection, Set<String> names, String location) {
        List<String> created = new ArrayList<>();
        if (names.isEmpty()) {
            return created;
        }
        Set<String> existing = existing(connection, names, location);
        for (String name : names) {
            if (existing.contains(name)) {
                continue;
            }
            String sql = "CREATE ROLE " + quoteIdentifier(name) + " NOLOGIN";
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                created.add(name);
            } catch (SQLException e) {
                if (!DUPLICATE_OBJECT.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new FixtureRestoreException(
                            "Could not create the role " + name + " that " + location + " refers to (owner or"
                                    + " grantee): " + e.getMessage() + "\n  Rehearsal creates the roles a dump"
                                    + " refers to before restoring it, which needs a user with CREATEROLE; create the"
                                    + " role beforehand or connect as a user that may create roles.",
                            location,
                            0,
                            e);
                }
            }
        }
        return created;
    }

    private static Set<String> existing(Connection connection, Set<String> names, String location) {
        Set<String> existing = new HashSet<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT rolname FROM pg_catalog.pg_roles")) {
            while (rows.next()) {
                existing.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new FixtureRestoreException(
                    "Could not look up the roles " + location + " refers to: " + e.getMessage(), location, 0, e);
        }
        existing.retainAll(names);
        return existing;
    }

    static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
