package dev.rehearsal.internal.migrate;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.command.CommandSupport;
import dev.rehearsal.internal.migrate.dbmate.DbmateSupport;
import dev.rehearsal.internal.migrate.flyway.FlywaySupport;
import dev.rehearsal.internal.migrate.golangmigrate.GolangMigrateSupport;
import dev.rehearsal.internal.migrate.goose.GooseSupport;
import dev.rehearsal.internal.migrate.liquibase.LiquibaseSupport;
import dev.rehearsal.internal.migrate.plain.PlainSqlSupport;
import dev.rehearsal.internal.migrate.play.PlayEvolutionsSupport;
import dev.rehearsal.internal.migrate.prisma.PrismaSupport;
import dev.rehearsal.internal.migrate.sqlx.SqlxSupport;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The entry point to the migration tools: detects the tool from a directory's layout and opens a {@link
 * ToolMigrations} on a database.
 *
 * <p>Adding a tool: a sibling package ({@code migrate.flyway}, …) with a {@link MigrationToolSupport}, listed in
 * {@link #SUPPORTS}.
 *
 * <p>Internal, not API.
 */
public final class MigrationTools {
    private static final System.Logger LOG = System.getLogger(MigrationTools.class.getName());

    /** Every tool Rehearsal reproduces, in the order AUTO lists candidates. */
    private static final List<MigrationToolSupport> SUPPORTS = List.of(
            new PrismaSupport(), // one per line: helpers add theirs
            new FlywaySupport(),
            new GolangMigrateSupport(),
            new DbmateSupport(),
            new GooseSupport(),
            new SqlxSupport(),
            new PlayEvolutionsSupport(),
            new LiquibaseSupport(),
            new PlainSqlSupport(),
            new CommandSupport());

    /** Tools whose layout AUTO never claims: any folder of scripts would match them. */
    private static final java.util.Set<MigrationTool> EXPLICIT_ONLY =
            java.util.EnumSet.of(MigrationTool.PLAIN_SQL, MigrationTool.COMMAND);

    /** The locations whose detected tool was logged: once per location and JVM, not per test or deploy(). */
    private static final Set<Path> LOGGED = ConcurrentHashMap.newKeySet();

    private MigrationTools() {}

    /** The support of {@code tool} (not AUTO). */
    public static MigrationToolSupport support(MigrationTool tool) {
        Objects.requireNonNull(tool, "tool");
        return SUPPORTS.stream()
                .filter(s -> s.tool() == tool)
                .findFirst()
                .orElseThrow(() -> new MigrationSetupException("tool = " + tool
                        + " is not available in this version of Rehearsal; available: " + names(SUPPORTS) + "."));
    }

    /** Opens the context's directory for {@code tool} (AUTO: detected from the layout). */
    public static ToolMigrations open(MigrationTool tool, MigrationContext context) {
        Objects.requireNonNull(context, "context");
        MigrationTool resolved = tool == MigrationTool.AUTO
                ? detect(context.directory(), context.location(), context.projectDirectory())
                : tool;
        return support(resolved).open(context);
    }

    /**
     * Opens {@code directory} for {@code tool} on the database {@code connections} reaches, with default options
     * (no command, no downs, settings from the system).
     */
    public static ToolMigrations open(
            MigrationTool tool,
            Path directory,
            String displayDirectory,
            ConnectionSource connections,
            FixtureInfo fixture) {
        return open(tool, directory, displayDirectory, connections, fixture, Optional.empty());
    }

    /** Like {@link #open(MigrationTool, Path, String, ConnectionSource, FixtureInfo)} with an initial failure. */
    public static ToolMigrations open(
            MigrationTool tool,
            Path directory,
            String displayDirectory,
            ConnectionSource connections,
            FixtureInfo fixture,
            Optional<MigrationFailedException> initialFailure) {
        MigrationsLocation location = new MigrationsLocation(directory, displayDirectory, "given");
        return open(
                tool,
                DefaultMigrationContext.of(
                        location,
                        Objects.requireNonNull(connections, "connections"),
                        Optional.ofNullable(fixture),
                        initialFailure));
    }

    /**
     * The tools (never {@code PLAIN_SQL} or {@code COMMAND}) whose layout {@code directory} has, with their evidence;
     * empty when none.
     */
    public static Map<MigrationTool, String> candidates(Path directory) {
        Map<MigrationTool, String> matches = new java.util.LinkedHashMap<>();
        for (MigrationToolSupport support : SUPPORTS) {
            if (!EXPLICIT_ONLY.contains(support.tool())) {
                support.detect(directory).ifPresent(evidence -> matches.put(support.tool(), evidence));
            }
        }
        return matches;
    }

    /**
     * The tool whose layout {@code directory} has.
     *
     * @throws MigrationSetupException naming what was looked for and what was found when no tool matches, and the
     *     candidates with their evidence when several do
     */
    public static MigrationTool detect(Path directory, String displayDirectory) {
        return detect(directory, displayDirectory, directory);
    }

    /**
     * The tool whose layout {@code directory} has; when the layout fits several tools, the one the project's own
     * build or dependency files point to (from {@code directory} up to {@code projectDirectory}: {@code go.mod},
     * {@code Cargo.toml}, {@code package.json}, {@code pom.xml}, {@code build.gradle[.kts]}, {@code build.sbt}), if
     * exactly one of them is.
     *
     * @throws MigrationSetupException naming what was looked for and what was found when no tool matches, and the
     *     candidates with their evidence when several do and the project does not tell them apart
     */
    public static MigrationTool detect(Path directory, String displayDirectory, Path projectDirectory) {
        if (!Files.isDirectory(directory)) {
            throw new MigrationSetupException("The migrations location " + displayDirectory + " (" + directory
                    + ") is not a directory; expected the folder holding the migrations. Tools: " + names(SUPPORTS)
                    + ".");
        }
        Map<MigrationToolSupport, String> matches = new java.util.LinkedHashMap<>();
        for (MigrationToolSupport support : SUPPORTS) {
            support.detect(directory).ifPresent(evidence -> matches.put(support, evidence));
        }
        if (matches.size() == 1) {
            Map.Entry<MigrationToolSupport, String> only =
                    matches.entrySet().iterator().next();
            if (LOGGED.add(directory.toAbsolutePath().normalize())) {
                LOG.log(
                        Level.INFO,
                        () -> "Rehearsal detected " + only.getKey().displayName() + " in " + displayDirectory + " ("
                                + only.getValue() + "); set @MigratesTo(tool = …) to choose another tool.");
            }
            return only.getKey().tool();
        }
        if (matches.size() > 1) {
            Map<MigrationToolSupport, String> pointed = new java.util.LinkedHashMap<>();
            for (MigrationToolSupport support : matches.keySet()) {
                ProjectEvidence.pointsTo(support.tool(), directory, projectDirectory)
                        .ifPresent(evidence -> pointed.put(support, evidence));
            }
            if (pointed.size() == 1) {
                Map.Entry<MigrationToolSupport, String> chosen =
                        pointed.entrySet().iterator().next();
                String fits = matches.keySet().stream()
                        .map(MigrationToolSupport::displayName)
                        .collect(Collectors.joining(" and "));
                if (LOGGED.add(directory.toAbsolutePath().normalize())) {
                    LOG.log(
                            Level.INFO,
                            () -> "Rehearsal detected " + chosen.getKey().displayName() + " in " + displayDirectory
                                    + ": its layout fits " + fits + ", and " + chosen.getValue()
                                    + "; set @MigratesTo(tool = …) to choose another tool.");
                }
                return chosen.getKey().tool();
            }
            String projectSays = pointed.isEmpty()
                    ? " The project's go.mod, Cargo.toml, package.json or build files name none of them."
                    : " The project points to several: " + String.join("; ", pointed.values()) + ".";
            String candidates = matches.entrySet().stream()
                    .map(e ->
                            e.getKey().displayName() + " (tool = " + e.getKey().tool() + ": " + e.getValue() + ")")
                    .collect(Collectors.joining("; "));
            throw new MigrationSetupException("The layout of " + displayDirectory + " (" + directory + ") matches "
                    + matches.size() + " migration tools: " + candidates + "." + projectSays
                    + " Rehearsal will not guess: set"
                    + " @MigratesTo(tool = …) to the tool the application uses.");
        }
        String what = describeContents(directory, displayDirectory);
        throw new MigrationSetupException("Could not detect the migration tool of " + displayDirectory + " ("
                + directory + "): no known layout matches, and " + what + ". Known tools: " + names(SUPPORTS)
                + ". Fix: point @MigratesTo(migrations = …) at the folder holding the migrations, or set tool = …"
                + " explicitly.");
    }

    private static String describeContents(Path directory, String displayDirectory) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                found.add(entry.getFileName() + (Files.isDirectory(entry) ? "/" : ""));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationSetupException(
                    "The migrations location " + displayDirectory + " (" + directory + ") cannot be listed: " + e, e);
        }
        if (found.isEmpty()) {
            return "it is empty";
        }
        int shown = Math.min(found.size(), 10);
        String list = String.join(", ", found.subList(0, shown));
        return "it holds " + (found.size() > shown ? list + " and " + (found.size() - shown) + " more" : list);
    }

    private static String names(List<MigrationToolSupport> supports) {
        return supports.stream()
                        .filter(s -> !EXPLICIT_ONLY.contains(s.tool()))
                        .map(s -> s.displayName() + " (" + s.tool() + ")")
                        .collect(Collectors.joining(", "))
                + "; chosen explicitly: "
                + supports.stream()
                        .filter(s -> EXPLICIT_ONLY.contains(s.tool()))
                        .map(s -> s.displayName() + " (tool = " + s.tool() + ")")
                        .collect(Collectors.joining(", "));
    }
}
