package dev.rehearsal.internal.migrate.dbmate;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.ToolVerdict;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.migrate.MigrationStatuses;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.spi.MigrationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * dbmate reproduced natively: {@code dbmate migrate} (= {@code up} on an existing database) and {@code dbmate
 * status} of dbmate v2.3x with its {@code postgres} driver ({@code pkg/dbmate/db.go}, {@code migration.go}), checked
 * against the real dbmate 2.36.0 binary.
 *
 * <ul>
 *   <li>Files: {@code ^(\d+).*\.sql$}; the version is the leading digits, kept as a string; files run in file-name
 *       order. History: {@link DbmateTable}. No checksums, no lock.
 *   <li>Pending = files whose version is not recorded, including ones below the newest applied version (applied
 *       silently), unless {@value #STRICT}{@code =true} ({@code --strict}), which refuses with "migration `X` is out
 *       of order with already applied migrations, …". Recorded versions without a file are ignored.
 *   <li>Each section's up block runs as one query inside {@code BEGIN}, followed by the version's {@code INSERT} and
 *       {@code COMMIT}: a failure leaves no row and no change. With {@code transaction:false} the block runs outside a
 *       transaction — yet as one simple-protocol query, so a multi-statement block is still one implicit
 *       transaction (verified with dbmate 2.36.0: {@code CREATE TABLE b…; SELECT 1/0;} leaves no table b), unlike
 *       the spec's "a failure leaves partial changes". A file with several {@code -- migrate:up} sections inserts
 *       its version once per section, so the second section fails on {@code schema_migrations_pkey} (dbmate issue
 *       #820, reproduced with 2.36.0).
 *   <li>{@link #migrateTo(String)} applies the pending files up to and including that version in file order (dbmate
 *       has no target option: this is what {@code dbmate migrate} does with the directory ending there).
 *   <li>Settings: {@value #TABLE} ({@code --migrations-table}, may be {@code schema.table}), {@value #STRICT}.
 * </ul>
 *
 * <p>Internal, not API.
 */
public final class DbmateMigrations extends AbstractToolMigrations {
    static final Pattern FILE = Pattern.compile("^(\\d+).*\\.sql$");
    static final String TABLE = ConfigurationKeys.Dbmate.TABLE;
    static final String STRICT = ConfigurationKeys.Dbmate.STRICT;

    /** A migration file: its version (leading digits) and name. */
    record Local(String version, String file) {}

    private final List<Local> files;
    private final String table;
    private final boolean strict;

    private DbmateMigrations(MigrationContext context, List<Local> files, String table, boolean strict) {
        super(context, MigrationTool.DBMATE, "a version, the leading digits of the file name, e.g. 20240101120000");
        this.files = files;
        this.table = table;
        this.strict = strict;
    }

    static DbmateMigrations open(MigrationContext context) {
        List<Local> files = new ArrayList<>();
        for (String name : MigrationFiles.names(context.directory())) {
            Matcher m = FILE.matcher(name);
            if (m.matches()) {
                files.add(new Local(m.group(1), name));
            }
        }
        String table = context.text(TABLE).orElse("schema_migrations");
        return new DbmateMigrations(context, List.copyOf(files), table, flag(context, STRICT));
    }

    @Override
    protected String repairAdvice() {
        return "dbmate records applied versions only and has no command to mark one applied or not; a failed"
                + " migration leaves no row, so fixing the cause and deploy() again is dbmate's recovery (by hand:"
                + " INSERT INTO / DELETE FROM " + table + " through RestoredDatabase.execute).";
    }

    /**
     * dbmate's own verdict: pending is "file version not in schema_migrations" ({@code pkg/dbmate/db.go}), so a
     * recorded version without a file is ignored by {@code dbmate up} and {@code dbmate status}.
     */
    @Override
    public ToolVerdict verdict(MigrationStatus migration) {
        return migration.state() == MigrationState.UNKNOWN_TO_CODE
                ? ToolVerdict.settled("dbmate ignores versions in schema_migrations that have no migration file")
                : ToolVerdict.fromState(migration);
    }

    @Override
    public List<String> moves() {
        return List.of("deploy()", "migrateTo(version)");
    }

    @Override
    public List<String> localIds() {
        return files.stream().map(Local::version).toList();
    }

    List<Local> files() {
        return files;
    }

    String table() {
        return table;
    }

    boolean strict() {
        return strict;
    }

    @Override
    public String fingerprint() {
        return withFiles(
                new Fingerprint("dbmate").add("table=" + table).add("strict=" + strict),
                files.stream().map(Local::file).toList());
    }

    @Override
    public List<String> warnings() {
        Map<String, List<String>> byVersion = files.stream()
                .collect(Collectors.groupingBy(Local::version, Collectors.mapping(Local::file, Collectors.toList())));
        List<String> warnings = new ArrayList<>();
        byVersion.forEach((version, names) -> {
            if (names.size() > 1) {
                warnings.add("Version " + version + " belongs to " + String.join(" and ", names) + ": dbmate runs"
                        + " both, and the second fails on schema_migrations_pkey.");
            }
        });
        return warnings;
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        Set<String> applied;
        try (Connection connection = connect("read dbmate's schema_migrations")) {
            applied = DbmateTable.of(connection, table).versions();
        } catch (SQLException e) {
            throw new RehearsalSqlException("select version from " + table, "dbmate's history", e);
        }
        String highest = files.stream()
                .map(Local::version)
                .filter(applied::contains)
                .max(String::compareTo)
                .orElse("");
        List<MigrationStatus> result = new ArrayList<>();
        for (Local file : files) {
            if (applied.contains(file.version())) {
                result.add(status(file, MigrationState.APPLIED, "applied"));
            } else if (file.version().compareTo(highest) <= 0 && !highest.isEmpty()) {
                result.add(status(
                        file,
                        MigrationState.PENDING,
                        strict
                                ? "pending, out of order: --strict refuses it (below applied " + highest + ")"
                                : "pending, below applied " + highest + ": dbmate applies it anyway"));
            } else {
                result.add(status(file, MigrationState.PENDING, "pending"));
            }
        }
        Set<String> local = files.stream().map(Local::version).collect(Collectors.toSet());
        applied.stream()
                .filter(v -> !local.contains(v))
                .sorted()
                .forEach(v -> result.add(MigrationStatuses.of(
                        v, MigrationState.UNKNOWN_TO_CODE, "", "applied, no file (dbmate ignores it)")));
        return result;
    }

    private static MigrationStatus status(Local file, MigrationState state, String toolState) {
        return MigrationStatuses.of(file.version(), state, description(file), toolState);
    }

    /** The file name without its version and {@code .sql}, e.g. {@code create_users}. */
    static String description(Local file) {
        String rest = file.file().substring(file.version().length(), file.file().length() - ".sql".length());
        return rest.startsWith("_") ? rest.substring(1) : rest;
    }

    @Override
    protected void apply(Optional<String> target) {
        try (Connection connection = connect("run `dbmate migrate`")) {
            new DbmateMigrate(this, connection).run(target);
        } catch (SQLException e) {
            throw new RehearsalException(
                    "dbmate's bookkeeping failed on " + context.database() + ": " + e.getMessage(), e);
        }
    }

    static MigrationRefusedException refused(String code, String text, String explanation) {
        return new MigrationRefusedException(MigrationTool.DBMATE, code, "Error: " + text + "\n\n" + explanation);
    }
}
