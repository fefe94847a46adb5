package dev.rehearsal.internal.migrate.sqlx;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationFailure;
import dev.rehearsal.internal.migrate.ScriptFailure;
import dev.rehearsal.internal.migrate.scripts.AdvisoryLock;
import dev.rehearsal.internal.migrate.scripts.SimpleQuery;
import dev.rehearsal.internal.migrate.scripts.Transactions;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/** {@code Migrator::run} / {@code sqlx migrate run [--target-version V]} on one connection. */
final class SqlxRun {
    private final SqlxMigrations owner;
    private final SqlxTable table;
    private final Connection connection;

    SqlxRun(SqlxMigrations owner, SqlxTable table, Connection connection) {
        this.owner = owner;
        this.table = table;
        this.connection = connection;
    }

    /** {@code generate_lock_id}: {@code 0x3d32ad9e * crc32(current_database())} as i64. */
    static long lockKey(String database) {
        CRC32 crc = new CRC32();
        crc.update(database.getBytes(StandardCharsets.UTF_8));
        return 0x3d32ad9eL * crc.getValue();
    }

    void run(Optional<Long> target) throws SQLException {
        long key = lockKey(currentDatabase());
        AdvisoryLock.lock(connection, key, Duration.ZERO);
        try {
            table.ensure();
            List<SqlxTable.Row> rows = table.rows();
            refuseDirty(rows);
            refuseMissing(rows);
            long latest = rows.stream().mapToLong(SqlxTable.Row::version).max().orElse(0);
            if (target.isPresent() && target.get() < latest) {
                throw SqlxMigrations.refused(
                        "VersionTooOld",
                        "migration " + target.get() + " is older than the latest applied migration " + latest,
                        "`sqlx migrate run --target-version " + target.get() + "` refuses a target below what the"
                                + " restored history already has; nothing ran.");
            }
            Map<Long, SqlxTable.Row> applied = new HashMap<>();
            rows.forEach(r -> applied.put(r.version(), r));
            List<SqlxSource.Migration> pending = owner.ups().stream()
                    .filter(m -> !applied.containsKey(m.version()))
                    .filter(m -> target.isEmpty() || m.version() <= target.get())
                    .toList();
            int done = 0;
            for (SqlxSource.Migration migration : owner.ups()) {
                SqlxTable.Row row = applied.get(migration.version());
                if (row != null) {
                    if (!Arrays.equals(row.checksum(), migration.checksum())) {
                        throw mismatch(migration, done);
                    }
                } else if (pending.contains(migration)) {
                    int at = done++;
                    owner.applyOne(migration.id(), () -> {
                        apply(migration, pending, at);
                        return null;
                    });
                }
            }
        } finally {
            AdvisoryLock.unlock(connection, key);
        }
    }

    private void refuseDirty(List<SqlxTable.Row> rows) {
        rows.stream().filter(r -> !r.success()).findFirst().ifPresent(r -> {
            throw SqlxMigrations.refused(
                    "Dirty",
                    "migration " + r.version() + " is partially applied; fix and remove row from `_sqlx_migrations`"
                            + " table",
                    "The restored " + table.name() + " has a success = false row for " + r.version() + " ("
                            + r.description() + "): sqlx refuses to run anything until it is removed. Rehearse the"
                            + " fix: undo or complete what the migration did (RestoredDatabase.execute), then"
                            + " RestoredDatabase.migrations().resolveRolledBack(\"" + r.version() + "\") (deletes"
                            + " the row, so the next run applies it again) and deploy().");
        });
    }

    private void refuseMissing(List<SqlxTable.Row> rows) {
        if (owner.ignoreMissing()) {
            return;
        }
        rows.stream()
                .filter(r -> owner.all().stream().noneMatch(m -> m.version() == r.version()))
                .findFirst()
                .ifPresent(r -> {
                    throw SqlxMigrations.refused(
                            "VersionMissing",
                            "migration " + r.version() + " was previously applied but is missing in the resolved"
                                    + " migrations",
                            "The restored " + table.name() + " records version " + r.version() + " ("
                                    + r.description() + "), which " + owner.location() + " no longer has (deleted or"
                                    + " renumbered). sqlx refuses before running anything; restore the file, or"
                                    + " rehearse Migrator::set_ignore_missing(true) with the setting "
                                    + SqlxMigrations.IGNORE_MISSING + "=true.");
                });
    }

    private RuntimeException mismatch(SqlxSource.Migration migration, int appliedBefore) {
        return SqlxMigrations.refused(
                "VersionMismatch",
                "migration " + migration.version() + " was previously applied but has been modified",
                owner.display(migration.file()) + " no longer has the SHA-384 checksum recorded in "
                        + table.name() + " when it was applied: someone edited an applied migration. sqlx stops here"
                        + (appliedBefore == 0
                                ? ", before running anything"
                                : " — after applying the " + appliedBefore + " pending migration(s) with lower"
                                        + " versions, which stay applied (sqlx compares checksums while iterating)")
                        + ". Restore the file as it was applied and put the change in a new migration.");
    }

    private void apply(SqlxSource.Migration migration, List<SqlxSource.Migration> pending, int index)
            throws SQLException {
        long start = System.nanoTime();
        if (!migration.noTx()) {
            Transactions.begin(connection);
        }
        Optional<ScriptFailure> failure = SimpleQuery.run(connection, migration.sql(), 1);
        if (failure.isPresent()) {
            if (!migration.noTx()) {
                Transactions.rollback(connection, failure.get().cause());
            }
            throw failed(migration, pending, index, failure.get());
        }
        table.insert(migration);
        if (!migration.noTx()) {
            Transactions.commit(connection);
        }
        table.recordTime(migration.version(), System.nanoTime() - start);
    }

    private MigrationFailedException failed(
            SqlxSource.Migration migration, List<SqlxSource.Migration> pending, int index, ScriptFailure f) {
        String toolText =
                "while executing migration " + migration.version() + ": error returned from database: " + f.message();
        String outcome = migration.noTx()
                ? "The file starts with -- no-transaction, yet it went to the server as one query, which PostgreSQL"
                        + " runs as one implicit transaction: its changes were rolled back (unless it committed part"
                        + " of itself)"
                : "The file and its " + table.name() + " row ran in one transaction, which was rolled back";
        return MigrationFailure.of(MigrationTool.SQLX, migration.id())
                .code("ExecuteMigration")
                .position(index, pending.size())
                .file(owner.display(migration.file()))
                .serverError(f)
                .fixture(owner.fixture())
                .history(outcome + "; no row was written, so the next run applies it again. sqlx reports\n    error: "
                        + toolText)
                .build();
    }

    private String currentDatabase() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
