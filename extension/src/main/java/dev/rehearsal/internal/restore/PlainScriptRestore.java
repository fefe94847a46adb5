package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.RoleHandling;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Restores a plain script (pg_dump {@code -Fp}, pg_dumpall, {@code pg_restore -f} output; any compression
 * {@link Fixture#open()} undoes) without psql, in four steps, the first three before anything runs:
 *
 * <ol>
 *   <li>recognise a pg_dumpall cluster dump ({@link ClusterDump}) and check the versions ({@link VersionCheck}: a
 *       dump from a newer major version is refused; one written by a newer pg_dump is restored with a warning,
 *       which a failure repeats);
 *   <li>scan the whole script ({@link ScriptScan}): refused constructs, the roles and extensions it needs, a
 *       cluster dump's databases, of which one is chosen;
 *   <li>check the extensions ({@link Extensions}), then create the roles the script refers to but does not create
 *       as {@code NOLOGIN} roles ({@link RoleHandling#CREATE_MISSING}) or require them to exist
 *       ({@link RoleHandling#SKIP}: only statements that are not about ownership or privileges, such as a policy's
 *       {@code TO role}, still need a role);
 *   <li>run it ({@link ScriptExecution}) under a {@link StatementPolicy}, and log what was left out
 *       ({@link RestoreNotes}).
 * </ol>
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class PlainScriptRestore {

    /** What a restore did: the fixture's description and the notes on what it left out. */
    record Outcome(FixtureInfo info, List<String> notes) {}

    private static final System.Logger LOG = System.getLogger(Restorer.class.getName());

    private PlainScriptRestore() {}

    static Outcome restore(Fixture fixture, PostgresServer server, String database, RestoreOptions options) {
        long start = System.nanoTime();
        String location = fixture.location();
        Optional<ClusterDump.Versions> cluster;
        try (InputStream in = fixture.openForRestore()) {
            cluster = ClusterDump.read(in);
        } catch (IOException e) {
            throw unreadable(location, e);
        }
        if (options.database().isPresent() && cluster.isEmpty()) {
            throw Restorer.databaseOnlyForClusterDumps(fixture, options, "a pg_dump script of one database");
        }
        Optional<String> dumpedFrom =
                fixture.dumpedFromVersion().or(() -> cluster.flatMap(ClusterDump.Versions::dumpedFrom));
        Optional<String> dumpedBy = fixture.dumpedByVersion().or(() -> cluster.flatMap(ClusterDump.Versions::dumpedBy));
        VersionCheck.check(dumpedFrom, location, server.version());
        Optional<String> newerPgDump = VersionCheck.newerPgDump(dumpedBy, location, server.version());
        newerPgDump.ifPresent(warning -> LOG.log(System.Logger.Level.WARNING, warning));

        RestoreProgress progress = RestoreProgress.of(location);
        long total = RestoreProgress.storedSize(fixture.source());
        LongAdder scanned = new LongAdder();
        progress.phase("Checking", total, scanned::sum, () -> 0, "COPY rows", () -> 0);
        ScriptScan.Result scan;
        try (InputStream in = fixture.openForRestore(progress, scanned)) {
            scan = ScriptScan.scan(in, location, options.roles(), cluster.isPresent());
        } catch (IOException e) {
            throw unreadable(location, e);
        }
        String chosen = cluster.isPresent() ? ClusterDump.choose(scan, options.database(), location) : null;
        Set<String> aliases = chosen != null ? Set.of(chosen) : scan.databaseAliases();
        RestoreNotes notes = new RestoreNotes();
        StatementPolicy policy = StatementPolicy.restore(options.roles(), chosen, aliases, database, notes);
        try (ScriptExecution execution = ScriptExecution.open(server, database, location, policy, chosen)) {
            Extensions.requireAvailable(execution.connection(), scan.extensions(chosen), location, server);
            Set<String> roles = scan.referencedRoles(chosen);
            if (options.roles() == RoleHandling.SKIP) {
                Roles.requireExisting(execution.connection(), roles, location);
            } else {
                execution.createMissingRoles(roles);
            }
            LongAdder read = new LongAdder();
            try (InputStream in = fixture.openForRestore(progress, read)) {
                execution.run(in, progress, total, read);
            } catch (IOException e) {
                throw unreadable(location, e);
            } catch (FixtureRestoreException e) {
                throw newerPgDump.map(note -> VersionCheck.withNote(e, note)).orElse(e);
            }
        }
        notes.log(location);
        FixtureInfo info = fixture.info(Duration.ofNanos(System.nanoTime() - start));
        if (cluster.isPresent()) {
            info = new FixtureInfo(
                    info.location(),
                    info.source(),
                    info.sha256(),
                    info.format() + ", pg_dumpall cluster script: database " + chosen,
                    dumpedFrom,
                    dumpedBy,
                    info.restoreDuration());
        }
        return new Outcome(info, notes.lines());
    }

    private static FixtureRestoreException unreadable(String location, IOException e) {
        return new FixtureRestoreException("Could not read " + location + ": " + e.getMessage(), location, 0, e);
    }
}
