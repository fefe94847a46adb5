package dev.rehearsal.internal.migrate;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.prisma.PrismaMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entry point to the migration tools: detects the tool from a directory's layout and opens a {@link
 * ToolMigrations} on a database.
 *
 * <p>Adding a tool: a sibling package ({@code migrate.flyway}, …) implementing {@link ToolMigrations}, a constant
 * in {@link MigrationTool}, a layout rule in {@link #detect} and a case in {@link #open}.
 *
 * <p>Internal, not API.
 */
public final class MigrationTools {
    private static final String SUPPORTED = "supported: Prisma Migrate (a migration_lock.toml, or sub-folders"
            + " holding a migration.sql, e.g. prisma/migrations/20240101000000_init/migration.sql)";

    private MigrationTools() {}

    /** Opens {@code directory} for {@code tool} (AUTO: detected) on the database {@code connections} reaches. */
    public static ToolMigrations open(
            MigrationTool tool,
            Path directory,
            String displayDirectory,
            ConnectionSource connections,
            FixtureInfo fixture) {
        return open(tool, directory, displayDirectory, connections, fixture, Optional.empty());
    }

    /**
     * Opens {@code directory} for {@code tool} (AUTO: detected) on the database {@code connections} reaches.
     *
     * @param displayDirectory the location as the user wrote it, used in messages ({@code file:line})
     * @param fixture what the database was restored from, for messages; {@code null} when none
     * @param initialFailure the failure of the run that prepared this database (e.g. the template it was cloned
     *     from), reported by {@link ToolMigrations#lastFailure()} until the next deploy
     * @throws MigrationSetupException when the directory cannot be read or AUTO matches no tool
     */
    public static ToolMigrations open(
            MigrationTool tool,
            Path directory,
            String displayDirectory,
            ConnectionSource connections,
            FixtureInfo fixture,
            Optional<MigrationFailedException> initialFailure) {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(displayDirectory, "displayDirectory");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(initialFailure, "initialFailure");
        MigrationTool resolved = tool == MigrationTool.AUTO ? detect(directory, displayDirectory) : tool;
        return switch (resolved) {
            case PRISMA -> PrismaMigrations.open(directory, displayDirectory, connections, fixture, initialFailure);
            case AUTO -> throw new IllegalStateException("AUTO was resolved above");
        };
    }

    /**
     * The tool whose layout {@code directory} has.
     *
     * @throws MigrationSetupException naming what was looked for and what was found when no tool matches
     */
    public static MigrationTool detect(Path directory, String displayDirectory) {
        if (!Files.isDirectory(directory)) {
            throw new MigrationSetupException("The migrations location " + displayDirectory + " (" + directory
                    + ") is not a directory; expected the folder holding the migrations (" + SUPPORTED + ").");
        }
        if (Files.isRegularFile(directory.resolve("migration_lock.toml"))) {
            return MigrationTool.PRISMA;
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve("migration.sql"))) {
                    return MigrationTool.PRISMA;
                }
                found.add(entry.getFileName() + (Files.isDirectory(entry) ? "/" : ""));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationSetupException(
                    "The migrations location " + displayDirectory + " (" + directory + ") cannot be listed: " + e, e);
        }
        String what = found.isEmpty() ? "it is empty" : "it holds " + describe(found);
        throw new MigrationSetupException("Could not detect the migration tool of " + displayDirectory + " ("
                + directory + "): looked for a migration_lock.toml or sub-folders holding a migration.sql (Prisma"
                + " Migrate), but " + what + ". Tools " + SUPPORTED + ". Fix: point @MigratesTo(migrations = …) at"
                + " the folder holding the migrations, or set tool = … explicitly.");
    }

    private static String describe(List<String> names) {
        int shown = Math.min(names.size(), 10);
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }
}
