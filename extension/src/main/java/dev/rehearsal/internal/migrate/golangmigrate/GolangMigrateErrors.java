package dev.rehearsal.internal.migrate.golangmigrate;

import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * golang-migrate's texts, as {@code migrate.go}, {@code source/iofs/iofs.go} and the CLI print them, the
 * refusals Rehearsal throws with them, and the advisory lock key of {@code database/util.go}.
 *
 * <p>Internal, not API.
 */
final class GolangMigrateErrors {
    /** {@code DefaultLockTimeout} of {@code migrate.go}. */
    static final int LOCK_TIMEOUT_SECONDS = 15;

    private static final long ADVISORY_LOCK_ID_SALT = 1486364155L;

    private GolangMigrateErrors() {}

    /** {@code ErrDirty}. */
    static String dirty(long version) {
        return "Dirty database version " + version + ". Fix and force version.";
    }

    /** {@code versionExists}: neither an up nor a down file for the recorded version. */
    static String noMigrationFound(long version, String location) {
        return "no migration found for version " + version + ": read down for version " + version + " " + location
                + ": file does not exist";
    }

    /**
     * {@code GenerateAdvisoryLockId(databaseName, schema, table)}: CRC-32 (IEEE) of the three names joined by NUL
     * bytes, times 1486364155, as an unsigned 32-bit number. The CLI passes the URL's path as the database name
     * ({@code "/" + name}, {@code Open} uses {@code purl.Path}); a program that calls {@code WithInstance} with an empty
     * {@code DatabaseName} gets {@code CURRENT_DATABASE()} without the slash, hence another key. Rehearsal uses the
     * CLI's.
     */
    static long lockKey(String database, String schema, String table) {
        CRC32 crc = new CRC32();
        crc.update(("/" + database + "\0" + schema + "\0" + table).getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() * ADVISORY_LOCK_ID_SALT) & 0xFFFFFFFFL;
    }

    /** A refusal: {@code error: <golang-migrate's text>}, a blank line, Rehearsal's explanation. */
    static MigrationRefusedException refused(String code, String text, String explanation) {
        return new MigrationRefusedException(
                MigrationTool.GOLANG_MIGRATE, code, "error: " + text + "\n\n" + explanation);
    }
}
