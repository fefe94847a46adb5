package dev.rehearsal.gate;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the {@link PipelineGate} found in one database: the history against the code's migrations and, when a
 * snapshot was given and nothing is pending, the schema against it. Immutable and thread-safe.
 *
 * @param database the database checked, as {@code host:port/name} (never the password)
 * @param tool the migration tool whose history was read
 * @param migrations the migrations location as given
 * @param status every migration as the tool sees it, in the tool's order
 * @param snapshot the snapshot location, when one was given
 * @param schemaDifferences the differences between the database's schema and the snapshot, object by object; empty
 *     when they match, when no snapshot was given, or when it was not compared ({@code snapshotSkipped})
 * @param snapshotSkipped why the snapshot was not compared (pending or failed migrations change the schema yet), if so
 */
public record GateReport(
        String database,
        MigrationTool tool,
        String migrations,
        List<MigrationStatus> status,
        Optional<String> snapshot,
        List<String> schemaDifferences,
        Optional<String> snapshotSkipped) {

    private static final Set<MigrationState> WAITING = EnumSet.of(MigrationState.PENDING, MigrationState.ROLLED_BACK);
    private static final Set<MigrationState> BLOCKING = EnumSet.of(
            MigrationState.FAILED, MigrationState.EDITED, MigrationState.UNKNOWN_TO_CODE, MigrationState.IGNORED);

    public GateReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(migrations, "migrations");
        status = List.copyOf(status);
        Objects.requireNonNull(snapshot, "snapshot");
        schemaDifferences = List.copyOf(schemaDifferences);
        Objects.requireNonNull(snapshotSkipped, "snapshotSkipped");
    }

    /** The verdict: the most severe finding. */
    public GateVerdict verdict() {
        if (status.stream().anyMatch(s -> BLOCKING.contains(s.state()))) {
            return GateVerdict.BLOCKED;
        }
        if (!schemaDifferences.isEmpty()) {
            return GateVerdict.DRIFTED;
        }
        if (status.stream().anyMatch(s -> WAITING.contains(s.state()))) {
            return GateVerdict.PENDING;
        }
        return GateVerdict.UP_TO_DATE;
    }

    /** The ids of the migrations in {@code state}, in the tool's order. */
    public List<String> ids(MigrationState state) {
        return status.stream()
                .filter(s -> s.state() == state)
                .map(MigrationStatus::id)
                .collect(Collectors.toList());
    }

    /** The process exit code of this report's verdict (see {@link GateVerdict}). */
    public int exitCode() {
        return verdict().exitCode();
    }

    /**
     * Throws an {@link AssertionError} with {@link #text()} unless the verdict is {@link GateVerdict#UP_TO_DATE}: for a
     * test run after the deploy.
     */
    public GateReport assertUpToDate() {
        if (verdict() != GateVerdict.UP_TO_DATE) {
            throw new AssertionError(
                    "Expected " + database + " to be up to date with " + migrations + "; found:\n" + text());
        }
        return this;
    }

    /**
     * Throws an {@link AssertionError} with {@link #text()} unless the verdict is {@link GateVerdict#UP_TO_DATE} or
     * {@link GateVerdict#PENDING}: for a test run before the deploy (pending migrations are what it will apply).
     */
    public GateReport assertDeployable() {
        GateVerdict verdict = verdict();
        if (verdict != GateVerdict.UP_TO_DATE && verdict != GateVerdict.PENDING) {
            throw new AssertionError(
                    "Expected " + database + " to accept a deploy of " + migrations + "; found:\n" + text());
        }
        return this;
    }

    /** The report as the gate prints it: the verdict, then each finding with the migration ids. */
    public String text() {
        StringBuilder text = new StringBuilder();
        GateVerdict verdict = verdict();
        text.append("Rehearsal gate: ")
                .append(verdict)
                .append(" (exit ")
                .append(verdict.exitCode())
                .append(")\n");
        text.append("  database ")
                .append(database)
                .append(", read only; ")
                .append(tool)
                .append(" history against ")
                .append(migrations)
                .append('\n');
        text.append("  migrations: ")
                .append(count(MigrationState.APPLIED)
                        + count(MigrationState.OUT_OF_ORDER)
                        + count(MigrationState.EDITED))
                .append(" applied of ")
                .append(status.size() - count(MigrationState.UNKNOWN_TO_CODE))
                .append(" in the code\n");
        line(text, MigrationState.PENDING, "pending (a deploy applies them)");
        line(text, MigrationState.ROLLED_BACK, "rolled back (a deploy applies them again)");
        line(text, MigrationState.OUT_OF_ORDER, "applied out of order");
        line(text, MigrationState.FAILED, "FAILED (the tool refuses to deploy until it is resolved)");
        line(text, MigrationState.EDITED, "EDITED after they were applied (checksum differs from the file)");
        line(text, MigrationState.UNKNOWN_TO_CODE, "UNKNOWN to the code (applied, but no file has them)");
        line(text, MigrationState.IGNORED, "IGNORED by the tool (older than the newest applied, not applied)");
        if (snapshot.isEmpty()) {
            text.append("  schema: not compared (no snapshot given)\n");
        } else if (snapshotSkipped.isPresent()) {
            text.append("  schema: not compared with ")
                    .append(snapshot.get())
                    .append(": ")
                    .append(snapshotSkipped.get())
                    .append('\n');
        } else if (schemaDifferences.isEmpty()) {
            text.append("  schema: matches ").append(snapshot.get()).append('\n');
        } else {
            text.append("  schema: DIFFERS from ")
                    .append(snapshot.get())
                    .append(" (")
                    .append(schemaDifferences.size())
                    .append(schemaDifferences.size() == 1 ? " difference" : " differences")
                    .append("):\n");
            schemaDifferences.forEach(
                    d -> text.append("    ").append(d.replace("\n", "\n    ")).append('\n'));
        }
        return text.toString();
    }

    private int count(MigrationState state) {
        return (int) status.stream().filter(s -> s.state() == state).count();
    }

    private void line(StringBuilder text, MigrationState state, String words) {
        List<String> ids = ids(state);
        if (!ids.isEmpty()) {
            text.append("  ").append(ids.size()).append(' ').append(words).append(": ");
            text.append(String.join(", ", ids)).append('\n');
        }
    }
}
