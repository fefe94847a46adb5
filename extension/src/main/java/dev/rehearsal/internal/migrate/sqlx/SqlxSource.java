package dev.rehearsal.internal.migrate.sqlx;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * sqlx's migration source ({@code sqlx-core/src/migrate/source.rs}, {@code resolve_blocking_with_config}): every
 * regular file whose name splits at its first {@code _} into a version and a rest ending in {@code .sql}; the version
 * must parse as an i64 ("error parsing migration filename … expected integer version prefix"), other names are
 * ignored. {@code .up.sql} / {@code .down.sql} make reversible migrations, anything else a simple one; the
 * description is the rest without the suffix, {@code _} → space. The file must be UTF-8 ({@code read_to_string});
 * its checksum is SHA-384 of its bytes exactly (BOM and CRLF included; sqlx.toml's {@code ignored-chars} is not
 * reproduced), and {@code no_tx} is whether it starts with {@code -- no-transaction}. Sorted by version (stable).
 *
 * <p>Internal, not API.
 */
final class SqlxSource {
    enum Type {
        SIMPLE,
        UP,
        DOWN
    }

    /** One migration file. */
    record Migration(
            long version, String description, Type type, String file, String sql, byte[] checksum, boolean noTx) {
        String id() {
            return Long.toString(version);
        }
    }

    private SqlxSource() {}

    static List<Migration> read(Path directory, String location) {
        List<Migration> migrations = new ArrayList<>();
        for (String name : MigrationFiles.names(directory)) {
            Optional<Migration> migration = parse(directory, location, name);
            migration.ifPresent(migrations::add);
        }
        migrations.sort(Comparator.comparingLong(Migration::version));
        return List.copyOf(migrations);
    }

    /** Whether sqlx takes {@code name} for a migration file (without reading it). */
    static boolean isMigrationName(String name) {
        int underscore = name.indexOf('_');
        if (underscore < 0 || !name.substring(underscore + 1).endsWith(".sql")) {
            return false;
        }
        try {
            Long.parseLong(name.substring(0, underscore));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<Migration> parse(Path directory, String location, String name) {
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return Optional.empty();
        }
        String rest = name.substring(underscore + 1);
        if (!rest.endsWith(".sql")) {
            return Optional.empty();
        }
        long version;
        try {
            version = Long.parseLong(name.substring(0, underscore));
        } catch (NumberFormatException e) {
            throw new MigrationSetupException("while resolving migrations: error parsing migration filename \"" + name
                    + "\"; expected integer version prefix (e.g. `01_foo.sql`) — sqlx refuses " + location
                    + " because of this file. Rename it or move it out of the migrations directory.");
        }
        Type type = rest.endsWith(".up.sql") ? Type.UP : rest.endsWith(".down.sql") ? Type.DOWN : Type.SIMPLE;
        String suffix = type == Type.UP ? ".up.sql" : type == Type.DOWN ? ".down.sql" : ".sql";
        String description = rest.substring(0, rest.length() - suffix.length()).replace('_', ' ');
        byte[] bytes = MigrationFiles.read(directory.resolve(name));
        String sql = MigrationFiles.utf8(bytes)
                .orElseThrow(() -> new MigrationSetupException("while resolving migrations: error reading contents of"
                        + " migration " + directory.resolve(name) + ": stream did not contain valid UTF-8 — sqlx"
                        + " reads migrations as UTF-8 text. Re-encode the file."));
        return Optional.of(new Migration(
                version, description, type, name, sql, checksum(bytes), sql.startsWith("-- no-transaction")));
    }

    /** {@code migration::checksum}: SHA-384 of the file's bytes. */
    static byte[] checksum(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-384").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is missing from this JVM", e);
        }
    }
}
