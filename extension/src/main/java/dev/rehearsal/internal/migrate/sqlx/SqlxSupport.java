package dev.rehearsal.internal.migrate.sqlx;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * sqlx's layout: {@code <version>_<description>.sql} files, or reversible {@code .up.sql}/{@code .down.sql} pairs.
 * sqlx migrations are plain SQL, so the evidence excludes files carrying goose's {@code -- +goose Up} or dbmate's
 * {@code -- migrate:up} annotations; it still overlaps with a plain ordered-SQL directory and, for {@code .up.sql}
 * files, with golang-migrate (same names), which AUTO reports as ambiguous. A {@code -- no-transaction} first line is
 * sqlx's own marker and is named in the evidence.
 *
 * <p>Internal, not API.
 */
public final class SqlxSupport implements MigrationToolSupport {
    private static final int HEAD = 1 << 16;

    @Override
    public MigrationTool tool() {
        return MigrationTool.SQLX;
    }

    @Override
    public Optional<String> detect(Path directory) {
        List<String> names = MigrationFiles.namesOrEmpty(directory).stream()
                .filter(SqlxSource::isMigrationName)
                .toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        long noTx = 0;
        for (String name : names) {
            String head = MigrationFiles.head(directory.resolve(name), HEAD);
            if (head.contains("+goose") || head.matches("(?s).*(^|\\n)--\\s*migrate:up.*")) {
                return Optional.empty();
            }
            if (head.startsWith("-- no-transaction")) {
                noTx++;
            }
        }
        long reversible = names.stream().filter(n -> n.endsWith(".up.sql")).count();
        String what = reversible > 0
                ? reversible + " reversible migration" + (reversible == 1 ? "" : "s") + " named"
                        + " <version>_<description>.up.sql/.down.sql (golang-migrate's names too)"
                : names.size() + " file" + (names.size() == 1 ? "" : "s") + " named <version>_<description>.sql";
        return Optional.of(what + (noTx > 0 ? ", " + noTx + " starting with sqlx's '-- no-transaction'" : ""));
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        return SqlxMigrations.open(context);
    }
}
