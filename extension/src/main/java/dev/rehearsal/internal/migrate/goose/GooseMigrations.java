package dev.rehearsal.internal.migrate.goose;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.spi.MigrationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * goose reproduced natively: {@code goose up} and {@code goose up-to V} of goose v3.2x (the CLI's legacy API: {@code
 * up.go}, {@code migrate.go}, {@code migration_sql.go}, {@code internal/sqlparser}), SQL migrations only.
 *
 * <ul>
 *   <li>Files: every {@code *.sql} (and {@code *.go}) in the directory, the version being the number before the
 *       first {@code _} ({@code > 0}; any other {@code .sql} name is goose's "could not parse SQL migration file"
 *       error); a duplicate version is goose's panic "goose: duplicate version … detected". Go migrations are listed
 *       but cannot be run by Rehearsal: a run that reaches one fails naming it.
 *   <li>History: {@link GooseTable}, created with its {@code version_id = 0} row. Every recorded version_id counts as
 *       present (whatever {@code is_applied} says); the maximum is the current version.
 *   <li>Pending: files above the maximum, ascending. Files below it that were never applied are "missing": {@code
 *       goose up} refuses with {@code error: found N missing migrations before current version M:} unless {@value
 *       #ALLOW_MISSING}{@code =true} ({@code -allow-missing}), which applies them first. {@link #status()} marks such
 *       a migration, once applied, OUT_OF_ORDER.
 *   <li>Each file is parsed when it is about to run ({@link GooseParser}); its statements and the version row run in
 *       one transaction, or with {@code -- +goose NO TRANSACTION} each statement on its own (a failure keeps the ones
 *       before it) and the row after them. Each statement is one simple-protocol query. No lock (the CLI takes none).
 *   <li>{@link #migrateTo(String)} = {@code goose up-to V}. No repair moves.
 *   <li>Settings: {@value #TABLE} ({@code -table}), {@value #ALLOW_MISSING}, and {@value #ENV}{@code NAME} for the
 *       values of {@code ENVSUB ON} (before the process environment).
 * </ul>
 *
 * <p>Internal, not API.
 */
public final class GooseMigrations extends AbstractToolMigrations {
    static final String TABLE = ConfigurationKeys.Goose.TABLE;
    static final String ALLOW_MISSING = ConfigurationKeys.Goose.ALLOW_MISSING;
    static final String ENV = ConfigurationKeys.Goose.ENV;

    /** A migration file: its version, name, and whether it is a Go migration. */
    record Local(long version, String file, boolean go) {
        String id() {
            return Long.toString(version);
        }
    }

    private final List<Local> files;
    private final String table;
    private final boolean allowMissing;
    private final Map<String, String> env;

    private GooseMigrations(
            MigrationContext context, List<Local> files, String table, boolean allowMissing, Map<String, String> env) {
        super(
                context,
                MigrationTool.GOOSE,
                "a version, the number before the first _ of the file name, e.g. 20240101120000 or 3");
        this.files = files;
        this.table = table;
        this.allowMissing = allowMissing;
        this.env = env;
    }

    static GooseMigrations open(MigrationContext context) {
        Map<Long, Local> byVersion = new TreeMap<>();
        for (String name : MigrationFiles.names(context.directory())) {
            boolean go = name.endsWith(".go");
            if (!name.endsWith(".sql") && !go) {
                continue;
            }
            Optional<Long> version = version(name);
            if (version.isEmpty()) {
                if (go) {
                    continue;
                }
                throw new MigrationSetupException("could not parse SQL migration file \"" + context.location() + "/"
                        + name + "\": " + versionError(name) + " (goose refuses the whole directory). Name it"
                        + " <version>_<name>.sql with a version above 0, or move it out of " + context.location()
                        + ".");
            }
            Local local = new Local(version.get(), name, go);
            Local other = byVersion.putIfAbsent(version.get(), local);
            if (other != null) {
                throw new MigrationSetupException("goose: duplicate version " + version.get() + " detected:\n"
                        + context.location() + "/" + other.file() + "\n" + context.location() + "/" + name
                        + "\n(goose panics on this directory.) Renumber one of them.");
            }
        }
        String table = context.text(TABLE).orElse("goose_db_version");
        return new GooseMigrations(
                context,
                List.copyOf(byVersion.values()),
                table,
                flag(context, ALLOW_MISSING),
                new TreeMap<>(context.settingsUnder(ENV)));
    }

    /** {@code NumericComponent}: the number before the first {@code _}, when it is above 0. */
    static Optional<Long> version(String name) {
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return Optional.empty();
        }
        try {
            long v = Long.parseLong(name.substring(0, underscore));
            return v < 1 ? Optional.empty() : Optional.of(v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String versionError(String name) {
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return "no filename separator '_' found";
        }
        try {
            Long.parseLong(name.substring(0, underscore));
            return "migration version must be greater than zero";
        } catch (NumberFormatException e) {
            return "failed to parse version from migration file: " + name + ": strconv.ParseInt: parsing \""
                    + name.substring(0, underscore) + "\": invalid syntax";
        }
    }

    @Override
    protected String repairAdvice() {
        return "goose has no command to mark a migration applied or rolled back; a failed migration leaves no row"
                + " (unless it has NO TRANSACTION), so fixing the cause and deploy() again is goose's recovery (by"
                + " hand: INSERT INTO " + table + " (version_id, is_applied) VALUES (V, true) through"
                + " RestoredDatabase.execute).";
    }

    @Override
    public List<String> moves() {
        return List.of("deploy()", "migrateTo(version)");
    }

    @Override
    public List<String> localIds() {
        return files.stream().map(Local::id).toList();
    }

    List<Local> files() {
        return files;
    }

    boolean allowMissing() {
        return allowMissing;
    }

    Map<String, String> env() {
        return env;
    }

    @Override
    public String fingerprint() {
        return withFiles(
                new Fingerprint("goose")
                        .add("table=" + table)
                        .add("allow-missing=" + allowMissing)
                        .add("env=" + env),
                files.stream().map(Local::file).toList());
    }

    @Override
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        files.stream()
                .filter(Local::go)
                .forEach(f -> warnings.add(f.file() + " is a Go migration: Rehearsal cannot run it (a deploy that"
                        + " reaches it fails); run your goose binary with tool = COMMAND instead."));
        return warnings;
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        try (Connection connection = connect("read goose's " + table)) {
            return GooseStatus.of(files, new GooseTable(connection, table).rows(), allowMissing);
        } catch (SQLException e) {
            throw new RehearsalSqlException("SELECT version_id, is_applied FROM " + table, "goose's history", e);
        }
    }

    @Override
    protected void apply(Optional<String> target) {
        try (Connection connection = connect("run `goose up`")) {
            new GooseUp(this, new GooseTable(connection, table), connection).run(target.map(Long::parseLong));
        } catch (SQLException e) {
            throw new RehearsalException(
                    "goose's bookkeeping failed on " + context.database() + ": " + e.getMessage(), e);
        }
    }

    static MigrationRefusedException refused(String code, String text, String explanation) {
        return new MigrationRefusedException(MigrationTool.GOOSE, code, "goose run: " + text + "\n\n" + explanation);
    }

    static Comparator<Local> byVersion() {
        return Comparator.comparingLong(Local::version);
    }
}
