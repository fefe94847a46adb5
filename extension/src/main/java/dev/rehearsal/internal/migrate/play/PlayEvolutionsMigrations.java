package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.spi.MigrationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Play Evolutions reproduced natively: what a Play application in production mode with {@code
 * play.evolutions.db.<db>.autoApply=true} does to the database at start-up (and, with {@code
 * rehearsal.play.autoApplyDowns=true}, {@code autoApplyDowns=true}). See {@code docs/play-evolutions.md} for the
 * behaviour verified in Play's source.
 *
 * <p>Ids are revision numbers ({@code "3"} for {@code 3.sql}). {@link #migrateTo(String)} evolves as Play would with
 * the code's evolutions up to that revision only (so recorded evolutions above it would be reverted: Downs).
 * {@link #resolveApplied(String)} is Play's "Mark it resolved" ({@code applying_up} becomes {@code applied}, an
 * {@code applying_down} row is deleted). Play has no equivalent of {@link #resolveRolledBack(String)}, {@code
 * repair()}, {@code baseline(…)} or {@code force(…)}.
 *
 * <p>{@link #lastFailure()} starts with the failure handed to {@link #open} and is replaced by the outcome of each
 * {@link #deploy()} / {@link #migrateTo(String)}; a refusal ({@code InconsistentDatabase} for an {@code applying_*}
 * row, {@code InvalidDatabaseRevision} for Downs the test does not allow) changes nothing and leaves it as it was.
 *
 * <p>Thread-safety: operations are serialised on this object. Internal, not API.
 */
public final class PlayEvolutionsMigrations extends AbstractToolMigrations {
    private final EvolutionsFolder folder;
    private final PlaySettings settings;
    private final Clock clock;

    PlayEvolutionsMigrations(MigrationContext context, EvolutionsFolder folder, PlaySettings settings, Clock clock) {
        super(context, MigrationTool.PLAY_EVOLUTIONS, "a revision number, e.g. \"3\" for 3.sql");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The database's folder (e.g. {@code conf/evolutions/default}), which Play picks below the location. */
    @Override
    public String location() {
        return folder.display();
    }

    @Override
    protected String oneMigration() {
        return "an evolution";
    }

    @Override
    protected String historyName() {
        return settings.table();
    }

    @Override
    public List<String> localIds() {
        return folder.evolutions().stream().map(Evolution::id).toList();
    }

    @Override
    public String fingerprint() {
        return Fingerprint.of("play", folder.fingerprint(), settings.fingerprint());
    }

    @Override
    public List<String> warnings() {
        return folder.warnings();
    }

    @Override
    public List<String> moves() {
        return List.of("deploy()", "migrateTo(id)", "resolveApplied(id)");
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        try (Connection connection = context.connect()) {
            return PlayStatus.of(folder.evolutions(), new EvolutionsTable(settings.table()).rowsIfPresent(connection));
        } catch (SQLException e) {
            throw new RehearsalException(
                    "Could not read the Play evolutions history (" + settings.table() + "): " + e.getMessage(), e);
        }
    }

    @Override
    protected void apply(Optional<String> target) {
        new PlayEvolve(folder, settings, context::connect, fixture(), clock, this::applyOne)
                .run(target.map(Integer::parseInt));
    }

    @Override
    public synchronized void resolveApplied(String id) {
        Objects.requireNonNull(id, "id");
        int revision = revision(id);
        EvolutionsTable table = new EvolutionsTable(settings.table());
        try (Connection connection = context.connect()) {
            Optional<EvolutionsTable.Row> row = table.rowsIfPresent(connection).stream()
                    .filter(r -> r.id() == revision)
                    .findFirst();
            if (row.isEmpty() || !row.get().applying()) {
                throw new IllegalArgumentException("Evolution " + id + " is "
                        + row.map(r -> "recorded as " + r.state()).orElse("not in " + settings.table())
                        + ": Play's \"Mark it resolved\" changes only a row in applying_up or applying_down, so"
                        + " resolveApplied(\"" + id + "\") would do nothing. Rows in an applying state: "
                        + table.rowsIfPresent(connection).stream()
                                .filter(EvolutionsTable.Row::applying)
                                .map(r -> r.id() + " (" + r.state() + ")")
                                .toList()
                        + ".");
            }
            table.resolve(connection, revision);
        } catch (SQLException e) {
            throw new RehearsalException(
                    "Could not resolve evolution " + id + " in " + settings.table() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void resolveRolledBack(String id) {
        throw new UnsupportedOperationException("Play Evolutions has no resolveRolledBack(id) move: its only"
                + " resolution is \"Mark it resolved\" (resolveApplied(\"" + id + "\")). To rehearse undoing a failed"
                + " evolution by hand, repair the schema and delete its row (RestoredDatabase.execute(\"delete from "
                + settings.table() + " where id = " + id + "\")); the next deploy() applies it again. Its moves: "
                + String.join(", ", moves()) + ".");
    }

    private int revision(String id) {
        try {
            return Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "\"" + id + "\" is not a Play evolution id: expected a revision" + " number, e.g. \"3\" for 3.sql.",
                    e);
        }
    }
}
