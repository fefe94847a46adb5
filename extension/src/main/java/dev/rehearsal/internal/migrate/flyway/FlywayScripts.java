package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The SQL migrations in the migrations directory as Flyway names them, read without a database: every file under
 * the directory (recursively, as Flyway scans a {@code filesystem:} location) whose name Flyway's naming rules ({@link
 * FlywayNames}) accept with the configured prefixes, separator and suffixes. Versioned migrations in version
 * order, then repeatables by description: the order {@code flyway migrate} applies them in.
 *
 * <p>Ids: a versioned migration's id is its version as Flyway prints it ({@code 1}, {@code 2.1}); a repeatable's is
 * its description ({@code customer view} for {@code R__customer_view.sql}), as in Flyway's own messages.
 *
 * <p>Internal, not API.
 */
final class FlywayScripts {

    /** One SQL migration file. */
    record Script(String id, Optional<MigrationVersion> version, String description, Path file, String relativePath) {
        boolean isVersioned() {
            return version.isPresent();
        }
    }

    private final List<Script> scripts;
    private final List<String> undoScripts;
    private final String fingerprint;

    private FlywayScripts(List<Script> scripts, List<String> undoScripts, String fingerprint) {
        this.scripts = scripts;
        this.undoScripts = undoScripts;
        this.fingerprint = fingerprint;
    }

    /**
     * Reads the directory.
     *
     * @param display the location as the user wrote it, for messages
     * @throws MigrationSetupException when it cannot be read or two migrations have the same version
     */
    static FlywayScripts read(Path directory, String display, Configuration configuration, String configText) {
        FlywayNames names = new FlywayNames(configuration);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> directory.relativize(p).toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationSetupException(
                    "The Flyway migrations location " + display + " (" + directory + ") cannot be read: "
                            + e.getMessage(),
                    e);
        }
        List<Script> versioned = new ArrayList<>();
        List<Script> repeatable = new ArrayList<>();
        List<String> undo = new ArrayList<>();
        Fingerprint digest =
                new Fingerprint("flyway").add(FlywayVersion.describeCore()).add(configText);
        for (Path file : files) {
            String relative = directory.relativize(file).toString().replace('\\', '/');
            digest.add(relative);
            try {
                digest.add(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new MigrationSetupException(
                        "Cannot read " + display + "/" + relative + " (" + file + "): " + e.getMessage(), e);
            }
            String fileName = file.getFileName().toString();
            if (FlywayLayout.isUndo(fileName)) {
                undo.add(relative);
                continue;
            }
            if (!names.hasSuffix(fileName)) {
                continue; // Flyway reads only files with a migration suffix (a .sql.conf sidecar is read with its
                // script)
            }
            Optional<FlywayNames.Parsed> name = names.parse(fileName);
            if (name.isEmpty()) {
                continue;
            }
            // Callbacks (beforeMigrate.sql, …) are no migrations of their own: Flyway runs them at their events.
            switch (name.get().kind()) {
                case VERSIONED -> {
                    MigrationVersion version = name.get().version().orElseThrow();
                    versioned.add(new Script(
                            version.getVersion(),
                            Optional.of(version),
                            name.get().description(),
                            file,
                            relative));
                }
                case REPEATABLE ->
                    repeatable.add(new Script(
                            name.get().description(),
                            Optional.empty(),
                            name.get().description(),
                            file,
                            relative));
                case CALLBACK -> {
                    // Flyway finds and runs them itself
                }
            }
        }
        versioned.sort(Comparator.comparing(s -> s.version().orElseThrow()));
        repeatable.sort(Comparator.comparing(Script::description));
        refuseDuplicates(versioned, display);
        List<Script> all = new ArrayList<>(versioned);
        all.addAll(repeatable);
        return new FlywayScripts(List.copyOf(all), List.copyOf(undo), digest.hex());
    }

    List<Script> scripts() {
        return scripts;
    }

    List<String> ids() {
        return scripts.stream().map(Script::id).toList();
    }

    List<String> versionIds() {
        return scripts.stream().filter(Script::isVersioned).map(Script::id).toList();
    }

    /** The versioned migration whose version equals {@code version} numerically ({@code 2} = {@code 2.0} = {@code 002}). */
    Optional<Script> versioned(String version) {
        MigrationVersion wanted;
        try {
            wanted = MigrationVersion.fromVersion(version);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return scripts.stream()
                .filter(s -> s.version().map(wanted::equals).orElse(false))
                .findFirst();
    }

    /** Undo scripts (Flyway Teams only; Flyway Community, and so Rehearsal, never runs them). */
    List<String> undoScripts() {
        return undoScripts;
    }

    /** SHA-256 over the Flyway version, the configuration and every file of the directory (names and bytes). */
    String fingerprint() {
        return fingerprint;
    }

    private static void refuseDuplicates(List<Script> versioned, String display) {
        for (int i = 1; i < versioned.size(); i++) {
            Script previous = versioned.get(i - 1);
            Script current = versioned.get(i);
            if (previous.version().equals(current.version())) {
                throw new MigrationSetupException("Found more than one migration with version "
                        + current.version().orElseThrow() + " in " + display + ": " + previous.relativePath() + " and "
                        + current.relativePath() + " (Flyway compares versions numerically: 1, 1.0 and 001 are the"
                        + " same). Flyway refuses to run such a directory (DUPLICATE_VERSIONED_MIGRATION); give one"
                        + " of them another version.");
            }
        }
    }
}
