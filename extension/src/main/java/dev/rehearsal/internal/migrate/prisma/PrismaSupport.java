package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prisma Migrate's layout: a {@code migration_lock.toml}, or sub-folders holding a {@code migration.sql}.
 *
 * <p>Internal, not API.
 */
public final class PrismaSupport implements MigrationToolSupport {

    @Override
    public MigrationTool tool() {
        return MigrationTool.PRISMA;
    }

    @Override
    public Optional<String> detect(Path directory) {
        if (Files.isRegularFile(directory.resolve("migration_lock.toml"))) {
            return Optional.of("a migration_lock.toml");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            long folders = entries.filter(e -> Files.isRegularFile(e.resolve("migration.sql")))
                    .count();
            return folders == 0
                    ? Optional.empty()
                    : Optional.of(folders + " sub-folder" + (folders == 1 ? "" : "s") + " holding a migration.sql");
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        return PrismaMigrations.open(context);
    }
}
