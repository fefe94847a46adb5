package dev.rehearsal.internal.migrate.command;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.migrate.MigrationFailure;
import dev.rehearsal.internal.migrate.MigrationListener;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code COMMAND} tool: {@link #deploy()} runs the application's own migration command against the database
 * ({@code DATABASE_URL} and {@code PG*} point at it, see {@link CommandSupport}); its exit code decides. The
 * history is then read by the tool whose layout the migrations location has, when Rehearsal knows it ({@code
 * history}): {@link #status()} and the repair moves ({@code resolveRolledBack}, {@code force}, …) are that tool's.
 *
 * <p>{@link #migrateTo(String)} needs a command holding {@code ${target}}, replaced by the id (for {@link
 * #deploy()}: by {@value MigratesTo#LATEST}).
 *
 * <p>Thread-safety: operations are serialised on this object. Internal, not API.
 */
final class CommandMigrations extends AbstractToolMigrations {
    static final String TARGET = "${target}";

    private final String command;
    private final List<String> arguments;
    private final Duration timeout;
    private final Optional<ToolMigrations> history;
    private final String filesFingerprint;

    CommandMigrations(
            MigrationContext context,
            String command,
            Duration timeout,
            Optional<ToolMigrations> history,
            String filesFingerprint) {
        super(context, MigrationTool.COMMAND, "an id of the command's tool");
        this.command = command;
        this.arguments = CommandLine.split(command);
        this.timeout = timeout;
        this.history = history;
        this.filesFingerprint = filesFingerprint;
    }

    /** The tool whose history this command's tool writes, if Rehearsal knows it. */
    Optional<MigrationTool> historyTool() {
        return history.map(ToolMigrations::tool);
    }

    @Override
    public List<String> localIds() {
        return history.map(ToolMigrations::localIds).orElse(List.of());
    }

    @Override
    public String fingerprint() {
        return Fingerprint.of(
                "COMMAND", command, history.map(ToolMigrations::fingerprint).orElse(filesFingerprint));
    }

    @Override
    public List<String> warnings() {
        return history.map(ToolMigrations::warnings).orElse(List.of());
    }

    @Override
    public List<String> moves() {
        List<String> moves = new ArrayList<>(List.of("deploy() (runs the command)"));
        if (command.contains(TARGET)) {
            moves.add("migrateTo(id) (runs the command with ${target})");
        }
        history.ifPresent(h -> h.moves().stream()
                .filter(m -> !m.startsWith("deploy") && !m.startsWith("migrateTo"))
                .forEach(m -> moves.add(m + " (" + h.tool().displayName() + "'s, emulated by Rehearsal)")));
        return moves;
    }

    @Override
    public void checkTarget(String target) {
        Objects.requireNonNull(target, "target");
        if (MigratesTo.LATEST.equals(target)) {
            return;
        }
        if (!command.contains(TARGET)) {
            throw new IllegalArgumentException("@MigratesTo(\"" + target + "\") asks the command [" + command + "] to"
                    + " stop at a migration, but the command has no " + TARGET + " placeholder to pass it on; write"
                    + " the tool's own option with " + TARGET + " (e.g. \"migrate -path db -database $DATABASE_URL"
                    + " goto ${target}\"), or use \"" + MigratesTo.LATEST + "\".");
        }
        history.ifPresent(h -> h.checkTarget(target));
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        return known("status()").status();
    }

    @Override
    public synchronized MigrationStatus status(String id) {
        return known("status(\"" + id + "\")").status(id);
    }

    @Override
    protected void apply(Optional<String> target) {
        run(target.orElse(MigratesTo.LATEST));
    }

    @Override
    public synchronized void resolveApplied(String id) {
        known("resolveApplied(\"" + id + "\")").resolveApplied(id);
    }

    @Override
    public synchronized void resolveRolledBack(String id) {
        known("resolveRolledBack(\"" + id + "\")").resolveRolledBack(id);
    }

    /** The moves of the command's tool ({@code FlywayMoves}, …), emulated on its history. */
    @Override
    public <T> T as(Class<T> moves) {
        return known("as(" + moves.getSimpleName() + ".class)").as(moves);
    }

    @Override
    @Deprecated(since = "0.1.0")
    @SuppressWarnings("deprecation")
    public synchronized void repair() {
        known("repair()").repair();
    }

    @Override
    @Deprecated(since = "0.1.0")
    @SuppressWarnings("deprecation")
    public synchronized void baseline(String version) {
        known("baseline(\"" + version + "\")").baseline(version);
    }

    @Override
    @Deprecated(since = "0.1.0")
    @SuppressWarnings("deprecation")
    public synchronized void force(String version) {
        known("force(\"" + version + "\")").force(version);
    }

    private ToolMigrations known(String what) {
        return history.orElseThrow(() -> new UnsupportedOperationException(what + " reads the history of the"
                + " command's tool, but the layout of " + location() + " is not one Rehearsal knows, so it cannot"
                + " read it. Set " + CommandSupport.HISTORY_TOOL + " to the tool that writes the history (e.g."
                + " PRISMA, FLYWAY, GOLANG_MIGRATE), or assert on the database itself (tables, columns, rows)."));
    }

    private void run(String target) {
        List<MigrationStatus> before = readHistory();
        List<String> resolved =
                arguments.stream().map(a -> a.replace(TARGET, target)).toList();
        // one pending migration: the command's run is that migration's (for its profile); with several, where one
        // ends and the next begins happens in another process, out of sight
        List<String> pending = before.stream()
                .filter(s -> !applied(s))
                .map(MigrationStatus::id)
                .toList();
        Optional<String> only = pending.size() == 1 && (MigratesTo.LATEST.equals(target) || pending.contains(target))
                ? Optional.of(pending.get(0))
                : Optional.empty();
        MigrationListener listener = only.isPresent() ? MigrationListener.current() : MigrationListener.NONE;
        only.ifPresent(listener::starting);
        CommandProcess.Outcome outcome;
        try {
            outcome = CommandProcess.run(
                    resolved, context.projectDirectory(), CommandSupport.environment(context), timeout);
        } finally {
            only.ifPresent(listener::finished);
        }
        if (outcome.exitCode() != 0 || outcome.timedOut()) {
            throw failure(String.join(" ", resolved), outcome, before, readHistory());
        }
    }

    private List<MigrationStatus> readHistory() {
        return history.map(ToolMigrations::status).orElse(List.of());
    }

    private MigrationFailedException failure(
            String commandLine,
            CommandProcess.Outcome outcome,
            List<MigrationStatus> before,
            List<MigrationStatus> after) {
        long pendingBefore = before.stream().filter(s -> !applied(s)).count();
        long appliedBefore = before.stream().filter(CommandMigrations::applied).count();
        long appliedAfter = after.stream().filter(CommandMigrations::applied).count();
        int appliedDuringRun = (int) Math.max(0, appliedAfter - appliedBefore);
        Optional<MigrationStatus> culprit = after.stream()
                .filter(s -> s.state() == MigrationState.FAILED)
                .findFirst()
                .or(() -> after.stream().filter(s -> !applied(s)).findFirst());
        String what = outcome.timedOut()
                ? "the command did not finish within " + timeout + " (" + CommandSupport.TIMEOUT + ") and was killed"
                : "the command exited with code " + outcome.exitCode();
        String output = outcome.output().isBlank() ? "(no output)" : outcome.output();
        MigrationFailure failure = MigrationFailure.of(
                        MigrationTool.COMMAND, culprit.map(MigrationStatus::id).orElse("(command)"))
                .code(outcome.timedOut() ? "timeout" : "exit " + outcome.exitCode())
                .position(appliedDuringRun, (int) Math.max(pendingBefore, appliedDuringRun + 1L))
                .file(commandLine)
                .message(what + " after " + seconds(outcome.took()) + "; its output (stdout and stderr):\n" + output)
                .fixture(fixture())
                .history(historyState(after));
        if (culprit.filter(s -> s.state() == MigrationState.FAILED).isPresent()) {
            failure.recordedAsFailed();
        }
        return failure.build();
    }

    private String historyState(List<MigrationStatus> after) {
        if (history.isEmpty()) {
            return "Rehearsal does not know the command's tool (no known layout in " + location() + "), so it cannot"
                    + " say what the history records now; set " + CommandSupport.HISTORY_TOOL + " to read it.";
        }
        long failed =
                after.stream().filter(s -> s.state() == MigrationState.FAILED).count();
        String tool = history.get().tool().displayName();
        return tool + "'s history now records "
                + after.stream().filter(CommandMigrations::applied).count()
                + " applied, " + after.stream().filter(s -> !applied(s)).count() + " not applied"
                + (failed == 0 ? "" : ", " + failed + " failed") + " (RestoredDatabase.migrations().status()"
                + " shows them; its moves: " + String.join(", ", history.get().moves()) + ").";
    }

    private static boolean applied(MigrationStatus status) {
        return status.state().isApplied();
    }

    private static String seconds(Duration took) {
        return String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}
