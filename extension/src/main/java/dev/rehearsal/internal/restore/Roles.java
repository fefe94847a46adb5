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
 * Creates the roles a dump refers to as {@code NOLOGIN} roles, so ownership and privileges restore as they were
 * ({@code RoleHandling.CREATE_MISSING}), or checks that they exist ({@code RoleHandling.SKIP}).
 *
 * <p>Roles are cluster-wide and several restores may run at once, so a role another session created in the
 * meantime ({@code 42710 duplicate_object}, or a unique violation on {@code pg_authid}) counts as created, and
 * role catalog changes of one JVM are serialised on {@link #LOCK}.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class Roles {

    private static final String DUPLICATE_OBJECT = "42710";
    private static final String UNIQUE_VIOLATION = "23505";

    /** Held while a restore changes roles (create, alter, grant membership), so restores in one JVM take turns. */
    static final Object LOCK = new Object();

    private Roles() {}

    /** Whether a failed {@code CREATE ROLE} failed because the role exists. */
    static boolean isDuplicate(SQLException e) {
        return DUPLICATE_OBJECT.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /**
     * With {@code RoleHandling.SKIP}, nothing creates roles: the roles statements that still run need (a policy's
     * {@code TO role}, {@code CREATE USER MAPPING FOR role}) must exist.
     *
     * @throws FixtureRestoreException naming the missing roles and the two ways out
     */
    public static void requireExisting(Connection connection, Set<String> names, String location) {
        if (names.isEmpty()) {
            return;
        }
        Set<String> missing = new java.util.LinkedHashSet<>(names);
        missing.removeAll(existing(connection, names, location));
        if (!missing.isEmpty()) {
            throw new FixtureRestoreException(
                    location + " needs the role" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + " for statements that are not about ownership or privileges (e.g. CREATE POLICY … TO"
                            + " role, CREATE USER MAPPING FOR role), but @RestoredFrom(roles = SKIP) creates no roles"
                            + " and the server has none of that name; nothing was restored. Use roles = CREATE_MISSING"
                            + " (the default), or create the role on the server beforehand.",
                    location,
                    0,
                    null);
        }
    }

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
                synchronized (LOCK) {
                    statement.execute(sql);
                }
                created.add(name);
            } catch (SQLException e) {
                if (!isDuplicate(e)) {
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
