package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.MigrationSetupException;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Liquibase's layout: a master changelog ({@code db.changelog-master.xml|yaml|yml|json|sql}) or a formatted-SQL
 * changelog in the migrations location. Detection works without Liquibase; opening needs {@code
 * org.liquibase:liquibase-core} on the test classpath and says so when it is missing.
 *
 * <p>Internal, not API.
 */
public final class LiquibaseSupport implements MigrationToolSupport {
    static final String COORDINATES = "org.liquibase:liquibase-core";
    static final String PROBE_CLASS = "liquibase.command.CommandScope";
    private static final System.Logger LOG = System.getLogger(LiquibaseSupport.class.getName());
    /** Version notes are logged once per run; {@link ToolMigrations#warnings()} keeps them for every location. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    @Override
    public MigrationTool tool() {
        return MigrationTool.LIQUIBASE;
    }

    @Override
    public Optional<String> detect(Path directory) {
        try {
            return LiquibaseChangelogs.evidence(directory);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        LiquibaseSettings settings = LiquibaseSettings.from(context);
        String changelog = LiquibaseChangelogs.changelog(context.directory(), context.location(), settings.changelog());
        requireLiquibase(context.location(), changelog);
        LiquibaseVersion version = LiquibaseBridge.version();
        version.requireSupported(context.location());
        LiquibaseBridge bridge = new LiquibaseBridge(context.directory(), changelog, settings);
        List<ChangeSetRef> changeSets;
        List<String> limitations;
        try {
            changeSets = bridge.changeSets();
            limitations = bridge.limitations(version);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationSetupException(
                    "Liquibase could not parse the changelog " + context.location() + "/" + changelog + ": "
                            + e.getMessage(),
                    e);
        }
        version.untested().filter(LOGGED::add).ifPresent(warning -> LOG.log(Level.WARNING, warning));
        limitations.stream().filter(LOGGED::add).forEach(limitation -> LOG.log(Level.INFO, limitation));
        List<String> warnings = new ArrayList<>();
        version.untested().ifPresent(warnings::add);
        warnings.addAll(limitations);
        return new LiquibaseMigrations(
                context, bridge, changeSets, fingerprint(context.directory(), changelog, settings), warnings);
    }

    /** Fails, naming the Maven coordinates, when Liquibase is not on the classpath. */
    static void requireLiquibase(String location, String changelog) {
        try {
            Class.forName(PROBE_CLASS, false, LiquibaseSupport.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MigrationSetupException(
                    location + " holds a Liquibase changelog (" + changelog + "), and"
                            + " Rehearsal runs Liquibase through its own API, but Liquibase is not on the test classpath ("
                            + PROBE_CLASS + " not found). Add the test dependency " + COORDINATES
                            + " (Rehearsal runs " + LiquibaseVersion.OLDEST + " to " + LiquibaseVersion.NEWEST_TESTED
                            + ".x; use the version the application runs), or set @MigratesTo(tool = …) if this is not"
                            + " Liquibase.",
                    e);
        }
    }

    private static String fingerprint(Path directory, String changelog, LiquibaseSettings settings) {
        try (Stream<Path> files = Files.walk(directory)) {
            Fingerprint sha256 = new Fingerprint("liquibase").add(changelog).add(settings.fingerprint());
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                sha256.add(directory.relativize(file).toString()).add(bytes);
            }
            return sha256.hex();
        } catch (IOException | UncheckedIOException e) {
            throw new RehearsalException("Could not read the Liquibase changelogs under " + directory + ": " + e, e);
        }
    }
}
