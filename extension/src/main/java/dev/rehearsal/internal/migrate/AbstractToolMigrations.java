package dev.rehearsal.internal.migrate;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of every tool's {@link ToolMigrations}, as junit-pioneer's {@code AbstractEntryBasedExtension} is the base
 * of its system-property and environment-variable extensions: a tool says what is its own — its {@link
 * #fingerprint()} and how it {@link #apply applies} pending migrations (the two methods of pgtestdb's {@code
 * Migrator}), how it reads its {@link #status() history}, which {@link #moves() moves} it has — and this class does
 * the rest the same way for all of them:
 *
 * <ul>
 *   <li>{@link #lastFailure()}: starts with the context's initial failure (the run that prepared the database) and is
 *       replaced by the outcome of each {@link #deploy()} / {@link #migrateTo(String)}; a refusal ({@link
 *       dev.rehearsal.MigrationRefusedException}, which changes nothing) leaves it as it was;
 *   <li>{@link #checkTarget(String)}, {@link #migrateTo(String)} and {@link #status(String)}, with the same messages
 *       (the closest ids when one is unknown);
 *   <li>the moves a tool lacks ({@link #resolveApplied}, {@link #resolveRolledBack}) refused with the tool's own
 *       advice and the moves it has;
 *   <li>{@link #applyOne}: the one place a single migration is applied, for what happens around each migration;
 *   <li>serialisation: every operation on one object runs under its monitor.
 * </ul>
 *
 * <p>Internal, not API.
 */
public abstract class AbstractToolMigrations implements ToolMigrations {
    private static final System.Logger LOG = System.getLogger(AbstractToolMigrations.class.getName());

    protected final MigrationContext context;
    private final MigrationTool tool;
    private final String idExample;
    private Optional<MigrationFailedException> lastFailure;

    /**
     * @param context where the migrations are and the database they run on
     * @param tool the tool this history is of
     * @param idExample what an id looks like for this tool, for messages, e.g. {@code "a version, e.g. 3"}
     */
    protected AbstractToolMigrations(MigrationContext context, MigrationTool tool, String idExample) {
        this.context = Objects.requireNonNull(context, "context");
        this.tool = Objects.requireNonNull(tool, "tool");
        this.idExample = Objects.requireNonNull(idExample, "idExample");
        this.lastFailure = Objects.requireNonNull(context.initialFailure(), "initialFailure");
    }

    @Override
    public MigrationTool tool() {
        return tool;
    }

    /**
     * Applies the pending migrations, up to and including {@code target} when present (an id {@link #checkTarget}
     * accepted, as {@link #targetId} names it). Called under this object's monitor.
     *
     * @throws MigrationFailedException when a migration fails (it becomes {@link #lastFailure()})
     */
    protected abstract void apply(Optional<String> target);

    /** One migration in this tool's words, with its article, for messages: {@code "a migration"}, {@code "a file"}. */
    protected String oneMigration() {
        return "a migration";
    }

    /** Where the tool records its history, for messages, e.g. {@code "_prisma_migrations"}. */
    protected String historyName() {
        return "the " + tool().displayName() + " history";
    }

    /** How an operator repairs this tool's history instead of a move it lacks, for messages. */
    protected String repairAdvice() {
        return "";
    }

    /**
     * What to do instead of {@link #resolveApplied} ({@code applied}) or {@link #resolveRolledBack} when the tool
     * lacks them, for messages: {@link #repairAdvice()} unless the tool says more for each.
     */
    protected String resolveAdvice(boolean applied) {
        return repairAdvice();
    }

    /** Whether {@code id} names a migration of the code (the tool's notion of an id). */
    protected boolean isLocal(String id) {
        return localIds().contains(id);
    }

    /** The id {@link #apply} receives for a target {@link #checkTarget} accepted (e.g. Liquibase's full id). */
    protected String targetId(String target) {
        return target;
    }

    /** The id {@link #status(String)} looks for (e.g. Liquibase's full id for a changeset id used once). */
    protected String statusId(String id) {
        return id;
    }

    /**
     * Applies one migration: every tool that runs its migrations itself runs each one through here, so that what
     * should happen around each migration (a report, a profile) is added in this one place. Logs the migration and
     * its time at {@code DEBUG}.
     */
    public final <T> T applyOne(String id, EachMigration.Step<T> step) throws SQLException {
        long start = System.nanoTime();
        LOG.log(Level.DEBUG, () -> tool().displayName() + ": applying " + id + " of " + location());
        MigrationListener listener = MigrationListener.current();
        listener.starting(id);
        T result;
        try {
            result = step.run();
        } finally {
            listener.finished(id);
        }
        LOG.log(
                Level.DEBUG,
                () -> tool().displayName() + ": " + id + " ran in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return result;
    }

    @Override
    public String location() {
        return context.location();
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public void checkTarget(String target) {
        Objects.requireNonNull(target, "target");
        if (!MigratesTo.LATEST.equals(target) && !isLocal(target)) {
            throw new IllegalArgumentException("The migration target \"" + target + "\" is not " + oneMigration()
                    + " of " + location() + " (" + tool().displayName() + ": " + idExample + "); "
                    + MigrationIds.describeAvailable(target, localIds()) + ". Use \"" + MigratesTo.LATEST
                    + "\" to apply every migration.");
        }
    }

    @Override
    public synchronized MigrationStatus status(String id) {
        Objects.requireNonNull(id, "id");
        List<MigrationStatus> all = status();
        String wanted = statusId(id);
        return all.stream()
                .filter(s -> s.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + noun() + " \"" + id + "\" in " + location()
                        + " nor in " + historyName() + " (" + tool().displayName() + ": " + idExample + "); "
                        + MigrationIds.describeAvailable(
                                id, all.stream().map(MigrationStatus::id).toList())
                        + "."));
    }

    private String noun() {
        String one = oneMigration();
        return one.substring(one.indexOf(' ') + 1);
    }

    @Override
    public synchronized Optional<MigrationFailedException> lastFailure() {
        return lastFailure;
    }

    @Override
    public synchronized void deploy() {
        run(Optional.empty());
    }

    @Override
    public synchronized void migrateTo(String id) {
        Objects.requireNonNull(id, "id");
        if (MigratesTo.LATEST.equals(id) && !isLocal(id)) {
            run(Optional.empty());
            return;
        }
        checkTarget(id);
        run(Optional.of(targetId(id)));
    }

    private void run(Optional<String> target) {
        try {
            apply(target);
            lastFailure = Optional.empty();
        } catch (MigrationFailedException e) {
            lastFailure = Optional.of(e);
            throw e;
        }
    }

    /** Prisma's {@code migrate resolve --applied}: a tool without such a command does not override it. */
    @Override
    public void resolveApplied(String id) {
        throw unsupportedMove("resolveApplied(\"" + id + "\")", resolveAdvice(true));
    }

    /** Prisma's {@code migrate resolve --rolled-back}: a tool without such a command does not override it. */
    @Override
    public void resolveRolledBack(String id) {
        throw unsupportedMove("resolveRolledBack(\"" + id + "\")", resolveAdvice(false));
    }

    /** A move this tool lacks, refused with {@code advice} and the moves it has. */
    protected final UnsupportedOperationException unsupportedMove(String move, String advice) {
        return new UnsupportedOperationException(tool().displayName() + " has no " + move + " move: " + advice
                + (advice.isEmpty() || advice.endsWith(".") ? "" : ".") + " Its moves: " + String.join(", ", moves())
                + ".");
    }

    /** The context this history works in (the tool's runners read files and settings through it). */
    public MigrationContext context() {
        return context;
    }

    /** What the database was restored from, {@code null} when nothing. */
    public FixtureInfo fixture() {
        return context.fixture().orElse(null);
    }

    /** {@code <location>/<file name>}, as the user sees the file. */
    public String display(String fileName) {
        return context.location() + "/" + fileName;
    }

    /** {@code fingerprint} with each of {@code files}' name and bytes (read from the migrations directory), as hex. */
    protected final String withFiles(Fingerprint fingerprint, List<String> files) {
        for (String file : files) {
            fingerprint.add(file).add(MigrationFiles.read(context.directory().resolve(file)));
        }
        return fingerprint.hex();
    }

    /** A new connection to the database in autocommit mode; a connection failure is a {@link RehearsalException}. */
    protected Connection connect(String what) {
        try {
            Connection connection = context.connect();
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            throw new RehearsalException(
                    "Could not connect to " + context.database() + " to " + what + ": " + e.getMessage(), e);
        }
    }

    /** A boolean setting: {@code true} / {@code false}, anything else fails fast naming the key. */
    protected static boolean flag(MigrationContext context, String key) {
        Optional<String> value = context.setting(key).map(String::strip);
        if (value.isEmpty() || value.get().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.get().equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException(
                "The setting " + key + " is \"" + value.get() + "\"; expected true or false.");
    }
}
