package dev.rehearsal.internal.template;

import dev.rehearsal.internal.spi.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run's claim on what it creates on a server it does not own (the external provider; also any run-mode server):
 * the databases it names ({@code rehearsal_<kind>_…_<run id>…}, the run id in the name is the marker) and the roles
 * its restores create (marked with a {@code COMMENT ON ROLE} naming the run).
 *
 * <p>The run holds a session advisory lock keyed by its run id on a connection of its own for as long as it lives;
 * the server releases it when that connection dies, whatever killed the JVM ({@code kill -9} included), and on any
 * host. At the next start, a run finds the objects whose run's lock is free, drops them and logs a note; objects of
 * live runs, and everything not named or marked by Rehearsal, are never touched. A marked role still used by some
 * database stays ({@code DROP ROLE} refuses) until that database is gone.
 *
 * <p>Internal, not API.
 */
final class RunLease implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RunLease.class.getName());
    /** The advisory lock's first key: "Rh" + 0x11, so that it collides with no application's own locks by chance. */
    private static final int LOCK_CLASS = 0x52681100;

    static final String ROLE_MARKER = "Created by Rehearsal run ";
    private static final Pattern RUN_DATABASE = Pattern.compile(
            "rehearsal_(?:[rmb]_[0-9a-f]{16}_([0-9a-f]{6})(?:_[0-9a-f]{8})?|[tv]_([0-9a-f]{6})_[0-9a-f]{8})");
    /** The database a {@code CREATE DATABASE} of {@link DatabaseAdmin} names (always quoted). */
    private static final Pattern CREATED = Pattern.compile("CREATE DATABASE \"([a-z0-9_]+)\"");

    private static final Pattern ROLE_RUN =
            Pattern.compile(Pattern.quote(ROLE_MARKER) + "([0-9a-f]{6})\\b.*", Pattern.DOTALL);

    private final PostgresServer server;
    private final String runId;
    private final Connection holder;

    private RunLease(PostgresServer server, String runId, Connection holder) {
        this.server = server;
        this.runId = runId;
        this.holder = holder;
    }

    /** Takes the lease of {@code runId} (a 6-hex-digit id) and removes what dead runs left. */
    static Optional<RunLease> take(PostgresServer server, String runId) {
        Connection holder = null;
        try {
            holder = server.connect(server.maintenanceDatabase());
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_catalog.pg_advisory_lock(?, ?)")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setInt(2, key(runId));
                lock.executeQuery().close();
            }
            RunLease lease = new RunLease(server, runId, holder);
            lease.removeDeadRuns();
            return Optional.of(lease);
        } catch (SQLException e) {
            if (holder != null) {
                try {
                    holder.close();
                } catch (SQLException ignored) {
                    // nothing held
                }
            }
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> "Rehearsal could not take its run lease on " + server + " (" + e.getMessage()
                            + "): leftovers of this run will not be recognised if it is killed");
            return Optional.empty();
        }
    }

    /** The run a Rehearsal database name belongs to, when it is a run-scoped name. */
    static Optional<String> runOf(String database) {
        Matcher matcher = RUN_DATABASE.matcher(database);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    /** Marks roles this run's restore created, so that they are removed when no longer used. */
    void markRoles(Set<String> roles) {
        for (String role : roles) {
            try (Statement statement = holder.createStatement()) {
                statement.execute("COMMENT ON ROLE " + DatabaseAdmin.quote(role) + " IS '" + ROLE_MARKER + runId
                        + " for a restore; dropped when no database uses it'");
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "Could not mark role " + role + ": " + e.getMessage());
            }
        }
    }

    /** The names of all roles now (to tell which ones a restore created). */
    Set<String> roles() {
        Set<String> names = new LinkedHashSet<>();
        try (Statement statement = holder.createStatement();
                ResultSet rows = statement.executeQuery("SELECT rolname FROM pg_catalog.pg_roles")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Could not list roles: " + e.getMessage());
        }
        return names;
    }

    /** Databases and marked roles whose run is dead: dropped, with a note. */
    private void removeDeadRuns() throws SQLException {
        stopDeadRunsCreations();
        List<String> databases = new ArrayList<>();
        try (Statement statement = holder.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE 'rehearsal\\_%'")) {
            while (rows.next()) {
                databases.add(rows.getString(1));
            }
        }
        for (String database : databases) {
            Optional<String> run = runOf(database);
            if (run.isPresent() && !run.get().equals(runId) && dead(run.get())) {
                try (Statement statement = holder.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + DatabaseAdmin.quote(database) + " WITH (FORCE)");
                    LOG.log(
                            System.Logger.Level.WARNING,
                            () -> "Rehearsal: dropped " + database + " on " + server + ", left by run " + run.get()
                                    + " that ended without cleaning up (killed?)");
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.WARNING, () -> "Could not drop the leftover " + database, e);
                }
            }
        }
        dropMarkedRoles(false);
    }

    /**
     * A killed JVM's {@code CREATE DATABASE} (a copy it was preparing ahead) goes on in its server session until the
     * statement ends, and its database appears only then: after the listing below, where nobody would drop it. Such
     * sessions of dead runs are terminated (PostgreSQL then removes the half-made database) and waited for first.
     */
    private void stopDeadRunsCreations() throws SQLException {
        List<Integer> stopped = new ArrayList<>();
        try (Statement statement = holder.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pid, query FROM pg_catalog.pg_stat_activity"
                        + " WHERE pid <> pg_catalog.pg_backend_pid() AND state = 'active'"
                        + " AND query LIKE 'CREATE DATABASE \"rehearsal\\_%'")) {
            while (rows.next()) {
                Matcher name = CREATED.matcher(rows.getString(2));
                Optional<String> run = name.lookingAt() ? runOf(name.group(1)) : Optional.empty();
                if (run.isPresent() && !run.get().equals(runId) && dead(run.get())) {
                    stopped.add(rows.getInt(1));
                }
            }
        }
        for (int pid : stopped) {
            try {
                try (PreparedStatement terminate =
                        holder.prepareStatement("SELECT pg_catalog.pg_terminate_backend(?)")) {
                    terminate.setInt(1, pid);
                    terminate.executeQuery().close();
                }
                awaitEnd(pid);
                LOG.log(
                        System.Logger.Level.INFO,
                        () -> "Rehearsal: stopped a CREATE DATABASE of a run that ended without cleaning up (session "
                                + pid + " on " + server + ")");
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, () -> "Could not stop session " + pid + ": " + e.getMessage());
            }
        }
    }

    /** Waits up to 10 s for a terminated session to be gone (its half-made database removed with it). */
    private void awaitEnd(int pid) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        try (PreparedStatement alive =
                holder.prepareStatement("SELECT 1 FROM pg_catalog.pg_stat_activity WHERE pid = ?")) {
            alive.setInt(1, pid);
            while (System.nanoTime() < deadline) {
                try (ResultSet row = alive.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Drops the marked roles of dead runs ({@code ownToo}: and of this run); a role some database still uses stays.
     */
    private void dropMarkedRoles(boolean ownToo) throws SQLException {
        List<String[]> marked = new ArrayList<>();
        try (Statement statement = holder.createStatement();
                ResultSet rows = statement.executeQuery("SELECT r.rolname, d.description FROM pg_catalog.pg_roles r"
                        + " JOIN pg_catalog.pg_shdescription d ON d.objoid = r.oid"
                        + " AND d.classoid = 'pg_catalog.pg_authid'::regclass"
                        + " WHERE d.description LIKE '" + ROLE_MARKER + "%'")) {
            while (rows.next()) {
                marked.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] role : marked) {
            Matcher matcher = ROLE_RUN.matcher(role[1]);
            if (!matcher.matches()) {
                continue;
            }
            String run = matcher.group(1);
            if (run.equals(runId) ? !ownToo : !dead(run)) {
                continue;
            }
            try (Statement statement = holder.createStatement()) {
                statement.execute("DROP ROLE IF EXISTS " + DatabaseAdmin.quote(role[0]));
                LOG.log(
                        System.Logger.Level.INFO,
                        () -> "Rehearsal: dropped role " + role[0] + " on " + server + ", created by run " + run);
            } catch (SQLException e) {
                // still owns objects or holds privileges in a database some run uses: dropped later
            }
        }
    }

    private boolean dead(String run) throws SQLException {
        try (PreparedStatement probe = holder.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?, ?)")) {
            probe.setInt(1, LOCK_CLASS);
            probe.setInt(2, key(run));
            try (ResultSet row = probe.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (PreparedStatement unlock = holder.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_CLASS);
            unlock.setInt(2, key(run));
            unlock.executeQuery().close();
        }
        return true;
    }

    private static int key(String runId) {
        return Integer.parseInt(runId, 16);
    }

    /** Drops this run's marked roles that nothing uses any more, then lets the lease go. */
    @Override
    public void close() {
        try {
            dropMarkedRoles(true);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Could not drop this run's roles: " + e.getMessage());
        }
        try {
            holder.close();
        } catch (SQLException e) {
            // the server releases the lock with the session
        }
    }
}
