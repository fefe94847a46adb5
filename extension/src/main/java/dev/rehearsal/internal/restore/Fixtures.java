package dev.rehearsal.internal.restore;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.cache.DigestCache;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.restore.archive.ArchiveRestoreFixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a backup file, checks its format and reads what its header says.
 *
 * <p>Lookup: {@code ${env:NAME}} and {@code ${sys:name}} are expanded first; then the location is looked up as
 * a classpath resource, then as a file relative to the project directory (absolute paths are used as they
 * are). The format is detected from the content, never from the file name ({@link FormatSniffer}): plain SQL,
 * uncompressed or compressed with gzip, zstd or lz4, is restored, and so are custom ({@code -Fc}), tar ({@code -Ft})
 * and directory ({@code -Fd}) archives ({@link ArchiveRestoreFixtures}); a script for {@code runScript} must be plain
 * SQL, so archives are refused there with a message saying how to convert them.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class Fixtures {

    /** What a location should name, for messages. */
    static final String EXPECTED = "expected a pg_dump plain SQL script, uncompressed or compressed with gzip, zstd or"
            + " lz4 (or, for @RestoredFrom, a pg_dump custom, tar or directory archive)";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern DUMPED_FROM = Pattern.compile("^-- Dumped from database version (\\S.*?)\\s*$");
    private static final Pattern DUMPED_BY = Pattern.compile("^-- Dumped by pg_dump version (\\S.*?)\\s*$");
    private static final int HEADER_LINES = 50;

    private Fixtures() {}

    /**
     * Resolves a {@code @RestoredFrom} location.
     *
     * @throws FixtureRestoreException when a variable is unset, the file does not exist, is empty, or has a format
     *     this version does not restore
     */
    public static Fixture resolve(String location, ClassLoader loader, Path projectDir) {
        return resolve(location, loader, projectDir, "@RestoredFrom", DigestCache.none(), List.of());
    }

    /**
     * Resolves a {@code @RestoredFrom} location like {@link #resolve(String, ClassLoader, Path)}, taking the SHA-256 of
     * a backup file from {@code digests} while the file is unchanged (see {@link DigestCache}).
     */
    public static Fixture resolve(String location, ClassLoader loader, Path projectDir, DigestCache digests) {
        return resolve(location, loader, projectDir, "@RestoredFrom", digests, List.of());
    }

    /**
     * Resolves a {@code @RestoredFrom} location like {@link #resolve(String, ClassLoader, Path, DigestCache)}, also
     * reading absolute paths under {@code outside}, directories outside the project ({@value
     * ConfigurationKeys#RESTORE_ALLOWED_DIRECTORIES}).
     */
    public static Fixture resolve(
            String location, ClassLoader loader, Path projectDir, DigestCache digests, List<Path> outside) {
        return resolve(location, loader, projectDir, "@RestoredFrom", digests, outside);
    }

    /**
     * The directories {@value ConfigurationKeys#RESTORE_ALLOWED_DIRECTORIES} names (comma-separated, absolute or
     * relative to the project directory); empty when it is not set.
     */
    public static List<Path> allowedDirectories(Settings settings) {
        return settings.get(ConfigurationKeys.RESTORE_ALLOWED_DIRECTORIES).stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> settings.projectDirectory()
                        .resolve(entry)
                        .toAbsolutePath()
                        .normalize())
                .toList();
    }

    /**
     * Resolves the location of a script for {@code RestoredDatabase.runScript}; like {@link #resolve(String,
     * ClassLoader, Path)}, with messages that speak of a script.
     */
    public static Fixture resolveScript(String location, ClassLoader loader, Path projectDir) {
        return resolve(location, loader, projectDir, "Script", DigestCache.none(), List.of());
    }

    private static Fixture resolve(
            String location,
            ClassLoader loader,
            Path projectDir,
            String subject,
            DigestCache digests,
            List<Path> outside) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(projectDir, "projectDir");
        String expanded = expand(location, subject);
        String what = subject + " [" + expanded + "]";
        if (expanded.isBlank()) {
            throw failure(
                    what + " is empty; " + EXPECTED.replace("expected a", "expected the location of a"), expanded);
        }
        Found found = find(expanded, loader, projectDir, what, outside);
        return inspect(expanded, found, what, subject.equals("@RestoredFrom"), digests);
    }

    /** Expands {@code ${env:NAME}} and {@code ${sys:name}}; anything else in {@code ${…}} is an error. */
    static String expand(String location, String subject) {
        Matcher matcher = VARIABLE.matcher(location);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String value;
            if (variable.startsWith("env:")) {
                String name = variable.substring(4);
                value = System.getenv(name);
                if (value == null) {
                    throw failure(
                            subject + " [" + location + "] uses the environment variable " + name
                                    + ", which is not set; set it (e.g. export " + name + "=backups/prod.sql.gz),"
                                    + " write the location without ${env:" + name + "}, or skip the test class"
                                    + " where it is not set: @EnabledIfEnvironmentVariable(named = \"" + name
                                    + "\", matches = \".+\") on the class",
                            location);
                }
            } else if (variable.startsWith("sys:")) {
                String name = variable.substring(4);
                value = System.getProperty(name);
                if (value == null) {
                    throw failure(
                            subject + " [" + location + "] uses the system property " + name
                                    + ", which is not set; set it (e.g. -D" + name + "=backups/prod.sql.gz),"
                                    + " write the location without ${sys:" + name + "}, or skip the test class"
                                    + " where it is not set: @EnabledIfSystemProperty(named = \"" + name
                                    + "\", matches = \".+\") on the class",
                            location);
                }
            } else {
                throw failure(
                        subject + " [" + location + "] contains ${" + variable + "}; expected ${env:NAME} for"
                                + " an environment variable or ${sys:name} for a system property",
                        location);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** @param file the file behind {@code bytes} when there is one (not a resource inside a jar), else null */
    private record Found(String source, ByteSource bytes, Path directory, Path file) {}

    private static Found find(String location, ClassLoader loader, Path projectDir, String what, List<Path> outside) {
        refuseEscape(location, projectDir, what);
        if (loader != null) {
            String resource = location.startsWith("/") ? location.substring(1) : location;
            URL url = resource.isEmpty() ? null : loader.getResource(resource);
            if (url != null) {
                Path directory = directoryOf(url);
                return new Found(url.toString(), url::openStream, directory, fileOf(url));
            }
        }
        Path file;
        try {
            file = projectDir.resolve(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw failure(what + " is not a valid path: " + e.getMessage(), location);
        }
        refuseOutside(file, projectDir, what, outside, location);
        if (Files.isDirectory(file)) {
            return new Found(file.toString(), () -> Files.newInputStream(file), file, null);
        }
        if (!Files.isRegularFile(file)) {
            throw failure(
                    what + " was not found on the classpath or under the project directory "
                            + projectDir.toAbsolutePath().normalize()
                            + "; "
                            + EXPECTED,
                    location);
        }
        if (!Files.isReadable(file)) {
            throw failure(what + " exists at " + file + " but is not readable by this process", location);
        }
        return new Found(file.toString(), () -> Files.newInputStream(file), null, file);
    }

    /**
     * A relative location is looked up on the classpath and under the project, never above it: {@code
     * ../../../etc/passwd} is refused before anything is read (so no message can quote what the file holds). The
     * project is the project directory or, when it lies in a version-control checkout (an ancestor holding {@code
     * .git}), that checkout: a module may use {@code ../fixtures/x.sql} of its own repository. An absolute path is an
     * explicit choice of the person who wrote it (typically {@code ${env:BACKUP}} in CI) and is used as it is.
     */
    private static void refuseEscape(String location, Path projectDir, String what) {
        Path relative;
        try {
            relative = Path.of(location);
        } catch (InvalidPathException e) {
            return; // reported as an invalid path below
        }
        if (relative.isAbsolute()) {
            return;
        }
        Path project = projectDir.toAbsolutePath().normalize();
        Path root = projectRoot(project);
        Path resolved = project.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw failure(
                    what + " leads outside the project " + root + " and the classpath (to " + resolved
                            + "); a relative location must stay under them, so nothing was read. Move the backup"
                            + " under the project (e.g. src/test/resources/backups), or, if it really lives"
                            + " elsewhere, name it by an absolute path (e.g. ${env:BACKUP_FILE}) in a directory"
                            + " allowed by " + ConfigurationKeys.RESTORE_ALLOWED_DIRECTORIES + ".",
                    location);
        }
    }

    /**
     * An absolute location (not found on the classpath) must lie under the project (or its checkout) or under a
     * directory of {@value ConfigurationKeys#RESTORE_ALLOWED_DIRECTORIES}, and so must the file it really is
     * (symbolic links followed): {@code /etc/passwd} is refused before anything is read, so no message quotes it.
     */
    private static void refuseOutside(Path file, Path projectDir, String what, List<Path> outside, String location) {
        Path root = projectRoot(projectDir.toAbsolutePath().normalize());
        List<Path> allowed = new java.util.ArrayList<>();
        allowed.add(root);
        allowed.addAll(outside);
        boolean inside = allowed.stream().anyMatch(file::startsWith);
        if (inside && Files.exists(file)) {
            try {
                Path real = file.toRealPath();
                inside = allowed.stream().anyMatch(dir -> real.startsWith(dir) || real.startsWith(realPath(dir)));
            } catch (IOException e) {
                inside = false;
            }
        }
        if (!inside) {
            throw failure(
                    what + " is outside the project " + root + " and the classpath (found " + file + ")"
                            + (outside.isEmpty() ? "" : " and outside " + outside)
                            + "; expected a backup under the project, on the classpath or in a directory allowed by "
                            + ConfigurationKeys.RESTORE_ALLOWED_DIRECTORIES + ", so nothing was read. Move the backup"
                            + " under the project (e.g. src/test/resources/backups), or allow its directory: "
                            + ConfigurationKeys.RESTORE_ALLOWED_DIRECTORIES + "=" + file.getParent()
                            + " (a system property, JUnit parameter, environment variable or rehearsal.yml).",
                    location);
        }
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory;
        }
    }

    /** The checkout holding {@code projectDir} (nearest ancestor with {@code .git}), else {@code projectDir}. */
    private static Path projectRoot(Path projectDir) {
        for (Path path = projectDir; path != null; path = path.getParent()) {
            if (Files.exists(path.resolve(".git"))) {
                return path;
            }
        }
        return projectDir;
    }

    private static Path directoryOf(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            Path path = Path.of(url.toURI());
            return Files.isDirectory(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Path fileOf(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            Path path = Path.of(url.toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Fixture inspect(String location, Found found, String what, boolean archives, DigestCache digests) {
        if (found.directory() != null) {
            if (Files.isRegularFile(found.directory().resolve("toc.dat"))) {
                if (archives) {
                    return ArchiveRestoreFixtures.directory(location, found.source(), found.directory(), what);
                }
                throw unsupported(what, location, found.source(), DumpFormat.DIRECTORY);
            }
            throw failure(what + " (" + found.source() + ") is a directory without a toc.dat; " + EXPECTED, location);
        }
        byte[] head;
        String sha256;
        try {
            head = head(found.bytes(), FormatSniffer.HEAD);
            sha256 = found.file() != null ? digests.sha256(found.file()) : sha256(found.bytes());
        } catch (IOException e) {
            throw new FixtureRestoreException(
                    what + " could not be read from " + found.source() + ": " + e.getMessage(), location, 0, e);
        }
        if (head.length == 0) {
            throw failure(what + " (" + found.source() + ") is empty; " + EXPECTED, location);
        }
        DumpFormat format = FormatSniffer.sniff(head);
        if (format == null) {
            throw failure(what + " (" + found.source() + ") is " + binary(head), location);
        }
        if (!format.isPlainScript()) {
            if (archives) {
                return ArchiveRestoreFixtures.file(location, found.source(), found.bytes(), sha256, what);
            }
            throw unsupported(what, location, found.source(), format);
        }
        Fixture fixture = new Fixture(
                location, found.source(), sha256, format, Optional.empty(), Optional.empty(), found.bytes());
        if (format.compressed()) {
            checkCompressedContent(fixture, what);
        }
        return withHeader(fixture, what);
    }

    /** A compressed file must hold a plain script: not nothing, not binary data, not an archive. */
    private static void checkCompressedContent(Fixture fixture, String what) {
        String tool = fixture.format().compression();
        byte[] inner = decompressedHead(fixture, what);
        String start = what + " (" + fixture.source() + ") is a " + tool + "-compressed file";
        if (inner.length == 0) {
            throw failure(start + " holding nothing; expected a compressed plain SQL script", fixture.location());
        }
        DumpFormat inside = FormatSniffer.sniff(inner);
        if (inside == null) {
            throw failure(start + " holding " + binary(inner), fixture.location());
        }
        if (inside != DumpFormat.PLAIN) {
            throw failure(
                    start + " holding " + (inside.isPlainScript() ? "" : "a ") + inside.displayName() + "; Rehearsal"
                            + " reads plain SQL scripts compressed once, and pg_dump archives only as pg_dump wrote"
                            + " them (an archive compresses its data inside, and pg_restore does not read compressed"
                            + " archive files either). Decompress it first: " + tool + " -d " + fixture.location(),
                    fixture.location());
        }
    }

    /** Describes binary data of no known format, with its first bytes, for messages. */
    private static String binary(byte[] head) {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < Math.min(8, head.length); i++) {
            bytes.append(i == 0 ? "" : " ").append(String.format("%02x", head[i] & 0xff));
        }
        return "binary data of an unknown format (it starts with the bytes " + bytes + (head.length > 8 ? " …" : "")
                + " and holds NUL or control bytes that no SQL script has); " + EXPECTED + ". pg_dump files start"
                + " with text such as -- (plain SQL), with 1f 8b (gzip), 28 b5 2f fd (zstd), 04 22 4d 18 (lz4) or with"
                + " PGDMP (custom archive)";
    }

    private static FixtureRestoreException unsupported(String what, String location, String source, DumpFormat format) {
        String flag = switch (format) {
            case CUSTOM -> "-Fc";
            case TAR -> "-Ft";
            default -> "-Fd";
        };
        return failure(
                what + " (" + source + ") is a " + format.displayName() + " (pg_dump " + flag + "), not a script: a"
                        + " script must be plain SQL, uncompressed or compressed with gzip, zstd or lz4 (restore an"
                        + " archive with @RestoredFrom instead). Convert it, e.g. with pg_restore -f script.sql"
                        + " <archive>",
                location);
    }

    private static Fixture withHeader(Fixture fixture, String what) {
        Optional<String> from = Optional.empty();
        Optional<String> by = Optional.empty();
        try (InputStream in = fixture.open();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            for (int i = 0; i < HEADER_LINES; i++) {
                String line = reader.readLine();
                if (line == null) {
                    break;
                }
                Matcher matcher = DUMPED_FROM.matcher(line);
                if (from.isEmpty() && matcher.matches()) {
                    from = Optional.of(matcher.group(1));
                }
                matcher = DUMPED_BY.matcher(line);
                if (by.isEmpty() && matcher.matches()) {
                    by = Optional.of(matcher.group(1));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new FixtureRestoreException(
                    what + " (" + fixture.source() + ") could not be read: " + reason(e), fixture.location(), 0, e);
        }
        return new Fixture(
                fixture.location(), fixture.source(), fixture.sha256(), fixture.format(), from, by, fixture.bytes());
    }

    private static byte[] decompressedHead(Fixture fixture, String what) {
        try (InputStream in = fixture.open()) {
            return in.readNBytes(FormatSniffer.HEAD);
        } catch (IOException | UncheckedIOException e) {
            throw new FixtureRestoreException(
                    what + " (" + fixture.source() + ") starts like a "
                            + fixture.format().compression() + " file, but " + reason(e),
                    fixture.location(),
                    0,
                    e);
        }
    }

    /** The message of a read failure, without the "Could not read" prefix {@link Fixture#open()} adds. */
    private static String reason(Exception e) {
        return e instanceof UncheckedIOException unchecked
                ? unchecked.getCause().getMessage()
                : e.getMessage();
    }

    private static byte[] head(ByteSource bytes, int count) throws IOException {
        try (InputStream in = bytes.open()) {
            return in.readNBytes(count);
        }
    }

    private static String sha256(ByteSource bytes) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = bytes.open()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static FixtureRestoreException failure(String message, String location) {
        return new FixtureRestoreException(message, location, 0, null);
    }
}
