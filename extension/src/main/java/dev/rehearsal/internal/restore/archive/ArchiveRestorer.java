package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.RoleHandling;
import dev.rehearsal.internal.restore.Extensions;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.restore.RestoreProgress;
import dev.rehearsal.internal.restore.RoleReferences;
import dev.rehearsal.internal.restore.Roles;
import dev.rehearsal.internal.restore.VersionCheck;
import dev.rehearsal.internal.spi.PostgresServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Restores a pg_dump archive (custom, directory or tar format, read by {@link Archives}) into an existing, empty
 * database without pg_restore, like {@code pg_restore -d db --exit-on-error}.
 *
 * <p>Before anything runs: the dump must not come from a newer major version than the server ({@link VersionCheck};
 * one written by a newer pg_dump is restored with a warning, repeated in the failure if one follows),
 * and the server must offer every extension the archive creates ({@link Extensions}); then, with {@link
 * RoleHandling#CREATE_MISSING}, the roles the restore refers to (owners, grantees, policy roles) are created as
 * {@code NOLOGIN} roles if missing, while with {@link RoleHandling#SKIP} (like {@code pg_restore --no-owner
 * --no-privileges}) the roles that statements other than ownership and privileges still name must exist. Entries then run in
 * pg_restore's order ({@link RestorePlan}), each as {@link RestoreSteps} describes; the first failure stops the
 * restore with a {@link FixtureRestoreException} naming the TOC entry. Table data may be loaded on several sessions
 * at once ({@link RestoreWorkers}, like {@code pg_restore -j} for the data section).
 *
 * <p>Thread-safe (stateless; concurrent restores into different databases are fine). Internal, not API.
 */
public final class ArchiveRestorer {

    private static final System.Logger LOG = System.getLogger(ArchiveRestorer.class.getName());

    private ArchiveRestorer() {}

    /**
     * Restores {@code archive} into {@code database}, which must exist and be empty (created from template0).
     *
     * @param location the fixture location, for messages
     * @throws FixtureRestoreException when the options do not fit an archive, a precheck refuses the restore, or an
     *     entry fails (the database is then left as far as the restore got)
     */
    public static void restore(
            Archive archive, PostgresServer server, String database, RestoreOptions options, String location) {
        restore(archive, server, database, options, location, 1);
    }

    /**
     * Like {@link #restore(Archive, PostgresServer, String, RestoreOptions, String)}, loading table data on up to
     * {@code jobs} extra sessions at once ({@link RestoreWorkers}); 1 loads everything on one session, like
     * pg_restore without {@code -j}. The restored database is the same either way.
     */
    public static void restore(
            Archive archive,
            PostgresServer server,
            String database,
            RestoreOptions options,
            String location,
            int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more, was " + jobs);
        }
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(location, "location");
        if (options.database().isPresent()) {
            throw new FixtureRestoreException(
                    "A database to restore (\"" + options.database().get() + "\") was named for " + location
                            + ", which is a " + archive.header().format().description() + " of the single database "
                            + archive.header().databaseName() + ". Choosing a database applies to pg_dumpall cluster"
                            + " dumps only (pg_dumpall writes plain scripts, never archives); remove the database"
                            + " attribute.",
                    location,
                    0,
                    null);
        }
        ArchiveHeader header = archive.header();
        VersionCheck.check(present(header.dumpedFrom()), location, server.version());
        Optional<String> newerPgDump = VersionCheck.newerPgDump(present(header.dumpedBy()), location, server.version());
        newerPgDump.ifPresent(warning -> LOG.log(System.Logger.Level.WARNING, warning));
        RestoreContext context = new RestoreContext(location, archive, RestoreProgress.of(location));
        RestorePlan plan = RestorePlan.of(archive.entries(), options.roles());
        RestoreSteps steps = new RestoreSteps(context, plan, options.roles());
        try (RestoreSession session = RestoreSession.open(context, server, database)) {
            Extensions.requireAvailable(session.connection(), extensions(plan), location, server);
            Set<String> roles = roles(plan, steps, options.roles(), context);
            if (options.roles() == RoleHandling.SKIP) {
                Roles.requireExisting(session.connection(), roles, location);
            } else {
                Roles.createMissing(session.forRoles(), roles, location);
            }
            context.startProgress();
            try (RestoreWorkers workers = new RestoreWorkers(jobs, context, server, database, steps, plan)) {
                RestoreSchedule.run(plan, steps, session, workers, jobs > 1, archive);
            } catch (FixtureRestoreException e) {
                throw newerPgDump.map(note -> VersionCheck.withNote(e, note)).orElse(e);
            }
        }
        context.logNotes();
    }

    /** The {@code CREATE EXTENSION} entries the restore runs. */
    static List<Extensions.Use> extensions(RestorePlan plan) {
        List<Extensions.Use> uses = new ArrayList<>();
        for (RestorePlan.Step step : plan.steps()) {
            TocEntry entry = step.entry();
            if (entry.desc().equals("EXTENSION") && step.runsDefinition()) {
                uses.add(new Extensions.Use(entry.tag(), 0, entry.describe(), entry.defn()));
            }
        }
        return uses;
    }

    private static Optional<String> present(String version) {
        return Optional.of(version).filter(v -> !v.isBlank());
    }

    /**
     * The roles the statements of this restore refer to: owners (unless ownership is skipped), grantees and
     * grantors of the ACL entries that run, roles named by policies and default privileges.
     */
    static Set<String> roles(RestorePlan plan, RestoreSteps steps, RoleHandling handling, RestoreContext context) {
        Set<String> referenced = new LinkedHashSet<>();
        Set<String> created = new HashSet<>();
        boolean standardConformingStrings = context.standardConformingStrings();
        for (RestorePlan.Step step : plan.steps()) {
            if (!step.runsDefinition()) {
                continue;
            }
            for (String statement : steps.statements(step.entry())) {
                RoleReferences.collect(statement, standardConformingStrings, referenced, created);
            }
            if (handling == RoleHandling.CREATE_MISSING) {
                for (String statement : RestoreSteps.ownerStatements(step.entry())) {
                    RoleReferences.collect(statement, standardConformingStrings, referenced, created);
                }
            }
        }
        referenced.removeAll(created);
        return referenced;
    }
}
