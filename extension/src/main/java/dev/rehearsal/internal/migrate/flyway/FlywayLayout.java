package dev.rehearsal.internal.migrate.flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises Flyway's default SQL naming in a directory, without Flyway on the classpath: {@code
 * V<version>__<description>.sql} (versioned), {@code R__<description>.sql} (repeatable) and {@code
 * U<version>__<description>.sql} (undo, Flyway Teams). Flyway scans its locations recursively, so does this.
 *
 * <p>Used for AUTO detection only; the migrations themselves are read by Flyway's own name parser, with the
 * configured prefixes, separator and suffixes (see {@link FlywayScripts}).
 *
 * <p>Internal, not API.
 */
final class FlywayLayout {
    private static final Pattern VERSIONED = Pattern.compile("V\\d+(?:[._]\\d+)*__.+\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATABLE = Pattern.compile("R__.+\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDO = Pattern.compile("U\\d+(?:[._]\\d+)*__.+\\.sql", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEPTH = 8;
    private static final int MAX_FILES = 20_000;

    private FlywayLayout() {}

    /**
     * The evidence that {@code directory} holds Flyway SQL migrations, e.g. {@code "3 versioned scripts
     * V<version>__<description>.sql (V1__init.sql … V3__index.sql), 1 repeatable R__<description>.sql"}; empty
     * when it has no versioned or repeatable script, or cannot be read.
     */
    static Optional<String> evidence(Path directory) {
        List<String> versioned = new ArrayList<>();
        List<String> repeatable = new ArrayList<>();
        List<String> undo = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory, MAX_DEPTH)) {
            files.limit(MAX_FILES).filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                // The prefix is case-sensitive in Flyway (startsWith); the suffix is not.
                if (name.startsWith("V") && VERSIONED.matcher(name).matches()) {
                    versioned.add(name);
                } else if (name.startsWith("R") && REPEATABLE.matcher(name).matches()) {
                    repeatable.add(name);
                } else if (isUndo(name)) {
                    undo.add(name);
                }
            });
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
        if (versioned.isEmpty() && repeatable.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!versioned.isEmpty()) {
            parts.add(describe(versioned, "versioned script", "V<version>__<description>.sql"));
        }
        if (!repeatable.isEmpty()) {
            parts.add(describe(repeatable, "repeatable script", "R__<description>.sql"));
        }
        if (!undo.isEmpty()) {
            parts.add(describe(undo, "undo script", "U<version>__<description>.sql"));
        }
        return Optional.of(String.join(", ", parts));
    }

    /** Whether {@code name} is an undo script ({@code U<version>__<description>.sql}, Flyway Teams only). */
    static boolean isUndo(String name) {
        return name.startsWith("U") && UNDO.matcher(name).matches();
    }

    private static String describe(List<String> names, String noun, String pattern) {
        List<String> sorted = names.stream().sorted().toList();
        String examples = sorted.size() == 1 ? sorted.get(0) : sorted.get(0) + " … " + sorted.get(sorted.size() - 1);
        return sorted.size() + " " + noun + (sorted.size() == 1 ? "" : "s") + " named " + pattern + " (" + examples
                + ")";
    }
}
