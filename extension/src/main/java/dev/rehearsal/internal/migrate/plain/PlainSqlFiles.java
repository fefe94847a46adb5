package dev.rehearsal.internal.migrate.plain;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code *.sql} files directly in a directory, in natural order ({@link NaturalOrder}), read as UTF-8.
 *
 * <p>Internal, not API.
 *
 * @param display the location as the user wrote it
 * @param files the files in the order they are applied
 */
record PlainSqlFiles(String display, List<File> files) {

    /** One file: its name (the migration id) and its script. */
    record File(String name, String script) {}

    static PlainSqlFiles read(Path directory, String display) {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql"))
                    .forEach(paths::add);
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationSetupException(
                    "The migrations location " + display + " (" + directory + ") cannot be listed: " + e, e);
        }
        if (paths.isEmpty()) {
            throw new MigrationSetupException(
                    "The migrations location " + display + " (" + directory + ") holds no"
                            + " .sql file; tool = PLAIN_SQL applies the *.sql files directly in that folder, in natural"
                            + " order (2_x.sql before 10_y.sql). Point @MigratesTo(migrations = …) at the folder holding them.");
        }
        paths.sort((a, b) -> NaturalOrder.INSTANCE.compare(
                a.getFileName().toString(), b.getFileName().toString()));
        List<File> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(new File(path.getFileName().toString(), decode(path, display)));
        }
        return new PlainSqlFiles(display, List.copyOf(files));
    }

    List<String> names() {
        return files.stream().map(File::name).toList();
    }

    int indexOf(String name) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String fingerprint(String mode) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("PLAIN_SQL " + mode + "\0").getBytes(StandardCharsets.UTF_8));
            for (File file : files) {
                digest.update((file.name() + "\0" + file.script() + "\0").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(Path path, String display) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MigrationSetupException(
                    display + "/" + path.getFileName() + " is not valid UTF-8 (" + e
                            + "); save it as UTF-8, the encoding Rehearsal sends scripts in.",
                    e);
        } catch (IOException e) {
            throw new MigrationSetupException("Could not read " + display + "/" + path.getFileName() + ": " + e, e);
        }
    }
}
