package dev.rehearsal.internal.migrate.golangmigrate;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * golang-migrate's layout: files named {@code <version>_<title>.up.<ext>} / {@code .down.<ext>}. sqlx's reversible
 * migrations ({@code <version>_<description>.up.sql} / {@code .down.sql}) have exactly the same names, so a directory
 * of {@code .up.sql}/{@code .down.sql} files matches both tools and AUTO reports the ambiguity: set the tool.
 *
 * <p>Internal, not API.
 */
public final class GolangMigrateSupport implements MigrationToolSupport {

    @Override
    public MigrationTool tool() {
        return MigrationTool.GOLANG_MIGRATE;
    }

    @Override
    public Optional<String> detect(Path directory) {
        List<String> names = MigrationFiles.namesOrEmpty(directory);
        long ups = names.stream()
                .filter(n -> GolangMigrateSource.NAME.matcher(n).matches() && n.contains(".up."))
                .count();
        long downs = names.stream()
                .filter(n -> GolangMigrateSource.NAME.matcher(n).matches() && n.contains(".down."))
                .count();
        if (ups == 0) {
            return Optional.empty();
        }
        boolean allSql = names.stream()
                .filter(n -> GolangMigrateSource.NAME.matcher(n).matches())
                .allMatch(n -> n.endsWith(".sql"));
        return Optional.of(ups + " file" + (ups == 1 ? "" : "s") + " named <version>_<title>.up.<ext>"
                + (downs > 0 ? " and " + downs + " .down.<ext>" : "")
                + (allSql ? " (sqlx's reversible migrations are named the same way)" : ""));
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        return GolangMigrateMigrations.open(context);
    }
}
