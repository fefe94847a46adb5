package dev.rehearsal.internal.migrate;

import dev.rehearsal.internal.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The files of a migrations folder, read once: every regular file below it with its SHA-256, and a private copy of exactly those bytes that the tools read instead of the folder. The template cache keys a migrated
 * template by these digests and the tool builds it from this copy, so a file edited meanwhile (an IDE saving, a
 * build step regenerating it) can never give a template keyed by one content and built from another.
 *
 * <p>The copies live in one temporary directory per JVM, one sub-folder per content (two locations with the same
 * files share it), deleted when the JVM exits; the next JVM deletes those of a JVM that was killed.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 */
public final class MigrationSnapshot {
    /** More than this is not a migrations folder: refused rather than copied. */
    static final long MAX_BYTES = 256L << 20;

    private static final String PREFIX = "rehearsal-migrations-";
    /** The file in a JVM's folder naming its process, so that a later JVM can delete a killed one's copies. */
    private static final String OWNER = "owner.pid";

    private static Path root;

    private final Path copy;
    private final Map<String, String> digests;
    private final String fingerprint;

    private MigrationSnapshot(Path copy, Map<String, String> digests, String fingerprint) {
        this.copy = copy;
        this.digests = digests;
        this.fingerprint = fingerprint;
    }

    /**
     * Reads every regular file below {@code location}'s directory (links followed) and keeps a copy of them.
     *
     * @throws MigrationSetupException when the folder cannot be read or is larger than a migrations folder can be
     */
    public static MigrationSnapshot read(MigrationsLocation location) {
        Objects.requireNonNull(location, "location");
        Path directory = location.directory();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> folders;
        long total = 0;
        try (Stream<Path> walk = Files.walk(directory, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            List<Path> all = walk.sorted(Comparator.comparing(p -> relative(directory, p)))
                    .toList();
            folders = all.stream()
                    .filter(Files::isDirectory)
                    .map(p -> relative(directory, p))
                    .toList();
            List<Path> regular = all.stream().filter(Files::isRegularFile).toList();
            for (Path file : regular) {
                byte[] bytes = Files.readAllBytes(file);
                total += bytes.length;
                if (total > MAX_BYTES) {
                    throw new MigrationSetupException("The migrations location " + location.display() + " ("
                            + directory + ") holds more than " + (MAX_BYTES >> 20) + " MiB of files (reached at "
                            + relative(directory, file) + "); expected the folder holding the migrations only. Point"
                            + " @MigratesTo(migrations = …) at that folder.");
                }
                files.put(relative(directory, file), bytes);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationSetupException(
                    "The migrations location " + location.display() + " (" + directory + ") could not be read: " + e
                            + ". Check that the folder and its files are readable.",
                    e);
        }
        Map<String, String> digests = new LinkedHashMap<>();
        Fingerprint whole = new Fingerprint("migration files");
        files.forEach((name, bytes) -> {
            String digest = Fingerprint.sha256(bytes);
            digests.put(name, digest);
            whole.add(name).add(digest);
        });
        String fingerprint = whole.hex();
        Path name = directory.getFileName();
        return new MigrationSnapshot(
                write(fingerprint, name == null ? "migrations" : name.toString(), folders, files),
                Collections.unmodifiableMap(digests),
                fingerprint);
    }

    /** The private copy the tools read: the same relative paths and bytes as the folder had when it was read. */
    public Path directory() {
        return copy;
    }

    /** SHA-256 (lowercase hex) of each file, by path relative to the folder ({@code /}-separated), in path order. */
    public Map<String, String> digests() {
        return digests;
    }

    /** One SHA-256 over every path and digest: equal for two folders with the same files. */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationSnapshot that && fingerprint.equals(that.fingerprint);
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return digests.size() + " file(s), " + fingerprint.substring(0, 12) + "…";
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The copy of {@code files} in a folder named {@code name}, as the folder was (a tool may read its own name, e.g.
     * Play's database {@code default}): written once per content, name and JVM, whole or not at all (a rename
     * publishes it).
     */
    private static Path write(String fingerprint, String name, List<String> folders, Map<String, byte[]> files) {
        Path holder =
                root().resolve(Fingerprint.of("snapshot", fingerprint, name).substring(0, 24));
        Path target = holder.resolve(name);
        if (Files.isDirectory(target)) {
            return target;
        }
        Path staging = null;
        try {
            staging = Files.createTempDirectory(root(), "staging-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(name).resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            for (String folder : folders) {
                Files.createDirectories(staging.resolve(name).resolve(folder)); // empty folders are copied too
            }
            try {
                Files.move(staging, holder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                delete(staging); // another thread wrote the same content first
            }
            return target;
        } catch (IOException e) {
            if (staging != null) {
                delete(staging);
            }
            throw new MigrationSetupException(
                    "Could not keep a copy of the migration files under " + root() + ": " + e.getMessage()
                            + ". Check that java.io.tmpdir (" + System.getProperty("java.io.tmpdir")
                            + ") is writable and has space.",
                    e);
        }
    }

    private static synchronized Path root() {
        if (root == null) {
            try {
                Path temp = Path.of(System.getProperty("java.io.tmpdir"));
                removeLeftovers(temp);
                Path created = Files.createTempDirectory(temp, PREFIX);
                Files.writeString(
                        created.resolve(OWNER),
                        Long.toString(ProcessHandle.current().pid()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created), "rehearsal-migrations-cleanup"));
                root = created;
            } catch (IOException e) {
                throw new MigrationSetupException(
                        "Could not create a temporary directory for the migration files: " + e.getMessage()
                                + ". Check that java.io.tmpdir (" + System.getProperty("java.io.tmpdir")
                                + ") is writable.",
                        e);
            }
        }
        return root;
    }

    /**
     * Deletes the copies of JVMs that ended without their shutdown hook (killed): a folder whose owner process is gone,
     * or that names none and is older than a minute (its JVM died before writing it).
     */
    static void removeLeftovers(Path temp) {
        try (Stream<Path> entries = Files.list(temp)) {
            for (Path folder : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .toList()) {
                if (!ownerAlive(folder)) {
                    delete(folder);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // an unreadable temporary directory: nothing of ours to clean
        }
    }

    private static boolean ownerAlive(Path folder) {
        try {
            long pid = Long.parseLong(Files.readString(folder.resolve(OWNER)).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            try {
                return Files.getLastModifiedTime(folder).toMillis() > System.currentTimeMillis() - 60_000;
            } catch (IOException gone) {
                return true; // deleted meanwhile, or not ours to judge
            }
        }
    }

    private static void delete(Path tree) {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: what is left is the system's to clean
        }
    }
}
