package dev.rehearsal.internal.template;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.Preflight;
import dev.rehearsal.PreflightFinding;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.cache.CacheSettings;
import dev.rehearsal.internal.cache.FileLocks;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationListener;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationRequest;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationSnapshot;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.preflight.Diagnostician;
import dev.rehearsal.internal.preflight.FailedUnit;
import dev.rehearsal.internal.preflight.StatementRecorder;
import dev.rehearsal.internal.report.CommittedRows;
import dev.rehearsal.internal.report.MigrationRecord;
import dev.rehearsal.internal.report.RecordedRun;
import dev.rehearsal.internal.report.Report;
import dev.rehearsal.internal.report.RunReport;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.restore.Restorer;
import dev.rehearsal.internal.server.PersistentCluster;
import dev.rehearsal.internal.spi.CopiesTablespace;
import dev.rehearsal.internal.spi.PostgresServer;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Does the expensive work once: restores each fixture once into a template database (key: fixture bytes + server
 * version + restore options), migrates each (template, migration files, tool, tool version, target, settings) once
 * into a second template, and clones them per test with {@code CREATE DATABASE … TEMPLATE}. Failures are remembered
 * too, so every test using a broken fixture fails at once with the same story.
 *
 * <p>How long templates live ({@link CacheSettings.Mode}): {@code persistent} (the embedded provider's shared server:
 * templates are named by their content keys and found again by later runs and other JVMs, see {@link TemplateStore}),
 * {@code run} (dropped by {@link #close()}; also what the external provider always does) or {@code off} (every
 * request builds its own template).
 *
 * <p>Thread-safe: concurrent requests for the same key wait for one computation (across JVMs too, when persistent).
 * {@link #close()} drops every database the cache created for this run only, and logs one summary line per fixture.
 */
public final class TemplateCache implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TemplateCache.class.getName());

    private final PostgresServer server;
    private final DatabaseAdmin admin;
    private final String runId;
    private final CacheSettings.Mode mode;
    private final TemplateStore store;
    private final Map<String, Outcome<RestoredTemplate>> restored = new ConcurrentHashMap<>();
    private final Map<String, Outcome<MigratedTemplate>> migrated = new ConcurrentHashMap<>();
    private final Map<String, Outcome<String>> beforeViews = new ConcurrentHashMap<>();
    private final Map<String, Outcome<Preflight>> preflights = new ConcurrentHashMap<>();
    private final List<String> created = new CopyOnWriteArrayList<>();
    /** Test copies prepared ahead, per template, oldest first; taking one removes it (handed out once). */
    private final Map<String, PreparedCopies> ahead = new ConcurrentHashMap<>();
    /** Prepares the copies ahead on up to {@link #MAX_AHEAD} daemon threads; created on first use. */
    private java.util.concurrent.ExecutorService prefetcher;
    /** Drops the test copies handed back, one at a time, on a daemon thread; created on first use. */
    private java.util.concurrent.ExecutorService dropper;
    /** The drops not finished yet; {@link #close()} waits for them. */
    private final java.util.concurrent.Phaser drops = new java.util.concurrent.Phaser(1);
    /** Set by {@link #close()}: nothing more is prepared ahead, and copies not started yet are not made. */
    private volatile boolean closing;

    /**
     * The most copies prepared ahead of one template at a time (and clones made at once). A template starts with one;
     * each test that has to wait for its copy (the tests take copies faster than one clone at a time makes them) adds
     * one, up to this bound. {@code CREATE DATABASE … STRATEGY FILE_COPY} mostly waits (for the checkpoints it
     * requests, which concurrent clones share), so clones made side by side take little longer than one.
     */
    static final int MAX_AHEAD = 3;
    /** Migration files read once per run: their ids and fingerprint key the migrated templates. */
    private final Map<ProbeKey, ToolMigrations> probes = new ConcurrentHashMap<>();
    /** The migrated templates' keys, by restored template key, probe and target. */
    private final Map<List<Object>, TemplateKey> migratedKeys = new ConcurrentHashMap<>();
    /** What each fixture cost this run, for the summary line; by fixture location. */
    private final Map<String, FixtureSummary> summaries = new ConcurrentHashMap<>();
    /** The fixture location behind each template, to count its copies in the summary. */
    private final Map<String, String> templateFixtures = new ConcurrentHashMap<>();

    /** Where restores and migration runs are reported ({@link RunReport#OFF} until {@link #report} is called). */
    private volatile RunReport report = RunReport.OFF;

    /** The migration files read once per run, by folder: every request of a folder in the run gets the same files. */
    private final Map<java.nio.file.Path, MigrationSnapshot> snapshots = new ConcurrentHashMap<>();

    private record ProbeKey(MigrationSnapshot files, MigrationTool tool, MigrationOptions options) {
        static ProbeKey of(MigrationRequest request) {
            return new ProbeKey(request.files(), request.tool(), request.options());
        }
    }

    private volatile TimeLimits limits = TimeLimits.defaults();
    /** The free space in the copies' tablespace in memory, read before each copy (statvfs). */
    private volatile java.util.function.ToLongFunction<java.nio.file.Path> memorySpace = TemplateCache::usableSpace;
    /** {@code pg_database_size} of the templates copies were made of (-1: unknown). */
    private final Map<String, Long> templateSizes = new ConcurrentHashMap<>();
    /** Left free in the tablespace in memory beyond the copies (the server's own shared memory lives there too). */
    static final long MEMORY_MARGIN = 32L << 20;
    /** Run and off modes: this run's claim on its databases and roles, and the clean-up of dead runs' leftovers. */
    private final Optional<RunLease> lease;

    /** A cache whose templates live as long as it does ({@code run} mode). */
    public TemplateCache(PostgresServer server) {
        this(server, CacheSettings.Mode.RUN, CacheSettings.DEFAULT_MAX_SIZE);
    }

    /**
     * A cache in {@code mode}; {@code persistent} applies to a server shared through the cache directory (the
     * embedded provider) and is {@code run} otherwise. A persistent cache cleans up what earlier runs left and evicts
     * templates beyond {@code maxSizeBytes} now.
     */
    public TemplateCache(PostgresServer server, CacheSettings.Mode mode, long maxSizeBytes) {
        this.server = server;
        this.admin = new DatabaseAdmin(server);
        Optional<PersistentCluster> cluster =
                mode == CacheSettings.Mode.PERSISTENT ? PersistentCluster.of(server) : Optional.empty();
        this.mode = cluster.isPresent() || mode != CacheSettings.Mode.PERSISTENT ? mode : CacheSettings.Mode.RUN;
        this.store = cluster.map(c -> new TemplateStore(c, server, admin)).orElse(null);
        this.runId = store == null
                ? HexFormat.of().formatHex(randomBytes(3))
                : store.ownerId() + HexFormat.of().formatHex(randomBytes(2));
        if (store != null) {
            store.cleanUp(maxSizeBytes);
        }
        this.lease = store == null ? RunLease.take(server, runId) : Optional.empty();
    }

    /** Bounds restores and migration statements by {@code limits} (default: {@link TimeLimits#defaults()}). */
    public TemplateCache withTimeLimits(TimeLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
        return this;
    }

    /**
     * Loads what reading the persistent cache's metadata needs on a daemon thread, to overlap with a server start;
     * harmless when it is not used.
     */
    public static void warmUpInBackground() {
        Thread thread = new Thread(TemplateStore::warmUp, "rehearsal-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    public PostgresServer server() {
        return server;
    }

    /** Reports this cache's restores and migration runs (cache hits included) to {@code report}. */
    public void report(RunReport report) {
        this.report = report;
    }

    /** Where this cache reports ({@link RunReport#OFF} unless {@link #report} was called). */
    public RunReport runReport() {
        return report;
    }

    /** Whether templates outlive this run (the {@code persistent} mode on a shared server). */
    public boolean persistent() {
        return store != null;
    }

    /**
     * How a person connects to a kept copy after the run, when the cache is persistent: the server's command; empty
     * otherwise.
     */
    public Optional<String> connectCommand(String database) {
        return store == null ? Optional.empty() : Optional.of(store.cluster().connectCommand(database));
    }

    /**
     * The template holding {@code fixture} as restored with {@code options}; restores it on first use. The key is
     * the fixture's bytes, the server version and the options, so the same file restored with other options is
     * another template.
     */
    public RestoredTemplate restored(Fixture fixture, RestoreOptions options) {
        TemplateKey key = TemplateKey.restored(fixture, server.version(), options);
        String memo = mode == CacheSettings.Mode.OFF ? key.key() + runId + randomHex() : key.key();
        RestoredTemplate template = restored.computeIfAbsent(memo, k -> new Outcome<>())
                .get(() -> store != null
                        ? restorePersistent(fixture, options, key)
                        : restoreForRun(fixture, options, key));
        templateFixtures.put(template.database(), fixture.location());
        return template;
    }

    private RestoredTemplate restoreForRun(Fixture fixture, RestoreOptions options, TemplateKey key) {
        String name = name("r", key.key());
        admin.createEmpty(name);
        created.add(name);
        long started = System.nanoTime();
        try {
            FixtureInfo info = timedRestore(fixture, name, options);
            admin.sealTemplate(name);
            summary(fixture.location()).restore("restored in " + millis(System.nanoTime() - started));
            report.restored(fixture.info(Duration.ZERO), (System.nanoTime() - started) / 1_000_000, false);
            return new RestoredTemplate(name, key.key(), key.slot(), info);
        } catch (RuntimeException e) {
            if (e instanceof FixtureRestoreException) {
                report.restoreFailed(
                        fixture.info(Duration.ZERO), (System.nanoTime() - started) / 1_000_000, false, e.getMessage());
            }
            dropQuietly(name, e);
            throw e;
        }
    }

    @SuppressWarnings("try") // the lock is held for the body
    private RestoredTemplate restorePersistent(Fixture fixture, RestoreOptions options, TemplateKey key) {
        String location = fixture.location();
        try (FileLocks.Held lock = store.lock(key)) {
            Optional<TemplateEntry> hit = store.find(key, "restored");
            if (hit.isPresent()) {
                TemplateEntry entry = hit.get();
                log("restore of " + location, "restore", "hit", entry);
                summary(location).restore("cached (" + entry.buildMillis() + " ms when built)");
                if (entry.failure() != null) {
                    FixtureRestoreException failure = restoreFailure(entry.failure());
                    report.restoreFailed(fixture.info(Duration.ZERO), entry.buildMillis(), true, failure.getMessage());
                    throw failure;
                }
                report.restored(fixture.info(Duration.ZERO), entry.buildMillis(), true);
                return new RestoredTemplate(
                        entry.database(),
                        key.key(),
                        key.slot(),
                        fixture.info(Duration.ofMillis(entry.buildMillis()))
                                .restoredOn("PostgreSQL " + server.version() + " (" + server.providerName() + ")"));
            }
            String why = store.whyMissing(key, location);
            String build = store.buildName(key);
            long logMark = store.serverLogSize();
            long started = System.nanoTime();
            FixtureInfo info;
            try {
                admin.drop(build);
                admin.createEmpty(build);
                info = timedRestore(fixture, build, options);
            } catch (FixtureRestoreException e) {
                dropQuietly(build, e);
                checkSpace(e, "restoring " + location, logMark);
                long took = (System.nanoTime() - started) / 1_000_000;
                if (CachedFailure.deterministic(e.sqlState().orElse(null), e.getCause())) {
                    store.publishFailure(key, "restored", CachedFailure.of(e), took);
                }
                LOG.log(
                        System.Logger.Level.INFO,
                        () -> "Rehearsal cache: restore of " + location + ": miss (" + why
                                + "); failed after " + took + " ms"
                                + (CachedFailure.deterministic(e.sqlState().orElse(null), e.getCause())
                                        ? ", failure remembered"
                                        : ", not remembered (the failure may be transient)"));
                summary(location).restore("failed after " + took + " ms");
                report.restoreFailed(fixture.info(Duration.ZERO), took, false, e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                dropQuietly(build, e);
                checkSpace(e, "restoring " + location, logMark);
                throw e;
            }
            long took = (System.nanoTime() - started) / 1_000_000;
            admin.sealTemplate(build);
            String name = store.publish(
                    key,
                    "restored",
                    build,
                    new TemplateEntry(
                            TemplateEntry.FORMAT,
                            "restored",
                            key.key(),
                            key.slot(),
                            null,
                            key.inputs(),
                            null,
                            took,
                            0,
                            null));
            LOG.log(
                    System.Logger.Level.INFO,
                    () -> "Rehearsal cache: restore of " + location + ": miss (" + why + "); restored in " + took
                            + " ms into " + name);
            summary(location).restore("restored in " + took + " ms (miss: " + why + ")");
            report.restored(fixture.info(Duration.ZERO), took, false);
            return new RestoredTemplate(name, key.key(), key.slot(), info);
        }
    }

    /**
     * {@link Restorer#restore} bounded by {@link TimeLimits#restore()}: past it, the statements running are cancelled
     * on the server and the failure names the limit, the statement and the setting.
     */
    private FixtureInfo timedRestore(Fixture fixture, String database, RestoreOptions options) {
        SessionWatchdog watchdog = SessionWatchdog.total(server, database, limits.restore());
        FixtureInfo info;
        // Roles outlive databases only on a server that is not Rehearsal's own (the external provider): there, the
        // roles a restore creates are marked and dropped when no database uses them any more.
        boolean external = "external".equals(server.providerName());
        Set<String> rolesBefore = external ? lease.map(RunLease::roles).orElse(Set.of()) : Set.of();
        try {
            info = Restorer.restore(fixture, server, database, options);
        } catch (RuntimeException e) {
            markNewRoles(external, rolesBefore);
            watchdog.close();
            if (watchdog.fired()) {
                throw new FixtureRestoreException(
                        "The restore of " + fixture.location() + " did not finish within "
                                + TimeLimits.describe(watchdog.limit()) + " (" + ConfigurationKeys.RESTORE_TIMEOUT
                                + "): Rehearsal cancelled the statement that was running on the server:\n    "
                                + FixtureRestoreException.excerpt(watchdog.cancelledStatement())
                                + "\n  Nothing of this restore keeps running. Raise "
                                + ConfigurationKeys.RESTORE_TIMEOUT
                                + " (e.g. 2h) if the backup really takes that long.\n  The restore reported: "
                                + e.getMessage(),
                        fixture.location(),
                        e instanceof FixtureRestoreException f ? f.line() : 0,
                        e);
            }
            if (e instanceof FixtureRestoreException f
                    && f.statement().isPresent()
                    && f.sqlState().filter(INSUFFICIENT_PRIVILEGE::equals).isPresent()) {
                throw new FixtureRestoreException(
                        f.location(),
                        f.line(),
                        f.statement().get(),
                        f.sqlState().get(),
                        f.serverMessage().orElse(""),
                        (f.detail().map(d -> d + "\n  ").orElse("")) + privilegeNote(),
                        f);
            }
            if (e instanceof FixtureRestoreException f && f.statement().isEmpty() && refusedByPrivileges(f)) {
                // an archive's TOC entry: the message already names the entry and the statement
                throw new FixtureRestoreException(f.getMessage() + "\n  " + privilegeNote(), f.location(), f.line(), f);
            }
            throw e;
        }
        markNewRoles(external, rolesBefore);
        watchdog.close();
        return info;
    }

    /** Roles that appeared during a restore were created by it: marked for removal when nothing uses them. */
    private void markNewRoles(boolean external, Set<String> before) {
        if (!external) {
            return;
        }
        lease.ifPresent(held -> {
            Set<String> created = new java.util.LinkedHashSet<>(held.roles());
            created.removeAll(before);
            held.markRoles(created);
        });
    }

    /**
     * A build that failed because the server ran out of disk space (SQLSTATE 53100, or its log says so since the build
     * began: a full disk under the WAL makes the server restart instead of failing one statement) or another resource
     * (class 53)
     * says so, naming the persistent data directory and the settings that move or bound it, instead of telling the
     * story of the statement that happened to hit the limit.
     */
    private void checkSpace(RuntimeException failure, String what, long logMark) {
        String sqlState = null;
        for (Throwable t = failure; t != null && sqlState == null; t = t.getCause()) {
            if (t instanceof FixtureRestoreException e) {
                sqlState = e.sqlState().orElse(null);
            } else if (t instanceof MigrationFailedException e) {
                sqlState = e.details().sqlState();
            } else if (t instanceof java.sql.SQLException e) {
                sqlState = e.getSQLState();
            }
        }
        boolean diskFull = "53100".equals(sqlState) || store.serverLogSays(logMark, "No space left on device");
        if (!diskFull && (sqlState == null || !sqlState.startsWith("53"))) {
            return;
        }
        throw new RehearsalException(
                "The template cache's server ran out of "
                        + (diskFull ? "disk space" : "a resource (SQLSTATE " + sqlState + ")")
                        + " while " + what + ": the data directory is "
                        + store.cluster().directory().resolve("data")
                        + ". Nothing was kept of this build. Free space there, lower "
                        + ConfigurationKeys.CACHE_MAX_SIZE
                        + ", or set " + ConfigurationKeys.CACHE_DIR
                        + " to a directory on a larger disk. The server said: "
                        + failure.getMessage(),
                failure);
    }

    private static FixtureRestoreException restoreFailure(CachedFailure failure) {
        FixtureRestoreException rebuilt = failure.toRestoreFailure();
        if (!rebuilt.getMessage().equals(failure.message())) {
            return new FixtureRestoreException(failure.message(), failure.location(), rebuilt.line(), null);
        }
        return rebuilt;
    }

    /**
     * The migration request of {@code location}'s files, read once per run (later requests of the same folder get the
     * same files, so every test of the run migrates the same content), the tool detected when {@code AUTO}.
     */
    public MigrationRequest request(
            MigrationsLocation location, MigrationTool tool, String target, MigrationOptions options) {
        MigrationSnapshot files =
                snapshots.computeIfAbsent(location.directory(), d -> MigrationSnapshot.read(location));
        return MigrationRequest.of(location, files, tool, target, options);
    }

    /** The template holding {@code base} migrated to {@code target}; migrates it on first use. */
    public MigratedTemplate migrated(
            RestoredTemplate base,
            MigrationsLocation location,
            MigrationTool tool,
            String target,
            MigrationOptions options) {
        return migrated(base, request(location, tool, target, options));
    }

    /**
     * The template holding {@code base} migrated as {@code request} asks; migrates it on first use. The template's key
     * and the run both use the request's files.
     */
    public MigratedTemplate migrated(RestoredTemplate base, MigrationRequest request) {
        MigrationsLocation location = request.location();
        String target = request.target();
        ToolMigrations probe = probe(request);
        if (!dev.rehearsal.MigratesTo.LATEST.equals(target) && !probe.localIds().contains(target)) {
            try {
                probe.checkTarget(target); // the tool's own notion of an id (Flyway: "003" is version 3)
            } catch (IllegalArgumentException e) {
                throw new MigrationSetupException(unknownTarget(target, location, probe.localIds()), e);
            }
        }
        TemplateKey key = migratedKey(base, request);
        String memo = mode == CacheSettings.Mode.OFF ? key.key() + runId + randomHex() : key.key();
        MigratedTemplate template = migrated.computeIfAbsent(memo, k -> new Outcome<>())
                .get(() -> store != null
                        ? migratePersistent(base, request, probe, key)
                        : migrateForRun(base, request, probe, key));
        templateFixtures.put(template.database(), base.fixture().location());
        return template;
    }

    private MigratedTemplate migrateForRun(
            RestoredTemplate base, MigrationRequest request, ToolMigrations probe, TemplateKey key) {
        MigrationsLocation location = request.location();
        String target = request.target();
        String name = name("m", key.key());
        admin.cloneOf(base.database(), name);
        created.add(name);
        try {
            Migration run = migrate(base, request, name);
            admin.sealTemplate(name);
            summary(base.fixture().location()).migrations(location.display() + " migrated in " + run.millis + " ms");
            reportRun(base, location, probe, target, run.millis, false, run.failure, run.refusal, run.record);
            return new MigratedTemplate(name, probe.tool(), location, base, run.failure, run.refusal, run.record);
        } catch (RuntimeException e) {
            dropQuietly(name, e);
            throw e;
        }
    }

    @SuppressWarnings("try") // the lock is held for the body
    private MigratedTemplate migratePersistent(
            RestoredTemplate base, MigrationRequest request, ToolMigrations probe, TemplateKey key) {
        MigrationsLocation location = request.location();
        String target = request.target();
        String fixture = base.fixture().location();
        String what = "migrations " + location.display() + " of " + fixture;
        try (FileLocks.Held lock = store.lock(key)) {
            Optional<TemplateEntry> hit = store.find(key, "migrated");
            if (hit.isPresent()) {
                TemplateEntry entry = hit.get();
                log(what, "migrations", "hit", entry);
                summary(fixture).migrations(location.display() + " cached (" + entry.buildMillis() + " ms when built)");
                Optional<MigrationFailedException> failure =
                        Optional.ofNullable(entry.failure()).flatMap(f -> f.migrationFailure(base.fixture()));
                Optional<MigrationRefusedException> refusal =
                        Optional.ofNullable(entry.failure()).flatMap(CachedFailure::refusal);
                reportRun(base, location, probe, target, entry.buildMillis(), true, failure, refusal, entry.report());
                return new MigratedTemplate(
                        entry.database(), probe.tool(), location, base, failure, refusal, entry.report());
            }
            String why = store.whyMissing(key, location.display());
            String build = store.buildName(key);
            long logMark = store.serverLogSize();
            Migration run;
            try {
                admin.drop(build);
                admin.cloneOf(base.database(), build);
                run = migrate(base, request, build);
                admin.sealTemplate(build);
            } catch (RuntimeException e) {
                dropQuietly(build, e);
                checkSpace(e, what, logMark);
                throw e;
            }
            if (run.failure.isPresent()) {
                try {
                    checkSpace(run.failure.get(), what, logMark);
                } catch (RehearsalException e) {
                    dropQuietly(build, e);
                    throw e;
                }
            }
            CachedFailure failure = run.failure
                    .map(CachedFailure::of)
                    .or(() -> run.refusal.map(CachedFailure::of))
                    .orElse(null);
            boolean remembered = run.failure.isEmpty()
                    || CachedFailure.deterministic(
                            run.failure.get().details().sqlState(),
                            run.failure.get().getCause());
            String name;
            if (remembered) {
                name = store.publish(
                        key,
                        "migrated",
                        build,
                        new TemplateEntry(
                                TemplateEntry.FORMAT,
                                "migrated",
                                key.key(),
                                key.slot(),
                                null,
                                key.inputs(),
                                probe.tool().name(),
                                run.millis,
                                0,
                                failure,
                                run.record));
            } else {
                name = "rehearsal_v_" + runId + "_" + randomHex();
                admin.rename(build, name);
                created.add(name);
            }
            String outcome = run.failure.isPresent() || run.refusal.isPresent()
                    ? "failed after " + run.millis + " ms" + (remembered ? ", failure remembered" : ", not remembered")
                    : "migrated in " + run.millis + " ms";
            LOG.log(System.Logger.Level.INFO, () -> "Rehearsal cache: " + what + ": miss (" + why + "); " + outcome);
            summary(fixture).migrations(location.display() + " " + outcome + " (miss: " + why + ")");
            reportRun(base, location, probe, target, run.millis, false, run.failure, run.refusal, run.record);
            return new MigratedTemplate(name, probe.tool(), location, base, run.failure, run.refusal, run.record);
        }
    }

    private record Migration(
            Optional<MigrationFailedException> failure,
            Optional<MigrationRefusedException> refusal,
            long millis,
            MigrationRecord record) {}

    private Migration migrate(RestoredTemplate base, MigrationRequest request, String database) {
        StatementRecorder statements = new StatementRecorder();
        CommittedRows rows = new CommittedRows();
        ToolMigrations migrations =
                open(request, database, base.fixture(), Optional.empty(), Optional.empty(), statements, rows);
        MigrationOptions options = request.options();
        String target = request.target();
        RecordedRun recorded = RecordedRun.start(
                migrations,
                () -> server.connect(database),
                () -> server.connect(server.maintenanceDatabase()),
                rows,
                report.enabled(),
                Boolean.parseBoolean(options.settings()
                        .choice(ConfigurationKeys.PROFILE_ENABLED, "true", java.util.Set.of("true", "false"))));
        long started = System.nanoTime();
        Optional<MigrationFailedException> failure = Optional.empty();
        Optional<MigrationRefusedException> refusal = Optional.empty();
        SessionWatchdog watchdog = SessionWatchdog.perStatement(server, database, limits.migration());
        try (watchdog) {
            recorded.during(() -> migrations.migrateToTarget(target));
        } catch (MigrationFailedException e) {
            failure = Optional.of(
                    watchdog.fired()
                            ? timedOut(e, watchdog)
                            : INSUFFICIENT_PRIVILEGE.equals(e.details().sqlState())
                                    ? withNote(e, privilegeNote())
                                    : diagnosed(e, statements, database));
        } catch (MigrationRefusedException e) {
            refusal = Optional.of(e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Migration(failure, refusal, millis, recorded.finish());
    }

    private void reportRun(
            RestoredTemplate base,
            MigrationsLocation location,
            ToolMigrations probe,
            String target,
            long millis,
            boolean cached,
            Optional<MigrationFailedException> failure,
            Optional<MigrationRefusedException> refusal,
            MigrationRecord record) {
        if (!report.enabled()) {
            return;
        }
        MigrationRecord recorded = record == null ? MigrationRecord.empty() : record;
        report.migrated(
                base.fixture(),
                new Report.Migrations(
                        location.display(),
                        probe.tool().displayName(),
                        target,
                        millis,
                        cached,
                        failure.map(Throwable::getMessage)
                                .or(() -> refusal.map(Throwable::getMessage))
                                .orElse(null),
                        recorded.appliedBefore(),
                        recorded.steps(),
                        recorded.tables()));
    }

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** Whether a failure's cause is the server's (or Rehearsal's ownership check's) SQLSTATE 42501. */
    private static boolean refusedByPrivileges(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a refusal by the server's privilege checks means and how to opt in: Rehearsal restores and migrates as
     * the server's user, and a backup or migration is confined to what that user may do.
     */
    private String privilegeNote() {
        return "The server refused this to " + server.username() + ", the user Rehearsal restores and migrates as on "
                + server + ": a backup or a migration may not reach outside its own database (other databases, roles,"
                + " server-side programs and files, other sessions). If the application really needs this privilege"
                + " (e.g. an untrusted extension), opt in: "
                + switch (server.providerName()) {
                    case "embedded" ->
                        "set " + ConfigurationKeys.EMBEDDED_SUPERUSER
                                + "=true to restore and migrate as a superuser on the embedded server.";
                    case "testcontainers" ->
                        "set " + ConfigurationKeys.TESTCONTAINERS_SUPERUSER
                                + "=true to restore and migrate as the container's superuser.";
                    default ->
                        "grant it to that user, or connect as a user that holds it (" + ConfigurationKeys.EXTERNAL_USER
                                + ").";
                }
                + (!"external".equals(server.providerName()) && server.majorVersion() <= 15
                        ? " On PostgreSQL " + server.majorVersion() + " that user has no CREATEROLE either (there it"
                                + " could grant itself any predefined role, such as pg_execute_server_program):"
                                + " creating, changing or granting roles in a migration needs the same opt-in; a"
                                + " restore's own role statements are run for it after checks."
                        : "");
    }

    /** A migration failure caused by the time limit's cancel, with a hint naming the limit and the setting. */
    private static MigrationFailedException timedOut(MigrationFailedException e, SessionWatchdog watchdog) {
        MigrationFailedException.Details d = e.details();
        String note = "Rehearsal cancelled this statement: it ran longer than "
                + TimeLimits.describe(watchdog.limit()) + " (" + ConfigurationKeys.MIGRATION_TIMEOUT
                + "); nothing of it keeps running. Raise " + ConfigurationKeys.MIGRATION_TIMEOUT
                + " if the migration really takes that long on this backup.";
        return withNote(e, note, d.statement() != null ? d.statement() : watchdog.cancelledStatement());
    }

    private static MigrationFailedException withNote(MigrationFailedException e, String note) {
        return withNote(e, note, e.details().statement());
    }

    /** {@code e} with {@code note} first in its hint. */
    private static MigrationFailedException withNote(MigrationFailedException e, String note, String statement) {
        MigrationFailedException.Details d = e.details();
        String hint = note + (d.hint() == null || d.hint().isBlank() ? "" : " " + d.hint());
        MigrationFailedException timedOut = new MigrationFailedException(
                d.toBuilder().statement(statement).hint(hint).build(), e.getCause());
        timedOut.setStackTrace(e.getStackTrace());
        return timedOut;
    }

    private static void log(String what, String step, String outcome, TemplateEntry entry) {
        LOG.log(
                System.Logger.Level.INFO,
                () -> "Rehearsal cache: " + what + ": " + outcome + " ("
                        + (entry.database() == null ? "failed " + step : entry.database()) + ", built in "
                        + entry.buildMillis()
                        + " ms" + (entry.failure() != null ? ", its failure is thrown again" : "") + ")");
    }

    /** The shared, read-only copy of {@code base} that {@code RestoredDatabase.beforeMigration()} reads. */
    public String beforeMigrationView(RestoredTemplate base) {
        return beforeViews
                .computeIfAbsent(base.database(), k -> new Outcome<>())
                .get(() -> {
                    String name = name("b", base.key());
                    admin.cloneOf(base.database(), name);
                    created.add(name);
                    admin.makeReadOnly(name);
                    return name;
                });
    }

    /** The tool's view of the request's files alone (ids, fingerprint), once per files, tool and options. */
    private ToolMigrations probe(MigrationRequest request) {
        return probes.computeIfAbsent(
                ProbeKey.of(request),
                k -> MigrationTools.open(
                        request.tool(), DefaultMigrationContext.filesOnly(request.migrations(), request.options())));
    }

    /**
     * The key of {@code base} migrated to {@code target}: the files were read once per run by the probe, so their key
     * is computed once per run too (for the migrated template and the pre-flight alike).
     */
    private TemplateKey migratedKey(RestoredTemplate base, MigrationRequest request) {
        return migratedKeys.computeIfAbsent(
                List.of(base.key(), ProbeKey.of(request), request.location().display(), request.target()),
                k -> TemplateKey.migrated(base, probe(request), request));
    }

    /**
     * The pre-flight of {@code location}'s migrations on {@code base}: a trial run by the tool on a scratch copy of the
     * backup as restored, each statement of a risky kind diagnosed right before it runs, on the connection and in the
     * transaction it runs in; the copy is dropped afterwards. Once per backup, migrations and target in a run.
     */
    public Preflight preflight(
            RestoredTemplate base,
            MigrationsLocation location,
            MigrationTool tool,
            String target,
            MigrationOptions options) {
        return preflight(base, request(location, tool, target, options));
    }

    /** The pre-flight of {@code request} on {@code base} (see above), from the request's files. */
    public Preflight preflight(RestoredTemplate base, MigrationRequest request) {
        String target = request.target();
        TemplateKey key = migratedKey(base, request);
        return preflights.computeIfAbsent(key.key(), k -> new Outcome<>()).get(() -> {
            String scratch = name("p", key.key());
            admin.cloneOf(base.database(), scratch);
            created.add(scratch);
            StatementRecorder recorder = StatementRecorder.diagnosing();
            Optional<String> stoppedAt = Optional.empty();
            try {
                ToolMigrations trial = open(
                        request,
                        scratch,
                        base.fixture(),
                        Optional.empty(),
                        Optional.empty(),
                        recorder,
                        new CommittedRows());
                MigrationListener.during(recorder.migrations(), () -> trial.migrateToTarget(target));
            } catch (MigrationFailedException e) {
                stoppedAt = Optional.of(e.migrationId());
            } catch (MigrationRefusedException e) {
                stoppedAt = Optional.of(e.getMessage().lines().findFirst().orElse(""));
            } finally {
                admin.drop(scratch);
                created.remove(scratch);
            }
            List<PreflightFinding> findings = new ArrayList<>();
            List<Preflight.NotAnalysed> notAnalysed = new ArrayList<>();
            for (StatementRecorder.Diagnosed diagnosed : recorder.diagnosed()) {
                diagnosed.diagnosis().findings().forEach(f -> findings.add(f.inMigration(diagnosed.migrationId())));
                diagnosed
                        .diagnosis()
                        .notAnalysed()
                        .forEach(n -> notAnalysed.add(
                                new Preflight.NotAnalysed(diagnosed.migrationId(), n.statement(), n.reason())));
            }
            return new Preflight(findings, notAnalysed, stoppedAt);
        });
    }

    /**
     * A fresh copy of {@code template} for one test; the caller drops it (or keeps it when the test failed). The
     * copy was usually prepared while earlier tests ran: each request takes the oldest copy prepared ahead for its
     * template, if any (waiting for it to be complete), and has the copies ahead topped up in the background (one,
     * plus one for each request that had to wait, up to {@link #MAX_AHEAD}), so that a run of tests on one template
     * waits for a clone only once when its bodies take longer than a clone. A copy prepared ahead is handed out once,
     * is named like any test copy of this run (a killed JVM's are dropped by the next start) and is dropped by {@link
     * #close()} when no test took it. In {@code off} mode, where no template serves two tests, nothing is prepared
     * ahead.
     */
    public String cloneFor(String template) {
        long started = System.nanoTime();
        Optional<String> prepared = mode == CacheSettings.Mode.OFF ? Optional.empty() : takePrepared(template);
        String name;
        if (prepared.isPresent() || mode == CacheSettings.Mode.OFF) {
            name = prepared.orElseGet(() -> cloneNow(template));
        } else {
            // the template's first request: a copy started together with this one would only have slowed it down;
            // the next one starts when this one is done
            PreparedCopies copies = ahead.computeIfAbsent(template, t -> new PreparedCopies());
            try {
                name = cloneNow(template);
            } finally {
                synchronized (copies) {
                    copies.firstClones = Math.max(0, copies.firstClones - 1);
                    topUp(template, copies);
                }
            }
        }
        String fixture = templateFixtures.get(template);
        if (fixture != null) {
            summary(fixture).handedOut(System.nanoTime() - started, prepared.isPresent());
        }
        return name;
    }

    /**
     * Takes the oldest copy prepared ahead for {@code template} (waiting for it when it is still being made) and has
     * the copies ahead topped up, one more of them when this request had to wait. Empty for a template's first
     * request (nothing ahead, no other first request cloning): the caller clones, then tops up.
     */
    private Optional<String> takePrepared(String template) {
        PreparedCopies copies = ahead.computeIfAbsent(template, t -> new PreparedCopies());
        java.util.concurrent.CompletableFuture<String> oldest;
        synchronized (copies) {
            if (copies.queue.isEmpty() && copies.firstClones == 0) {
                copies.firstClones++;
                return Optional.empty(); // the caller clones, then tops up (cloneFor)
            }
            // tests in parallel wait for the first clone: one is started for this request, as ahead of time
            topUp(template, copies);
            oldest = copies.queue.pollFirst();
            if (oldest != null && !oldest.isDone()) {
                copies.depth = Math.min(MAX_AHEAD, copies.depth + 1);
            }
            topUp(template, copies);
        }
        try {
            return Optional.ofNullable(oldest.join());
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // the background clone failed (it dropped what it made): this request clones and reports the failure
            return Optional.empty();
        }
    }

    /** Starts background clones until {@code copies} holds its depth; call holding its lock. */
    private void topUp(String template, PreparedCopies copies) {
        java.util.concurrent.ExecutorService executor = prefetcher();
        if (executor == null) {
            return;
        }
        while (copies.queue.size() < copies.depth) {
            copies.queue.addLast(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> closing ? null : cloneNow(template), executor));
        }
    }

    private synchronized java.util.concurrent.ExecutorService prefetcher() {
        if (closing) {
            return null;
        }
        if (prefetcher == null) {
            prefetcher = java.util.concurrent.Executors.newFixedThreadPool(MAX_AHEAD, daemon("rehearsal-prefetch"));
        }
        return prefetcher;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The tablespace in memory for a copy of {@code template} ({@link PostgresServer#copiesTablespace()}), when the
     * template's size times the copies that may exist at once ({@link #MAX_AHEAD} + 2: those ahead, the test's, the
     * previous one being dropped) plus {@link #MEMORY_MARGIN} fits in the free space there now; else the default
     * tablespace (a Docker {@code /dev/shm} is often 64 MB).
     */
    private Optional<String> tablespaceFor(String template) {
        Optional<CopiesTablespace> tablespace = server.copiesTablespace();
        if (tablespace.isEmpty()) {
            return Optional.empty();
        }
        long size = templateSizes.computeIfAbsent(template, this::databaseSize);
        if (size < 0) {
            return Optional.empty();
        }
        long free;
        try {
            free = memorySpace.applyAsLong(tablespace.get().location());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        boolean fits = size * (MAX_AHEAD + 2) + MEMORY_MARGIN <= free;
        return fits ? Optional.of(tablespace.get().name()) : Optional.empty();
    }

    private long databaseSize(String database) {
        try {
            return admin.withConnection(connection -> {
                try (java.sql.PreparedStatement statement =
                        connection.prepareStatement("SELECT pg_catalog.pg_database_size(?)")) {
                    statement.setString(1, database);
                    try (java.sql.ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getLong(1);
                    }
                }
            });
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static long usableSpace(java.nio.file.Path location) {
        try {
            return java.nio.file.Files.getFileStore(location).getUsableSpace();
        } catch (java.io.IOException e) {
            return -1; // gone: the default tablespace
        }
    }

    /** Replaces how the free space in the copies' tablespace is read (the space a test allows); for tests. */
    TemplateCache withMemorySpace(java.util.function.ToLongFunction<java.nio.file.Path> space) {
        this.memorySpace = space;
        return this;
    }

    /** How many copies are kept ahead of {@code template} now (0 before its first request); for tests. */
    int preparedAheadDepth(String template) {
        PreparedCopies copies = ahead.get(template);
        if (copies == null) {
            return 0;
        }
        synchronized (copies) {
            return copies.depth;
        }
    }

    /** One template's copies prepared ahead: under way or complete, oldest first. */
    private static final class PreparedCopies {
        final java.util.ArrayDeque<java.util.concurrent.CompletableFuture<String>> queue = new java.util.ArrayDeque<>();
        /** How many copies are kept ahead: 1, plus one for each test that had to wait, up to {@link #MAX_AHEAD}. */
        int depth = 1;
        /** Requests that found nothing ahead and clone for themselves, with nothing prepared beside them. */
        int firstClones;
    }

    private String cloneNow(String template) {
        String name = "rehearsal_t_" + runId + "_" + randomHex();
        long started = System.nanoTime();
        try {
            admin.cloneOf(template, name, tablespaceFor(template));
        } catch (RuntimeException e) {
            dropQuietly(name, e);
            throw e;
        }
        String fixture = templateFixtures.get(template);
        if (fixture != null) {
            summary(fixture).cloned(System.nanoTime() - started);
        }
        return name;
    }

    /**
     * Drops the copies prepared ahead that no test took, waiting for those under way; copies whose clone had not
     * started yet are not made.
     */
    private void dropPrepared() {
        java.util.concurrent.ExecutorService executor;
        synchronized (this) {
            closing = true;
            executor = prefetcher;
        }
        if (executor == null) {
            return;
        }
        executor.shutdown();
        for (String template : List.copyOf(ahead.keySet())) {
            PreparedCopies copies = ahead.remove(template);
            if (copies == null) {
                continue;
            }
            List<java.util.concurrent.CompletableFuture<String>> pending;
            synchronized (copies) {
                pending = new ArrayList<>(copies.queue);
                copies.queue.clear();
            }
            for (java.util.concurrent.CompletableFuture<String> prepared : pending) {
                try {
                    String name = prepared.join();
                    if (name != null) {
                        admin.drop(name);
                    }
                } catch (RuntimeException e) {
                    // failed, or the server is gone: nothing to drop
                }
            }
        }
        try {
            executor.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Drops a database created by {@link #cloneFor}, in the background (one drop at a time, on a thread of its own),
     * so that the next test does not wait for it; {@link #close()} waits for every drop. A drop that fails is logged.
     * A JVM killed before a drop ran leaves the copy, named as this run's, to the clean-up of the next start.
     */
    public void drop(String database) {
        java.util.concurrent.ExecutorService executor = dropper();
        if (executor == null) {
            admin.drop(database);
            return;
        }
        drops.register();
        try {
            executor.execute(() -> {
                try {
                    admin.drop(database);
                } catch (RuntimeException e) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            () -> "Rehearsal: could not drop the test copy " + database + " (the next start drops"
                                    + " it): " + e.getMessage());
                } finally {
                    drops.arriveAndDeregister();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            drops.arriveAndDeregister();
            admin.drop(database);
        }
    }

    private synchronized java.util.concurrent.ExecutorService dropper() {
        if (dropper == null && !closing) {
            dropper = java.util.concurrent.Executors.newSingleThreadExecutor(daemon("rehearsal-drop"));
        }
        return dropper;
    }

    /** Waits for the drops asked for so far, and stops the dropping thread. */
    private void awaitDrops() {
        java.util.concurrent.ExecutorService executor;
        synchronized (this) {
            executor = dropper;
            dropper = null;
        }
        drops.arriveAndAwaitAdvance();
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** Opens the migration history of one database created from a migrated or restored template. */
    public ToolMigrations open(
            MigrationTool tool,
            MigrationsLocation location,
            String database,
            FixtureInfo fixture,
            Optional<MigrationFailedException> failure,
            MigrationOptions options) {
        return open(request(location, tool, dev.rehearsal.MigratesTo.LATEST, options), database, fixture, failure);
    }

    /** Opens the migration history of one database as {@code request} names it (its files, tool and options). */
    public ToolMigrations open(
            MigrationRequest request,
            String database,
            FixtureInfo fixture,
            Optional<MigrationFailedException> failure) {
        return open(request, database, fixture, failure, Optional.empty());
    }

    /**
     * Opens the migration history of a database cloned from a template migrated to {@code preparedTarget} (the
     * {@code @MigratesTo} target), for tools that keep no history of their own.
     */
    public ToolMigrations open(
            MigrationRequest request,
            String database,
            FixtureInfo fixture,
            Optional<MigrationFailedException> failure,
            Optional<String> preparedTarget) {
        return open(request, database, fixture, failure, preparedTarget, new StatementRecorder(), new CommittedRows());
    }

    private ToolMigrations open(
            MigrationRequest request,
            String database,
            FixtureInfo fixture,
            Optional<MigrationFailedException> failure,
            Optional<String> preparedTarget,
            StatementRecorder recorder,
            CommittedRows rows) {
        DefaultMigrationContext.Target target = new DefaultMigrationContext.Target(
                server.host(),
                server.port(),
                database,
                server.username(),
                server.password(),
                server.jdbcUrl(database),
                () -> recorder.watch(rows.watch(server.connect(database))));
        return MigrationTools.open(
                request.tool(),
                new DefaultMigrationContext(
                        request.migrations(),
                        Optional.of(target),
                        Optional.ofNullable(fixture),
                        failure,
                        request.options(),
                        preparedTarget));
    }

    /**
     * {@code failure} with what blocked its statement, diagnosed on {@code database} (the tool has rolled back by now)
     * by replaying the statements of the failed transaction the recorder saw; unchanged when the failure is not caused
     * by data or the diagnosis itself fails (said in the log).
     */
    private MigrationFailedException diagnosed(
            MigrationFailedException failure, StatementRecorder recorder, String database) {
        Optional<FailedUnit> unit = recorder.failure(failure.details().sqlState());
        if (unit.isEmpty()) {
            return failure;
        }
        try (Connection connection = server.connect(database)) {
            return new Diagnostician(connection)
                    .diagnose(unit.get())
                    .map(diagnosis -> failure.withPreflight(diagnosis.findings().stream()
                            .map(finding -> finding.inMigration(failure.migrationId()))
                            .toList()))
                    .orElse(failure);
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.INFO,
                    () -> "Rehearsal: the pre-flight diagnosis of " + failure.migrationId() + " failed: "
                            + e.getMessage());
            return failure;
        }
    }

    @Override
    public void close() {
        dropPrepared();
        awaitDrops();
        summaries.forEach((fixture, summary) ->
                LOG.log(System.Logger.Level.INFO, () -> "Rehearsal: " + fixture + ": " + summary));
        summaries.clear();
        List<String> names = new ArrayList<>(created);
        java.util.Collections.reverse(names);
        for (String name : names) {
            try {
                admin.drop(name);
            } catch (RuntimeException e) {
                // the server may already be gone; otherwise the next run's start drops what this run left
                LOG.log(
                        System.Logger.Level.WARNING,
                        () -> "Rehearsal: could not drop " + name + " at the end of the run (" + e.getMessage()
                                + "); the next run's start drops it");
            }
        }
        created.clear();
        lease.ifPresent(RunLease::close);
        admin.close();
    }

    private void dropQuietly(String name, RuntimeException failure) {
        try {
            admin.drop(name);
            created.remove(name);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** A run-only template's name; in {@code off} mode every request gets its own. */
    private String name(String kind, String key) {
        String name = "rehearsal_" + kind + "_" + key.substring(0, 16) + "_" + runId;
        return mode == CacheSettings.Mode.OFF ? name + "_" + randomHex() : name;
    }

    private static String unknownTarget(String target, MigrationsLocation location, List<String> ids) {
        List<String> near = ids.stream()
                .filter(id -> id.contains(target) || target.contains(id))
                .toList();
        String shown =
                ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(ids.size() - 8, ids.size()));
        return "@MigratesTo(\"" + target + "\") names no migration in " + location.display() + "; expected \""
                + dev.rehearsal.MigratesTo.LATEST + "\" or one of its " + ids.size() + " migration ids"
                + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)")
                + (ids.size() <= 8 ? ": " : ", the last ones: ") + shown + ".";
    }

    private FixtureSummary summary(String fixture) {
        return summaries.computeIfAbsent(fixture, k -> new FixtureSummary());
    }

    private static String millis(long nanos) {
        return nanos / 1_000_000 + " ms";
    }

    private static String randomHex() {
        return HexFormat.of().formatHex(randomBytes(4));
    }

    /** One fixture's costs in this run: restore, migrations, copies. */
    private static final class FixtureSummary {
        private volatile String restore = "not needed";
        private final List<String> migrations = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicLong clones = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong cloneNanos = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong handedOut = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong preparedAhead =
                new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong waitNanos = new java.util.concurrent.atomic.AtomicLong();

        void restore(String text) {
            restore = text;
        }

        void migrations(String text) {
            migrations.add(text);
        }

        void cloned(long nanos) {
            clones.incrementAndGet();
            cloneNanos.addAndGet(nanos);
        }

        void handedOut(long waitedNanos, boolean wasPreparedAhead) {
            handedOut.incrementAndGet();
            waitNanos.addAndGet(waitedNanos);
            if (wasPreparedAhead) {
                preparedAhead.incrementAndGet();
            }
        }

        @Override
        public String toString() {
            long count = clones.get();
            return "restore " + restore + "; migrations "
                    + (migrations.isEmpty() ? "none" : String.join(", ", migrations))
                    + "; " + count + " cop" + (count == 1 ? "y" : "ies")
                    + (count == 0 ? "" : ", " + cloneNanos.get() / count / 1_000_000 + " ms each on average")
                    + (handedOut.get() == 0
                            ? ""
                            : "; " + handedOut.get() + " handed out to tests, " + preparedAhead.get()
                                    + " of them prepared ahead, a test waited "
                                    + waitNanos.get() / handedOut.get() / 1_000_000 + " ms on average");
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A computation done once; its result or its failure is remembered. */
    private static final class Outcome<T> {
        private T value;
        private RuntimeException failure;
        private boolean done;

        synchronized T get(Supplier<T> computation) {
            if (!done) {
                try {
                    value = computation.get();
                } catch (RuntimeException e) {
                    failure = e;
                }
                done = true;
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
