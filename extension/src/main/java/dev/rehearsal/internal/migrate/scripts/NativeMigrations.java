package dev.rehearsal.internal.migrate.scripts;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.migrate.MigrationIds;
import dev.rehearsal.spi.MigrationContext;
import dev.rehearsal.spi.ToolMigrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a natively reproduced tool's {@link ToolMigrations} that does not depend on the tool: the context,
 * {@link #lastFailure()} (starts with the context's initial failure, replaced by the outcome of each {@link
 * #deploy()} / {@link #migrateTo(String)}; a refusal leaves it as it was), target checks, and serialisation of the
 * operations on this object.
 *
 * <p>Internal, not API.
 */
public abstract class NativeMigrations implements ToolMigrations {
    protected final MigrationContext context;
    private Optional<MigrationFailedException> lastFailure;

    protected NativeMigrations(MigrationContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.lastFailure = context.initialFailure();
    }

    /** Applies the pending migrations, up to and including {@code target} when present (a local id). */
    protected abstract void apply(Optional<String> target);

    /** What an id looks like for this tool, for messages, e.g. {@code "a version, e.g. 3"}. */
    protected abstract String idExample();

    /** How an operator repairs this tool's history instead of a move it lacks, for messages. */
    protected abstract String repairAdvice();

    /** Prisma's {@code migrate resolve --applied}: these tools have no such command unless they override it. */
    @Override
    public void resolveApplied(String id) {
        throw unsupportedMove("resolveApplied(\"" + id + "\")");
    }

    /** Prisma's {@code migrate resolve --rolled-back}: these tools have no such command unless they override it. */
    @Override
    public void resolveRolledBack(String id) {
        throw unsupportedMove("resolveRolledBack(\"" + id + "\")");
    }

    private UnsupportedOperationException unsupportedMove(String move) {
        return new UnsupportedOperationException(tool().displayName() + " has no " + move + " move: " + repairAdvice()
                + " Its moves: " + String.join(", ", moves()) + ".");
    }

    @Override
    public String location() {
        return context.location();
    }

    protected FixtureInfo fixture() {
        return context.fixture().orElse(null);
    }

    /** {@code <location>/<file name>}, as the user sees the file. */
    protected String display(String fileName) {
        return context.location() + "/" + fileName;
    }

    /** A new connection to the database; a connection failure is a {@link RehearsalException}. */
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

    @Override
    public void checkTarget(String target) {
        Objects.requireNonNull(target, "target");
        if (!MigratesTo.LATEST.equals(target) && !localIds().contains(target)) {
            throw new IllegalArgumentException("The migration target \"" + target + "\" is not a migration of "
                    + location() + " (" + tool().displayName() + ": " + idExample() + "); "
                    + MigrationIds.describeAvailable(target, localIds()) + ". Use \"" + MigratesTo.LATEST
                    + "\" to apply every migration.");
        }
    }

    @Override
    public synchronized MigrationStatus status(String id) {
        Objects.requireNonNull(id, "id");
        List<MigrationStatus> all = status();
        return all.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No migration \"" + id + "\" in " + location()
                        + " nor in the " + tool().displayName() + " history; "
                        + MigrationIds.describeAvailable(
                                id, all.stream().map(MigrationStatus::id).toList())
                        + "."));
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
        if (MigratesTo.LATEST.equals(id) && !localIds().contains(id)) {
            run(Optional.empty());
            return;
        }
        checkTarget(id);
        run(Optional.of(id));
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
