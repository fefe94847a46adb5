package dev.rehearsal.internal.schema;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.internal.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * A schema snapshot file named by a test ({@code "schema/app.yml"}): read from the classpath first, then from the
 * project directory; written, when {@value #UPDATE} is true, where the project keeps it (the file found under the
 * project directory, else {@code src/test/resources/} + location), atomically (a temporary file moved into place).
 */
public final class SnapshotFile {
    /** The setting that makes snapshot assertions write their files instead of comparing. */
    public static final String UPDATE = ConfigurationKeys.SNAPSHOTS_UPDATE;

    private final String location;
    private final Path projectDirectory;
    private final Optional<URL> classpath;
    private final boolean update;

    private SnapshotFile(String location, Path projectDirectory, Optional<URL> classpath, boolean update) {
        this.location = location;
        this.projectDirectory = projectDirectory;
        this.classpath = classpath;
        this.update = update;
    }

    /**
     * The file named {@code location}, with the update setting read from system properties, the environment and
     * {@code rehearsal.yml}.
     *
     * @throws IllegalArgumentException when the location is blank, absolute, leaves the project, or has no {@code
     *     .yml}, {@code .yaml} or {@code .json} extension
     */
    public static SnapshotFile locate(String location) {
        Settings settings = Settings.fromSystem();
        String value = settings.get(UPDATE).orElse("false").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("Invalid " + UPDATE + " = [" + value + "]: expected true or false.");
        }
        return of(
                location,
                settings.projectDirectory(),
                Thread.currentThread().getContextClassLoader(),
                value.equals("true"));
    }

    static SnapshotFile of(String location, Path projectDirectory, ClassLoader loader, boolean update) {
        if (location.isBlank()) {
            throw new IllegalArgumentException("The snapshot location is blank: expected e.g. \"schema/app.yml\".");
        }
        format(location);
        Path relative = Path.of(location).normalize();
        if (relative.isAbsolute() || relative.startsWith("..")) {
            throw new IllegalArgumentException("The snapshot location [" + location + "] must be a relative path"
                    + " inside the project (a classpath resource such as \"schema/app.yml\"), found one outside it.");
        }
        URL url = loader == null ? null : loader.getResource(location);
        return new SnapshotFile(location, projectDirectory, Optional.ofNullable(url), update);
    }

    public boolean updateRequested() {
        return update;
    }

    /** Where the snapshot is read from, for messages. */
    public String describe() {
        return location + classpath.map(u -> " (" + u + ")").orElseGet(() -> " (" + projectFile() + ")");
    }

    /**
     * The snapshot in the file.
     *
     * @throws AssertionError when there is no such file, saying how to create it
     * @throws IllegalArgumentException when the file is not a snapshot
     */
    public SchemaSnapshot read() {
        String text;
        try {
            if (classpath.isPresent()) {
                try (InputStream in = classpath.get().openStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } else if (Files.isRegularFile(projectFile())) {
                text = Files.readString(projectFile());
            } else {
                throw new AssertionError("\nExpecting the schema snapshot:\n  " + location
                        + "\nbut there is no such file on the classpath or at " + projectFile()
                        + ".\nCreate it: run the test once with -D" + UPDATE + "=true, check the file written to "
                        + writeTarget() + " and commit it.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read the schema snapshot " + describe() + ": " + e.getMessage(), e);
        }
        try {
            return format(location) == Format.JSON ? SchemaFiles.fromJson(text) : SchemaFiles.fromYaml(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The schema snapshot " + describe() + " cannot be read: " + e.getMessage() + " Rewrite it with -D"
                            + UPDATE + "=true.",
                    e);
        }
    }

    /** Writes {@code snapshot}; returns the line that says so. */
    public String write(SchemaSnapshot snapshot) {
        Path target = writeTarget();
        String text = format(location) == Format.JSON ? SchemaFiles.toJson(snapshot) : SchemaFiles.toYaml(snapshot);
        try {
            Files.createDirectories(target.getParent());
            boolean existed = Files.exists(target);
            boolean same = existed && Files.readString(target).equals(text);
            if (!same) {
                Path temporary = Files.createTempFile(target.getParent(), ".snapshot-", ".tmp");
                try {
                    Files.writeString(temporary, text);
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return "Rehearsal "
                    + (same
                            ? "left the schema snapshot unchanged"
                            : existed ? "rewrote the schema snapshot" : "wrote the new schema snapshot")
                    + " " + target + " (" + UPDATE + "=true): "
                    + snapshot.tables().size() + " tables, "
                    + snapshot.sequences().size() + " sequences, "
                    + snapshot.enums().size() + " enums, " + snapshot.views().size() + " views, "
                    + snapshot.functions().size() + " functions. Review and commit it; run without " + UPDATE
                    + " to compare against it.";
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the schema snapshot to " + target + " (" + UPDATE + "=true): " + e.getMessage()
                            + ". Check that the directory is writable.",
                    e);
        }
    }

    private Path projectFile() {
        return projectDirectory.resolve(location).normalize();
    }

    /** The file under the project directory if it exists there, else under src/test/resources. */
    Path writeTarget() {
        if (Files.isRegularFile(projectFile())) {
            return projectFile();
        }
        return projectDirectory.resolve("src/test/resources").resolve(location).normalize();
    }

    private enum Format {
        JSON,
        YAML
    }

    private static Format format(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
            return Format.YAML;
        }
        throw new IllegalArgumentException("The snapshot location [" + location + "] has no known format: expected"
                + " a .yml, .yaml or .json file name.");
    }
}
