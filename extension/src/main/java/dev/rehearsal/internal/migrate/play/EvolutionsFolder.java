package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The evolutions of one Play database as Play's {@code EnvironmentEvolutionsReader} finds them: {@code 1.sql},
 * {@code 2.sql}, … read in order until the first revision without a file; for each revision the first of {@code
 * N.sql}, {@code 0N.sql}, {@code 00N.sql}, … (up to 15 characters) that exists, the others ignored.
 *
 * <p>The location is the database's folder ({@code conf/evolutions/default}) or the {@code conf/evolutions} folder
 * holding it; with several database folders, {@value PlaySettings#DB} picks one.
 *
 * @param directory the database folder
 * @param database the Play database name (the folder's name, e.g. {@code default})
 * @param display the folder as the user would write it, for messages
 * @param evolutions the evolutions in revision order
 * @param warnings files Play ignores, and lines that look like markers but are not
 * @param fingerprint SHA-256 over the database name and each evolution's revision, file name and bytes
 */
record EvolutionsFolder(
        Path directory,
        String database,
        String display,
        List<Evolution> evolutions,
        List<String> warnings,
        String fingerprint) {

    static final Pattern FILE_NAME = Pattern.compile("\\d+\\.sql");
    private static final int MAX_NAME = 15;

    EvolutionsFolder {
        evolutions = List.copyOf(evolutions);
        warnings = List.copyOf(warnings);
    }

    static EvolutionsFolder read(Path location, String display, Optional<String> chosen) {
        if (!evolutionFiles(location).isEmpty()) {
            if (chosen.isPresent() && !chosen.get().equals(name(location))) {
                throw new MigrationSetupException("The setting " + PlaySettings.DB + " is \"" + chosen.get()
                        + "\", but " + display + " is itself the evolutions folder of the database \"" + name(location)
                        + "\" (it holds " + String.join(", ", evolutionFiles(location)) + "). Remove the setting or"
                        + " point @MigratesTo(migrations = …) at conf/evolutions.");
            }
            return load(location, name(location), display);
        }
        List<String> databases = databaseFolders(location);
        if (chosen.isPresent()) {
            if (!databases.contains(chosen.get())) {
                throw new MigrationSetupException(
                        "The setting " + PlaySettings.DB + " is \"" + chosen.get() + "\", but "
                                + display + " has no folder " + chosen.get() + "/ holding evolution scripts (N.sql); "
                                + describeDatabases(databases) + ".");
            }
            return load(location.resolve(chosen.get()), chosen.get(), display + "/" + chosen.get());
        }
        if (databases.size() == 1) {
            return load(location.resolve(databases.get(0)), databases.get(0), display + "/" + databases.get(0));
        }
        if (databases.isEmpty()) {
            throw new MigrationSetupException("No Play evolution scripts in " + display + " (" + location + "):"
                    + " expected files named 1.sql, 2.sql, … with \"-- !Ups\" / \"-- !Downs\" sections, either in it"
                    + " (conf/evolutions/default) or in one database folder below it (conf/evolutions).");
        }
        throw new MigrationSetupException(display + " holds the evolutions of several Play databases ("
                + String.join(", ", databases) + "); Rehearsal migrates one database per test. Point"
                + " @MigratesTo(migrations = …) at one of them (e.g. " + display + "/" + databases.get(0)
                + ") or set " + PlaySettings.DB + ".");
    }

    /** The names of the files of {@code directory} that look like evolutions ({@code N.sql}), sorted. */
    static List<String> evolutionFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> FILE_NAME.matcher(n).matches())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The sub-folders of {@code directory} that hold evolution files, sorted. */
    static List<String> databaseFolders(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .filter(d -> !evolutionFiles(d).isEmpty())
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static EvolutionsFolder load(Path folder, String database, String display) {
        List<Evolution> evolutions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        TreeSet<String> unread = new TreeSet<>(evolutionFiles(folder));
        Fingerprint digest = new Fingerprint("play evolutions").add(database);
        for (int revision = 1; revision > 0; revision++) {
            List<String> found = new ArrayList<>();
            for (String name = Integer.toString(revision); name.length() <= MAX_NAME; name = "0" + name) {
                if (Files.isRegularFile(folder.resolve(name + ".sql"))) {
                    found.add(name + ".sql");
                }
            }
            if (found.isEmpty()) {
                break;
            }
            String file = found.get(0);
            unread.removeAll(found);
            for (String ignored : found.subList(1, found.size())) {
                warnings.add(display + "/" + ignored + " is ignored: Play reads " + file + " for revision " + revision
                        + " (the first of " + revision + ".sql, 0" + revision + ".sql, … that exists).");
            }
            byte[] bytes = readBytes(folder.resolve(file), display + "/" + file);
            digest.add(Integer.toString(revision)).add(file).add(bytes);
            EvolutionScript script = EvolutionScript.parse(new String(bytes, StandardCharsets.UTF_8));
            for (String note : script.notes()) {
                warnings.add(display + "/" + file + ": " + note + ".");
            }
            evolutions.add(new Evolution(revision, script, display + "/" + file));
        }
        if (!unread.isEmpty()) {
            warnings.add("Play never reads " + String.join(", ", unread) + " in " + display + ": it reads 1.sql, 2.sql,"
                    + " … and stops at the first missing revision ("
                    + (evolutions.size() + 1) + ".sql). Rename the files so the revisions have no gap.");
        }
        return new EvolutionsFolder(folder, database, display, evolutions, warnings, digest.hex());
    }

    private static byte[] readBytes(Path file, String display) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MigrationSetupException(
                    "Could not read the evolution script " + display + " (" + file + "): " + e.getMessage()
                            + ". Play would fail the same way; make the file readable.",
                    e);
        }
    }

    private static String name(Path directory) {
        Path name = directory.getFileName();
        return name == null ? "default" : name.toString();
    }

    private static String describeDatabases(List<String> databases) {
        return databases.isEmpty()
                ? "it has no database folder with evolutions"
                : "its database folders are " + String.join(", ", databases);
    }
}
