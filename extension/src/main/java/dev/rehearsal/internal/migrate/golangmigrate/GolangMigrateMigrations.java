package dev.rehearsal.internal.migrate.golangmigrate;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.GolangMigrateMoves;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.ToolVerdict;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.migrate.scripts.AdvisoryLock;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.spi.MigrationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * golang-migrate reproduced natively: {@code migrate up}, {@code migrate goto V} (upwards) and {@code migrate force V}
 * of golang-migrate v4 with its {@code postgres} driver, read in {@code migrate.go} and {@code
 * database/postgres/postgres.go}.
 *
 * <ul>
 *   <li>History: one row {@code (version, dirty)} in {@code schema_migrations} ({@link VersionTable}); no checksums,
 *       no per-migration rows, so {@link #status()} can only say which versions are at or below the recorded one.
 *   <li>{@link #deploy()} = {@code migrate up}: refuses a dirty version ({@code Dirty database version N. Fix and force
 *       version.}) and a recorded version without a file ({@code no migration found for version N: …}); applies every
 *       version above the recorded one in ascending order, each as {@code SetVersion(v, dirty=true)} (committed),
 *       the up file, {@code SetVersion(v, false)}. Versions below the recorded one that were never applied are
 *       skipped silently, as golang-migrate does. A version with only a down file is recorded without running
 *       anything.
 *   <li>The up file goes to the server as one simple-protocol query ({@code ExecContext} without arguments), so a
 *       multi-statement file is one implicit transaction: a failure rolls all of it back but leaves {@code
 *       version=N, dirty=true}. With the setting {@value #MULTI_STATEMENT}{@code =true} ({@code
 *       x-multi-statement}) the file is cut at every {@code ;} — raw bytes, not SQL-aware, as {@code multistmt}
 *       does — and each piece runs on its own.
 *   <li>{@link #migrateTo(String)} = {@code migrate goto V} when V is above the recorded version; going down would
 *       run down files, which Rehearsal does not do (UnsupportedOperationException). ({@code migrate up N} counts
 *       steps; goto is the command that names a version.)
 *   <li>{@link #force(String)} = {@code migrate force V}: {@code SetVersion(V, false)}, {@code -1} empties the table.
 *       It checks nothing against the files, like the real command.
 *   <li>The advisory lock {@link GolangMigrateErrors#lockKey} is taken with golang-migrate's 15-second lock timeout.
 *   <li>Settings: {@value #TABLE} ({@code x-migrations-table}, default {@code schema_migrations}), {@value
 *       #MULTI_STATEMENT}.
 * </ul>
 *
 * <p>Internal, not API.
 */
public final class GolangMigrateMigrations extends AbstractToolMigrations implements GolangMigrateMoves {
    static final String TABLE = ConfigurationKeys.GolangMigrate.TABLE;
    static final String MULTI_STATEMENT = ConfigurationKeys.GolangMigrate.MULTI_STATEMENT;

    private final GolangMigrateSource source;
    private final String table;
    private final boolean multiStatement;

    private GolangMigrateMigrations(
            MigrationContext context, GolangMigrateSource source, String table, boolean multiStatement) {
        super(
                context,
                MigrationTool.GOLANG_MIGRATE,
                "a version, the number before the first _ of <version>_<title>.up.sql, e.g. 3");
        this.source = source;
        this.table = table;
        this.multiStatement = multiStatement;
    }

    static GolangMigrateMigrations open(MigrationContext context) {
        String table = context.text(TABLE).orElse("schema_migrations");
        return new GolangMigrateMigrations(
                context, GolangMigrateSource.read(context.directory()), table, flag(context, MULTI_STATEMENT));
    }

    @Override
    protected String repairAdvice() {
        return "its history is one (version, dirty) row, and its repair is `migrate force V` (force(\"V\")), which"
                + " sets the version and clears the dirty flag.";
    }

    /**
     * golang-migrate's own verdict: {@code migrate up} reads the one recorded version and needs its file ({@code
     * migrate.go}: "no migration found for version N: file does not exist"), so a recorded version the code does not
     * have stops every later run.
     */
    @Override
    public ToolVerdict verdict(MigrationStatus migration) {
        return migration.state() == MigrationState.UNKNOWN_TO_CODE
                ? ToolVerdict.unsettled("golang-migrate refuses to start when the recorded version has no file (\"no"
                        + " migration found for version N: file does not exist\"); force() a version the code has")
                : ToolVerdict.fromState(migration);
    }

    @Override
    public List<String> moves() {
        return List.of("deploy()", "migrateTo(version)", "force(version)");
    }

    @Override
    public List<String> localIds() {
        return source.ids();
    }

    @Override
    public String fingerprint() {
        Fingerprint fingerprint =
                new Fingerprint("golang-migrate").add("table=" + table).add("multi-statement=" + multiStatement);
        for (GolangMigrateSource.Version version : source.versions()) {
            fingerprint.add(version.id()).add(version.down().orElse(""));
            version.up()
                    .ifPresentOrElse(
                            up -> fingerprint
                                    .add(up)
                                    .add(MigrationFiles.read(source.directory().resolve(up))),
                            () -> fingerprint.add("no up file"));
        }
        return fingerprint.hex();
    }

    @Override
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (GolangMigrateSource.Version version : source.versions()) {
            if (version.up().isEmpty()) {
                warnings.add("Version " + version.id() + " has only a down file ("
                        + version.down().orElseThrow()
                        + "): `migrate up` records it as applied without running anything.");
            }
        }
        return warnings;
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        try (Connection connection = connect("read golang-migrate's schema_migrations")) {
            Optional<VersionTable.Recorded> recorded =
                    VersionTable.inCurrentSchema(connection, table).read();
            return GolangMigrateStatus.of(source, recorded);
        } catch (SQLException e) {
            throw new RehearsalSqlException("SELECT version, dirty FROM " + table, "golang-migrate's history", e);
        }
    }

    @Override
    protected void apply(Optional<String> target) {
        try (Connection connection = connect("run `migrate up`")) {
            VersionTable versions = VersionTable.inCurrentSchema(connection, table);
            long key = GolangMigrateErrors.lockKey(context.database(), versions.schema(), table);
            lock(connection, key);
            try {
                versions.ensure();
                new GolangMigrateUp(this, source, versions, connection, multiStatement).run(target);
            } finally {
                AdvisoryLock.unlock(connection, key);
            }
        } catch (SQLException e) {
            throw new RehearsalException(
                    "golang-migrate's bookkeeping failed on " + context.database() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code migrate force V}: records version {@code V} as clean ({@code dirty = false}) without running anything;
     * {@code "-1"} removes the row (no version).
     *
     * @throws IllegalArgumentException when {@code version} is not a whole number
     * @throws dev.rehearsal.MigrationRefusedException {@code ErrInvalidVersion} for a version below -1
     */
    @Override
    @SuppressWarnings("deprecation") // also MigrationHistory.force(), deprecated for GolangMigrateMoves
    public synchronized void force(String version) {
        long v;
        try {
            v = Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("force(\"" + version + "\"): golang-migrate's `migrate force V` takes a"
                    + " version number (or -1 for none), e.g. force(\"2\"); " + "the versions of " + location()
                    + " are " + String.join(", ", localIds()) + ".");
        }
        if (v < -1) {
            throw GolangMigrateErrors.refused(
                    "ErrInvalidVersion",
                    "version must be >= -1",
                    "`migrate force " + v + "` is refused: use -1 to record that no migration is applied.");
        }
        try (Connection connection = connect("run `migrate force`")) {
            VersionTable versions = VersionTable.inCurrentSchema(connection, table);
            long key = GolangMigrateErrors.lockKey(context.database(), versions.schema(), table);
            lock(connection, key);
            try {
                versions.ensure();
                versions.set(v, false);
            } finally {
                AdvisoryLock.unlock(connection, key);
            }
        } catch (SQLException e) {
            throw new RehearsalSqlException("TRUNCATE / INSERT INTO " + table, "`migrate force " + v + "`", e);
        }
    }

    private void lock(Connection connection, long key) throws SQLException {
        if (!AdvisoryLock.lock(connection, key, Duration.ofSeconds(GolangMigrateErrors.LOCK_TIMEOUT_SECONDS))) {
            throw GolangMigrateErrors.refused(
                    "ErrLockTimeout",
                    "timeout: can't acquire database lock",
                    "Another session held golang-migrate's advisory lock " + key + " for "
                            + GolangMigrateErrors.LOCK_TIMEOUT_SECONDS + " seconds (see pg_locks where locktype ="
                            + " 'advisory'); a real `migrate` would give up the same way.");
        }
    }
}
