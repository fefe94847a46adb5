package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.migrate.ConnectionSource;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.spi.MigrationContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Prisma Migrate reproduced natively: {@code prisma migrate deploy}, {@code prisma migrate resolve} and {@code
 * prisma migrate status} on one database, without the Prisma CLI, as the Prisma version set by {@code
 * rehearsal.prisma.version} behaves (see {@link PrismaScriptMode}; default: up to 7.3).
 *
 * <p>{@link #migrateTo(String)} applies what deploy would apply if the migrations directory ended at that
 * migration: the pending migrations up to and including it in local order (so an out-of-order migration sorting
 * before it is applied too); when nothing is pending up to it, nothing runs. An id that is not a local migration is
 * an {@link IllegalArgumentException} naming the closest ids.
 *
 * <p>{@link #lastFailure()} starts with the failure handed to {@link #open} (the run that prepared the database)
 * and is replaced by the outcome of each {@link #deploy()} / {@link #migrateTo(String)}: empty when it succeeds, its
 * {@link MigrationFailedException} when a migration fails. A refusal ({@link dev.rehearsal.MigrationRefusedException},
 * e.g. P3005 or P3009, which change nothing in the database) leaves it as it was.
 *
 * <p>Thread-safety: operations are serialised on this object; Prisma's advisory lock serialises them across
 * objects on the same server.
 *
 * <p>Internal, not API.
 */
public final class PrismaMigrations extends AbstractToolMigrations {
    private static final System.Logger LOG = System.getLogger(PrismaMigrations.class.getName());
    private static final java.util.Set<String> EVIDENCE_LOGGED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final PrismaMigrationsDirectory directory;
    private final Clock clock;
    private final PrismaScriptMode mode;

    private PrismaMigrations(MigrationContext context, PrismaScriptMode mode) {
        super(context, MigrationTool.PRISMA, "a sub-folder name, e.g. 20240101000000_init");
        this.directory = PrismaMigrationsDirectory.read(context.directory(), context.location());
        this.clock = Clock.systemUTC();
        this.mode = mode;
    }

    /**
     * Reads the migrations directory (listing, lock file, scripts) and binds it to the context's database,
     * reproducing the Prisma version {@code rehearsal.prisma.version} names, else the one the project shows
     * ({@link PrismaVersionEvidence}: the installed package, a lock file, a deciding range in {@code package.json}),
     * else Prisma before 7.4.
     *
     * @throws IllegalArgumentException when that setting is not a version
     */
    static PrismaMigrations open(MigrationContext context) {
        Optional<String> version = context.setting(PrismaScriptMode.SETTING);
        if (version.isEmpty()) {
            version = PrismaVersionEvidence.find(context.origin(), context.projectDirectory())
                    .flatMap(evidence -> chosen(evidence, context.location()));
        }
        return new PrismaMigrations(context, PrismaScriptMode.of(version));
    }

    /** The version the evidence decides, logged once per location with where it was read; empty when undecided. */
    private static Optional<String> chosen(PrismaVersionEvidence.Evidence evidence, String location) {
        boolean first = EVIDENCE_LOGGED.add(location + " " + evidence);
        if (!evidence.decided()) {
            if (first) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        () -> "Prisma Migrate (" + location + "): " + evidence.source() + " allows Prisma versions"
                                + " before and from 7.4, which send a migration.sql differently (one implicit"
                                + " transaction vs statement by statement); reproducing before 7.4, the default. Set "
                                + PrismaScriptMode.SETTING + " to the version production runs.");
            }
            return Optional.empty();
        }
        if (first) {
            LOG.log(
                    System.Logger.Level.INFO,
                    () -> "Prisma Migrate (" + location + "): reproducing Prisma " + evidence.version() + " ("
                            + (PrismaScriptMode.of(Optional.of(evidence.version()))
                                            == PrismaScriptMode.STATEMENT_BY_STATEMENT
                                    ? "statement by statement"
                                    : "each migration.sql as one implicit transaction")
                            + "), as " + evidence.source() + " says; " + PrismaScriptMode.SETTING + " overrides it");
        }
        return Optional.of(evidence.version());
    }

    /**
     * Reads the migrations directory (listing, lock file, scripts) and binds it to a database.
     *
     * @param displayDirectory the location as the user wrote it, used in messages
     * @param fixture what the database was restored from, {@code null} when none
     * @param initialFailure the failure of the run that prepared this database, if any
     */
    public static PrismaMigrations open(
            Path directory,
            String displayDirectory,
            ConnectionSource connections,
            FixtureInfo fixture,
            Optional<MigrationFailedException> initialFailure) {
        return open(directory, displayDirectory, connections, fixture, initialFailure, Optional.empty());
    }

    /**
     * Like {@link #open(Path, String, ConnectionSource, FixtureInfo, Optional)}, reproducing the Prisma version
     * {@code prismaVersion} names (see {@link PrismaScriptMode}; empty: before 7.4).
     *
     * @throws IllegalArgumentException when {@code prismaVersion} is not a version
     */
    public static PrismaMigrations open(
            Path directory,
            String displayDirectory,
            ConnectionSource connections,
            FixtureInfo fixture,
            Optional<MigrationFailedException> initialFailure,
            Optional<String> prismaVersion) {
        PrismaScriptMode mode = PrismaScriptMode.of(prismaVersion);
        MigrationContext context = DefaultMigrationContext.of(
                new MigrationsLocation(directory, displayDirectory, "given"),
                Objects.requireNonNull(connections, "connections"),
                Optional.ofNullable(fixture),
                Objects.requireNonNull(initialFailure, "initialFailure"));
        return new PrismaMigrations(context, mode);
    }

    @Override
    protected String historyName() {
        return "_prisma_migrations";
    }

    @Override
    public List<String> localIds() {
        return directory.names();
    }

    @Override
    protected boolean isLocal(String id) {
        return directory.find(id).isPresent();
    }

    @Override
    public String fingerprint() {
        return mode == PrismaScriptMode.ONE_IMPLICIT_TRANSACTION
                ? directory.fingerprint()
                : PrismaChecksum.of(directory.fingerprint() + " " + mode);
    }

    @Override
    public List<String> moves() {
        return List.of("deploy()", "migrateTo(id)", "resolveApplied(id)", "resolveRolledBack(id)");
    }

    @Override
    public List<String> warnings() {
        return directory.warnings();
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        try (Connection connection = context.connect()) {
            PrismaHistoryTable history = new PrismaHistoryTable(connection);
            List<HistoryRow> rows = history.exists() ? history.rows() : List.of();
            return PrismaStatus.of(directory.migrations(), rows);
        } catch (SQLException e) {
            throw new RehearsalException(
                    "Could not connect to read the Prisma migration history: " + e.getMessage(), e);
        }
    }

    @Override
    protected void apply(Optional<String> target) {
        new PrismaDeploy(directory, context::connect, fixture(), clock, mode, this::applyOne).run(target);
    }

    @Override
    public synchronized void resolveApplied(String id) {
        new PrismaResolve(directory, context::connect, clock).applied(Objects.requireNonNull(id, "id"));
    }

    @Override
    public synchronized void resolveRolledBack(String id) {
        new PrismaResolve(directory, context::connect, clock).rolledBack(Objects.requireNonNull(id, "id"));
    }
}
