package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.FlywayMoves;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.ToolVerdict;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.migrate.MigrationIds;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.spi.MigrationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;

/**
 * Flyway on one database, through Flyway's own public Java API ({@code flyway-core}, plus {@code
 * flyway-database-postgresql} from Flyway 10 on; Flyway 8.5.13 to 13.x):
 * {@link #deploy()} is {@code flyway migrate}, {@link #migrateTo(String)} is {@code flyway migrate -target=<version>},
 * {@link #repair()} and {@link #baseline(String)} are Flyway's {@code repair} and {@code baseline}, {@link #status()}
 * is {@code flyway info} plus the findings of {@code flyway validate} (see {@link FlywayStatus}). {@code clean} is
 * never called ({@code cleanDisabled} is forced). The application's configuration is mirrored by {@link
 * FlywayConfig}.
 *
 * <p>Flyway has no equivalent of Prisma's {@code resolve}: {@link #resolveApplied} and {@link #resolveRolledBack}
 * throw {@link UnsupportedOperationException} naming {@code repair} and {@code baseline}.
 *
 * <p>{@link #lastFailure()} starts with the context's initial failure and is replaced by the outcome of each {@link
 * #deploy()} / {@link #migrateTo(String)}; a refusal ({@link MigrationRefusedException}) leaves it as it was.
 *
 * <p>This is the one class that code which loads without Flyway ({@link FlywaySupport}) calls into; it is reached
 * only after {@link FlywayClasspath#require}.
 *
 * <p>Thread-safety: operations are serialised on this object; Flyway's advisory lock serialises them across objects.
 *
 * <p>Internal, not API.
 */
public final class FlywayMigrations extends AbstractToolMigrations implements FlywayMoves {
    private final FlywaySession session;

    private FlywayMigrations(FlywaySession session) {
        super(
                session.context(),
                MigrationTool.FLYWAY,
                "versions, e.g. \"2\" or \"2.1\", and the descriptions of repeatable migrations");
        this.session = session;
    }

    /**
     * Reads the configuration and the scripts (no database needed) and binds them to the context's database.
     *
     * @throws MigrationSetupException when the configuration or the directory is broken, or the Flyway on the
     *     classpath is too old for this API
     */
    static FlywayMigrations open(MigrationContext context) {
        Objects.requireNonNull(context, "context");
        try {
            FlywayConfig config = FlywayConfig.read(context);
            FlywayScripts scripts = FlywayScripts.read(
                    context.directory(), context.location(), config.configure(null), config.describe());
            return new FlywayMigrations(new FlywaySession(context, config, scripts));
        } catch (LinkageError e) {
            throw new MigrationSetupException(
                    "The Flyway on the test classpath (Flyway " + FlywayVersion.describeCore() + ") does not have the"
                            + " public Java API Rehearsal uses (" + FlywayClasspath.SUPPORTED + "; tested with 8.5.13,"
                            + " 9.22.3, 10.20.1, 11.7.2 and " + FlywayClasspath.TESTED_VERSION + "): " + e + ". Align"
                            + " org.flywaydb:flyway-core (and, from Flyway 10 on, flyway-database-postgresql) with the"
                            + " application's version, and report this Flyway version to Rehearsal.",
                    e);
        }
    }

    @Override
    protected String historyName() {
        return session.historyTable();
    }

    @Override
    public List<String> localIds() {
        return session.scripts().ids();
    }

    @Override
    public String fingerprint() {
        return session.scripts().fingerprint();
    }

    @Override
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>(session.config().warnings());
        if (!session.scripts().undoScripts().isEmpty()) {
            warnings.add("Undo scripts (" + String.join(", ", session.scripts().undoScripts()) + ") are Flyway Teams"
                    + " only: Flyway Community never runs them, and neither does Rehearsal.");
        }
        return List.copyOf(warnings);
    }

    /** Flyway's own verdict: {@link FlywayVerdicts}. */
    @Override
    public ToolVerdict verdict(MigrationStatus migration) {
        return FlywayVerdicts.of(migration);
    }

    @Override
    public List<String> moves() {
        return List.of("deploy()", "migrateTo(version)", "repair()", "baseline(version)");
    }

    @Override
    public void checkTarget(String target) {
        Objects.requireNonNull(target, "target");
        if (!MigratesTo.LATEST.equals(target)
                && session.scripts().versioned(target).isEmpty()) {
            throw new IllegalArgumentException("The migration target \"" + target + "\" is not the version of a"
                    + " versioned migration in " + location() + " (Flyway targets are versions, e.g. \"2\" for"
                    + " V2__add_email.sql; repeatable migrations cannot be targets); "
                    + MigrationIds.describeAvailable(target, session.scripts().versionIds()) + ". Use \""
                    + MigratesTo.LATEST + "\" to apply every migration.");
        }
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        FlywayRun run = new FlywayRun(session);
        try {
            return FlywayStatus.of(session.configure().load().info().all(), run.validate());
        } catch (FlywayException e) {
            throw run.refusal(e);
        }
    }

    @Override
    protected void apply(Optional<String> target) {
        new FlywayRun(session).migrate(target);
    }

    /**
     * Flyway's {@code repair}: removes the rows of failed migrations, realigns checksums, descriptions and types of
     * applied migrations with the code, and marks migrations the code no longer has as deleted.
     */
    @Override
    @SuppressWarnings("deprecation") // also MigrationHistory.repair(), deprecated for FlywayMoves
    public synchronized void repair() {
        try {
            session.configure().load().repair();
        } catch (FlywayException e) {
            throw new FlywayRun(session).refusal(e);
        }
    }

    /**
     * Flyway's {@code baseline} with {@code baselineVersion = version} (the configured {@code baselineDescription}
     * kept): records the database as being at {@code version}, so that only later versions are applied.
     */
    @Override
    @SuppressWarnings("deprecation") // also MigrationHistory.baseline(), deprecated for FlywayMoves
    public synchronized void baseline(String version) {
        Objects.requireNonNull(version, "version");
        try {
            session.configure().baselineVersion(version).load().baseline();
        } catch (FlywayException e) {
            throw new FlywayRun(session).refusal(e);
        }
    }

    /** Flyway has no resolve moves (see the class comment): its own moves instead. */
    @Override
    protected String resolveAdvice(boolean applied) {
        return applied
                ? "that is Prisma's `migrate resolve --applied`. Flyway's moves: baseline(version) records a database"
                        + " as being at a version without running anything (for a backup from before Flyway was"
                        + " adopted), repair() removes failed rows and realigns checksums; or set rehearsal.flyway.*"
                        + " (e.g. baseline-on-migrate, out-of-order, ignore-migration-patterns) as production does."
                : "that is Prisma's `migrate resolve --rolled-back`. Flyway's move is repair(): it removes the failed"
                        + " row so that the next deploy() runs the migration again (undo its half-applied changes"
                        + " first); baseline(version) is the other one.";
    }
}
