package dev.rehearsal.internal.migrate.goose;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.nio.file.Path;
import java.util.Optional;

/**
 * goose's layout: {@code <version>_<name>.sql} files annotated {@code -- +goose Up}.
 *
 * <p>Internal, not API.
 */
public final class GooseSupport implements MigrationToolSupport {
    private static final int HEAD = 1 << 20;

    @Override
    public MigrationTool tool() {
        return MigrationTool.GOOSE;
    }

    @Override
    public Optional<String> detect(Path directory) {
        long count = MigrationFiles.namesOrEmpty(directory).stream()
                .filter(n -> n.endsWith(".sql") && GooseMigrations.version(n).isPresent())
                .filter(n -> GooseParser.hasUpAnnotation(MigrationFiles.head(directory.resolve(n), HEAD)))
                .count();
        return count == 0
                ? Optional.empty()
                : Optional.of(count + " file" + (count == 1 ? "" : "s") + " named <version>_<name>.sql with a"
                        + " '-- +goose Up' annotation");
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        return GooseMigrations.open(context);
    }
}
