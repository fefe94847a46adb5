package dev.rehearsal.internal.migrate.scripts;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Listing and reading a flat migrations directory the way the Go and Rust tools do ({@code os.ReadDir}: regular
 * files only, sub-directories ignored, by name).
 *
 * <p>Internal, not API.
 */
public final class MigrationFiles {
    private MigrationFiles() {}

    /** The names of the regular files in {@code directory}, sorted; empty when it cannot be listed. */
    public static List<String> namesOrEmpty(Path directory) {
        try {
            return names(directory);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The names of the regular files (symbolic links followed) in {@code directory}, sorted by their UTF-16 order
     * (the same as Go's byte order for the ASCII names migrations have).
     */
    public static List<String> names(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationSetupException("The migrations directory " + directory + " cannot be listed: " + e, e);
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MigrationSetupException("The migration file " + file + " cannot be read: " + e, e);
        }
    }

    /** The file's text when it is valid UTF-8 (BOM kept), empty otherwise. */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The file's text, invalid UTF-8 sequences replaced (as Go's {@code string(bytes)} keeps them, roughly). */
    public static String lenient(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads at most {@code limit} bytes of {@code file} as text, empty when unreadable (for cheap detection). */
    public static String head(Path file, int limit) {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
