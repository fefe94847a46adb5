package dev.rehearsal.internal.spi;

import dev.rehearsal.MigrationTool;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What Rehearsal knows about one migration tool: how to recognise its layout and how to open its migrations on a
 * database. Each {@link MigrationTool} constant has one.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface MigrationToolSupport {

    /** The tool this support reproduces. */
    MigrationTool tool();

    /** The tool's name for messages, e.g. {@code "Flyway"}, {@code "golang-migrate"}: {@link MigrationTool#displayName()}. */
    default String displayName() {
        return tool().displayName();
    }

    /**
     * The evidence that {@code directory} has this tool's layout, e.g. {@code "12 files named
     * <version>_<title>.up.sql"}; empty when it does not. Cheap, and never throws: an unreadable or odd directory
     * simply does not match.
     */
    Optional<String> detect(Path directory);

    /**
     * Reads the code's migrations in {@code context.directory()} and binds them to the context's database.
     *
     * @throws dev.rehearsal.RehearsalException when the layout is broken (duplicate versions, unparsable names, …),
     *     with a message saying which file and how to fix it
     */
    ToolMigrations open(MigrationContext context);
}
