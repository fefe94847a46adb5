package dev.rehearsal.internal.migrate.sqlx;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.AbstractToolMigrations;
import dev.rehearsal.internal.spi.MigrationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * sqlx reproduced natively: {@code Migrator::run} ({@code sqlx::migrate!().run(&pool)}, {@code sqlx migrate run}) of
 * sqlx 0.8 with Postgres ({@code sqlx-core/src/migrate/migrator.rs}, {@code sqlx-postgres/src/migrate.rs}, {@code
 * sqlx-cli/src/migrate.rs}).
 *
 * <ul>
 *   <li>Files: {@link SqlxSource}; down files are never run. History: {@link SqlxTable}.
 *   <li>Run: {@code pg_advisory_lock(0x3d32ad9e * crc32(current_database()))} (waits), the table, then refusals
 *       before anything runs: a {@code success = false} row ("migration V is partially applied; fix and remove row
 *       from `_sqlx_migrations` table"), an applied version without a file ("… was previously applied but is missing
 *       in the resolved migrations", unless {@value #IGNORE_MISSING}{@code =true}). Then, in version order: an
 *       applied migration whose checksum differs stops the run ("migration V was previously applied but has been
 *       modified") — after the pending migrations of lower versions were applied, as sqlx checks while iterating;
 *       an unapplied one is applied, also below the latest applied version (out of order, silently).
 *   <li>Apply: {@code BEGIN}, the file as one simple-protocol query, {@code INSERT (version, description, TRUE,
 *       checksum, -1)}, {@code COMMIT}, then {@code UPDATE execution_time} (nanoseconds). {@code -- no-transaction}:
 *       the same without {@code BEGIN}/{@code COMMIT} (the file is still one implicit transaction).
 *   <li>{@link #migrateTo(String)} = {@code sqlx migrate run --target-version V} (a target below the latest applied
 *       version is sqlx's "migration V is older than the latest applied migration L").
 *   <li>{@link #resolveRolledBack(String)} deletes the {@code success = false} row of that version: the manual step
 *       sqlx's Dirty message prescribes ("remove row from `_sqlx_migrations`"); the next run applies the migration
 *       again. It is a shortcut for that SQL, not a sqlx command, so {@link #moves()} does not list it. sqlx itself writes {@code success = TRUE} only, so such rows come from older sqlx versions or from
 *       hand-made history.
 *   <li>Settings: {@value #TABLE} (sqlx.toml's {@code migrate.table-name}), {@value #IGNORE_MISSING}.
 * </ul>
 *
 * <p>Internal, not API.
 */
public final class SqlxMigrations extends AbstractToolMigrations {
    static final String TABLE = ConfigurationKeys.Sqlx.TABLE;
    static final String IGNORE_MISSING = ConfigurationKeys.Sqlx.IGNORE_MISSING;

    private final List<SqlxSource.Migration> migrations;
    private final String table;
    private final boolean ignoreMissing;

    private SqlxMigrations(
            MigrationContext context, List<SqlxSource.Migration> migrations, String table, boolean ignoreMissing) {
        super(
                context,
                MigrationTool.SQLX,
                "a version, the number before the first _ of the file name, e.g. 20240101120000");
        this.migrations = migrations;
        this.table = table;
        this.ignoreMissing = ignoreMissing;
    }

    static SqlxMigrations open(MigrationContext context) {
        String table = context.text(TABLE).orElse("_sqlx_migrations");
        return new SqlxMigrations(
                context,
                SqlxSource.read(context.directory(), context.location()),
                table,
                flag(context, IGNORE_MISSING));
    }

    @Override
    protected String repairAdvice() {
        return "sqlx has no command to mark a migration applied or rolled back; its one repair is removing a partially"
                + " applied (success = false) row by hand, as its Dirty message says (RestoredDatabase.execute(\"DELETE"
                + " FROM " + table + " WHERE version = … AND success = false\"), which resolveRolledBack(version)"
                + " also does).";
    }

    /** {@code sqlx migrate run} (with {@code --target-version}): sqlx's only moves on a history. */
    @Override
    public List<String> moves() {
        return List.of("deploy()", "migrateTo(version)");
    }

    /** The up migrations (simple and reversible up), in the order sqlx runs them. */
    List<SqlxSource.Migration> ups() {
        return migrations.stream().filter(m -> m.type() != SqlxSource.Type.DOWN).toList();
    }

    List<SqlxSource.Migration> all() {
        return migrations;
    }

    boolean ignoreMissing() {
        return ignoreMissing;
    }

    @Override
    public List<String> localIds() {
        return ups().stream().map(SqlxSource.Migration::id).toList();
    }

    @Override
    public String fingerprint() {
        Fingerprint fingerprint = new Fingerprint("sqlx").add("table=" + table).add("ignore-missing=" + ignoreMissing);
        for (SqlxSource.Migration migration : ups()) {
            fingerprint.add(migration.file()).add(migration.checksum());
        }
        return fingerprint.hex();
    }

    @Override
    public List<String> warnings() {
        Map<Long, List<String>> byVersion = ups().stream()
                .collect(Collectors.groupingBy(
                        SqlxSource.Migration::version,
                        Collectors.mapping(SqlxSource.Migration::file, Collectors.toList())));
        List<String> warnings = new ArrayList<>();
        byVersion.forEach((version, files) -> {
            if (files.size() > 1) {
                warnings.add("Version " + version + " belongs to " + String.join(" and ", files) + ": sqlx applies"
                        + " both and the second fails on _sqlx_migrations_pkey.");
            }
        });
        return warnings;
    }

    @Override
    public synchronized List<MigrationStatus> status() {
        try (Connection connection = connect("read sqlx's " + table)) {
            return SqlxStatus.of(ups(), new SqlxTable(connection, table).rows());
        } catch (SQLException e) {
            throw new RehearsalSqlException("SELECT … FROM " + table, "sqlx's history", e);
        }
    }

    @Override
    protected void apply(Optional<String> target) {
        try (Connection connection = connect("run sqlx's migrator")) {
            new SqlxRun(this, new SqlxTable(connection, table), connection).run(target.map(Long::parseLong));
        } catch (SQLException e) {
            throw new RehearsalException(
                    "sqlx's bookkeeping failed on " + context.database() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void resolveRolledBack(String id) {
        long version;
        try {
            version = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("resolveRolledBack(\"" + id + "\"): sqlx migrations are identified by"
                    + " their version, e.g. resolveRolledBack(\"20240101120000\").");
        }
        try (Connection connection = connect("remove a partially applied row from " + table)) {
            if (!new SqlxTable(connection, table).deleteFailed(version)) {
                throw new IllegalArgumentException("resolveRolledBack(\"" + id + "\"): " + table + " has no"
                        + " success = false row for version " + version + ", so there is nothing to remove (sqlx only"
                        + " refuses to run because of such rows). status() shows the history.");
            }
        } catch (SQLException e) {
            throw new RehearsalSqlException(
                    "DELETE FROM " + table + " WHERE version = " + version + " AND success = false",
                    "sqlx's history",
                    e);
        }
    }

    static MigrationRefusedException refused(String code, String text, String explanation) {
        return new MigrationRefusedException(MigrationTool.SQLX, code, "error: " + text + "\n\n" + explanation);
    }
}
