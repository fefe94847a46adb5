package dev.rehearsal.internal.migrate.prisma;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One immediate sub-directory of the Prisma migrations directory.
 *
 * @param name the directory name, which is the migration's name in {@code _prisma_migrations}
 * @param scriptPath {@code <directory>/migration.sql}
 * @param displayPath {@code <location as written>/<name>/migration.sql}, for messages
 * @param script the script as Prisma reads it (UTF-8, BOM and CRLF kept, malformed bytes replaced by U+FFFD),
 *     empty when it could not be read
 * @param readError why the script could not be read, empty when it was
 */
record LocalMigration(
        String name, Path scriptPath, String displayPath, Optional<String> script, Optional<String> readError) {

    /** The checksum Prisma would record, empty when the script could not be read. */
    Optional<String> checksum() {
        return script.map(PrismaChecksum::of);
    }
}
