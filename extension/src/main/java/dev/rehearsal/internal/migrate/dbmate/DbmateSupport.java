package dev.rehearsal.internal.migrate.dbmate;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.nio.file.Path;
import java.util.Optional;

/**
 * dbmate's layout: files named {@code <digits>….sql} holding a {@code -- migrate:up} line.
 *
 * <p>Internal, not API.
 */
public final class DbmateSupport implements MigrationToolSupport {
    private static final int HEAD = 1 << 20;

    @Override
    public MigrationTool tool() {
        return MigrationTool.DBMATE;
    }

    @Override
    public Optional<String> detect(Path directory) {
        long count = MigrationFiles.namesOrEmpty(directory).stream()
                .filter(n -> DbmateMigrations.FILE.matcher(n).matches())
                .filter(n -> DbmateFile.hasUpDirective(MigrationFiles.head(directory.resolve(n), HEAD)))
                .count();
        return count == 0
                ? Optional.empty()
                : Optional.of(count + " file" + (count == 1 ? "" : "s") + " named <version>_<name>.sql with a"
                        + " '-- migrate:up' line");
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        return DbmateMigrations.open(context);
    }
}
