package dev.rehearsal.internal.migrate;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the migrations of {@code @MigratesTo(migrations = …)} are: a directory on the classpath (first) or relative
 * to the project directory.
 *
 * <p>Only directories are supported: a classpath location must be a {@code file:} URL (e.g. {@code
 * src/test/resources} → {@code target/test-classes}); one packaged in a jar is refused with a message saying how
 * to fix it.
 *
 * <p>Internal, not API.
 *
 * @param directory the absolute directory holding the migrations
 * @param display the location as the user wrote it (without a trailing {@code /}), used in messages such as
 *     {@code prisma/migrations/20240101000000_init/migration.sql:7}
 * @param source where it was found, for messages: {@code "classpath (file:/…)"} or {@code "project directory"}
 * @param origin the folder the user named: {@code directory} itself, or the folder a {@link MigrationSnapshot}'s copy
 *     ({@code directory}) was read from; what is looked for around the folder (the project's own files) is looked for
 *     from here
 */
public record MigrationsLocation(Path directory, String display, String source, Path origin) {

    public MigrationsLocation {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    /** The folder the user named, read where it is. */
    public MigrationsLocation(Path directory, String display, String source) {
        this(directory, display, source, directory);
    }

    /** This location read from {@code snapshot}'s copy of its files instead of the folder. */
    public MigrationsLocation readFrom(MigrationSnapshot snapshot) {
        return new MigrationsLocation(snapshot.directory(), display, source, origin);
    }

    /**
     * Resolves a location: the classpath first, then {@code projectDirectory.resolve(location)}.
     *
     * @throws MigrationSetupException when it is missing, not a directory or inside a jar
     */
    public static MigrationsLocation resolve(String location, Path projectDirectory, ClassLoader classLoader) {
        Objects.requireNonNull(location, "location");
        String display = location.strip();
        while (display.length() > 1 && display.endsWith("/")) {
            display = display.substring(0, display.length() - 1);
        }
        if (display.isEmpty()) {
            throw new MigrationSetupException("@MigratesTo(migrations = \"" + location + "\") is empty: expected the"
                    + " directory holding the migrations, e.g. \"prisma/migrations\" (the folder with one"
                    + " sub-folder per migration).");
        }
        String resource = display.startsWith("/") ? display.substring(1) : display;
        URL url = resource.isEmpty() || classLoader == null ? null : classLoader.getResource(resource);
        if (url != null) {
            return fromClasspath(display, url);
        }
        Path candidate;
        try {
            candidate = projectDirectory.resolve(display).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new MigrationSetupException(notFound(display, projectDirectory, "it is not a valid path"), e);
        }
        if (Files.isDirectory(candidate)) {
            return new MigrationsLocation(candidate, display, "project directory (" + candidate + ")");
        }
        if (Files.exists(candidate)) {
            throw new MigrationSetupException("@MigratesTo(migrations = \"" + display + "\") is the file " + candidate
                    + ", expected a directory holding the migrations (for Prisma: prisma/migrations, with one"
                    + " sub-folder per migration). Point it at the folder instead.");
        }
        throw new MigrationSetupException(notFound(display, projectDirectory, "nothing is there"));
    }

    private static MigrationsLocation fromClasspath(String display, URL url) {
        if (!"file".equals(url.getProtocol())) {
            throw new MigrationSetupException("@MigratesTo(migrations = \"" + display + "\") was found on the"
                    + " classpath at " + url + ", which is not a plain directory (protocol \"" + url.getProtocol()
                    + "\"). Rehearsal reads migrations from directories only: keep them in the project (e.g."
                    + " src/test/resources/" + display + " or a path relative to the project directory), not"
                    + " packaged in a jar.");
        }
        Path path;
        try {
            path = Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new MigrationSetupException(
                    "@MigratesTo(migrations = \"" + display + "\") was found on the classpath at " + url
                            + ", which cannot be read as a directory: " + e.getMessage(),
                    e);
        }
        if (!Files.isDirectory(path)) {
            throw new MigrationSetupException("@MigratesTo(migrations = \"" + display + "\") is the classpath file "
                    + path + ", expected a directory holding the migrations (for Prisma: prisma/migrations, with"
                    + " one sub-folder per migration). Point it at the folder instead.");
        }
        return new MigrationsLocation(path, display, "classpath (" + url + ")");
    }

    private static String notFound(String display, Path projectDirectory, String why) {
        return "@MigratesTo(migrations = \"" + display + "\") was not found: expected a directory holding the"
                + " migrations (for Prisma: the folder with one sub-folder per migration, each with a"
                + " migration.sql). Looked on the test classpath (resource \"" + display + "\": absent) and under"
                + " the project directory (" + projectDirectory.toAbsolutePath().normalize() + "/" + display + ": "
                + why + "). Fix: set migrations to the folder's path relative to the project directory"
                + " (e.g. \"prisma/migrations\" or \"../backend/prisma/migrations\"), or copy it under"
                + " src/test/resources.";
    }
}
