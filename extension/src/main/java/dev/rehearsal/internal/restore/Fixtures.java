package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a backup file, checks its format and reads what its header says.
 *
 * <p>Lookup: {@code ${env:NAME}} and {@code ${sys:name}} are expanded first; then the location is looked up as
 * a classpath resource, then as a file relative to the project directory (absolute paths are used as they
 * are). The format is detected from the content, never from the file name: plain SQL and gzip-compressed
 * plain SQL are restored; zstd, lz4, custom ({@code -Fc}), tar ({@code -Ft}) and directory ({@code -Fd})
 * dumps are recognised and refused with a message saying how to convert them.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class Fixtures {

    /** Format name of an uncompressed plain SQL script. */
    public static final String PLAIN = "plain SQL";

    /** Format name of a gzip-compressed plain SQL script. */
    public static final String GZIP = "gzip-compressed plain SQL";

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
        return resolve(location, loader, projectDir, "@RestoredFrom");
    }

    /**
     * Resolves the location of a script for {@code RestoredDatabase.runScript}; like {@link #resolve(String,
     * ClassLoader, Path)}, with messages that speak of a script.
     */
    public static Fixture resolveScript(String location, ClassLoader loader, Path projectDir) {
        return resolve(location, loader, projectDir, "Script");
    }

    private static Fixture resolve(String location, ClassLoader loader, Path projectDir, String subject) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(projectDir, "projectDir");
        String expanded = expand(location, subject);
        String what = subject + " [" + expanded + "]";
        if (expanded.isBlank()) {
            throw failure(
                    what + " is empty; expected the location of a plain SQL or gzip-compressed pg_dump file", expanded);
        }
        Found found = find(expanded, loader, projectDir, what);
        return inspect(expanded, found, what);
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
                                    + ", which is not set; set it (e.g. export " + name + "=backups/prod.sql.gz)"
                                    + " or write the location without ${env:" + name + "}",
                            location);
                }
            } else if (variable.startsWith("sys:")) {
                String name = variable.substring(4);
                value = System.getProperty(name);
                if (value == null) {
                    throw failure(
                            subject + " [" + location + "] uses the system property " + name
                                    + ", which is not set; set it (e.g. -D" + name + "=backups/prod.sql.gz)"
                                    + " or write the location without ${sys:" + name + "}",
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

    private record Found(String source, ByteSource bytes, Path directory) {}

    private static Found find(String location, ClassLoader loader, Path projectDir, String what) {
        if (loader != null) {
            String resource = location.startsWith("/") ? location.substring(1) : location;
            URL url = resource.isEmpty() ? null : loader.getResource(resource);
            if (url != null) {
                Path directory = directoryOf(url);
                return new Found(url.toString(), url::openStream, directory);
            }
        }
        Path file;
        try {
            file = projectDir.resolve(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw failure(what + " is not a valid path: " + e.getMessage(), location);
        }
        if (Files.isDirectory(file)) {
            return new Found(file.toString(), () -> Files.newInputStream(file), file);
        }
        if (!Files.isRegularFile(file)) {
            throw failure(
                    what + " was not found on the classpath or under the project directory "
                            + projectDir.toAbsolutePath().normalize()
                            + "; expected a plain SQL or gzip-compressed pg_dump"
                            + " file",
                    location);
        }
        if (!Files.isReadable(file)) {
            throw failure(what + " exists at " + file + " but is not readable by this process", location);
        }
        return new Found(file.toString(), () -> Files.newInputStream(file), null);
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

    private static Fixture inspect(String location, Found found, String what) {
        if (found.directory() != null) {
            String kind = Files.isRegularFile(found.directory().resolve("toc.dat"))
                    ? "a pg_dump directory-format archive (pg_dump -Fd)"
                    : "a directory";
            throw unsupported(what, location, found.source(), kind);
        }
        byte[] head;
        String sha256;
        try {
            head = head(found.bytes(), 512);
            sha256 = sha256(found.bytes());
        } catch (IOException e) {
            throw new FixtureRestoreException(
                    what + " could not be read from " + found.source() + ": " + e.getMessage(), location, 0, e);
        }
        if (head.length == 0) {
            throw failure(
                    what + " (" + found.source() + ") is empty; expected a plain SQL or gzip-compressed"
                            + " pg_dump file",
                    location);
        }
        String format = sniff(head, what, location, found.source());
        Fixture fixture = new Fixture(
                location, found.source(), sha256, format, Optional.empty(), Optional.empty(), found.bytes());
        if (format.equals(GZIP)) {
            byte[] inner = decompressedHead(fixture, what);
            if (inner.length == 0) {
                throw failure(
                        what + " (" + found.source() + ") is an empty gzip file; expected a compressed plain"
                                + " SQL script",
                        location);
            }
            String inside = describe(inner);
            if (inside != null) {
                throw unsupported(what, location, found.source(), "a gzip-compressed file holding " + inside);
            }
            sniff(inner, what, location, found.source());
        }
        return withHeader(fixture, what);
    }

    /** The format of a file from its first bytes; throws for recognised formats this version cannot restore. */
    static String sniff(byte[] head, String what, String location, String source) {
        if (startsWith(head, 0x1f, 0x8b)) {
            return GZIP;
        }
        String description = describe(head);
        if (description != null) {
            throw unsupported(what, location, source, description);
        }
        for (int i = 0; i < Math.min(head.length, 512); i++) {
            if (head[i] == 0) {
                throw failure(
                        what + " (" + source + ") is a binary file of an unknown format (it contains NUL"
                                + " bytes); expected a plain SQL or gzip-compressed pg_dump file",
                        location);
            }
        }
        return PLAIN;
    }

    /** Names a recognised but unsupported format, or returns null. */
    private static String describe(byte[] head) {
        if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
            return "a zstd-compressed file (pg_dump -Z zstd)";
        }
        if (startsWith(head, 0x04, 0x22, 0x4d, 0x18)) {
            return "an lz4-compressed file (pg_dump -Z lz4)";
        }
        if (startsWith(head, 'P', 'G', 'D', 'M', 'P')) {
            return "a pg_dump custom-format archive (pg_dump -Fc)";
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return "a tar archive (pg_dump -Ft)";
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            return "gzip data";
        }
        return null;
    }

    private static FixtureRestoreException unsupported(String what, String location, String source, String kind) {
        return failure(
                what + " (" + source + ") is " + kind + ", which this version of Rehearsal recognises but"
                        + " cannot restore yet: it restores plain SQL scripts (pg_dump -Fp), uncompressed or gzip-compressed."
                        + " Convert the backup, e.g. with pg_restore -f backup.sql <archive> (then gzip it if you like),"
                        + " or dump it again with pg_dump -Fp",
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
                    what + " (" + fixture.source() + ") could not be read: " + e.getMessage(),
                    fixture.location(),
                    0,
                    e);
        }
        return new Fixture(
                fixture.location(), fixture.source(), fixture.sha256(), fixture.format(), from, by, fixture.bytes());
    }

    private static byte[] decompressedHead(Fixture fixture, String what) {
        try (InputStream in = fixture.open()) {
            return in.readNBytes(512);
        } catch (IOException | UncheckedIOException e) {
            throw new FixtureRestoreException(
                    what + " (" + fixture.source() + ") starts like a gzip file but could not be decompressed: "
                            + e.getMessage(),
                    fixture.location(),
                    0,
                    e);
        }
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

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static FixtureRestoreException failure(String message, String location) {
        return new FixtureRestoreException(message, location, 0, null);
    }
}
