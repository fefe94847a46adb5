package dev.rehearsal.internal.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA-256 of a backup file, remembered in the cache directory ({@code <cache>/digests}) by the file's path and
 * its status, so that a rerun does not read a large backup again to find its template.
 *
 * <p>A remembered digest is served only while the file's status is exactly what it was when it was hashed: path,
 * size, modification time, <em>change time</em> ({@code ctime}), inode and device. The change time is the safeguard
 * against a rewrite with the same size whose modification time was put back ({@code touch -r}, {@code cp -p}, an
 * archive extracted with its times, a checkout): no user-space call can set it, any write or metadata change moves it
 * to the current time. A digest is remembered only when the file was last changed more than {@link #RACY_MARGIN}
 * before it was read (the "racy" rule of git's index): a file rewritten within the same tick of a coarse file-system
 * clock would otherwise keep its change time.
 *
 * <p>Limits (where the digest is computed every time, or where this rule can be fooled): file systems without POSIX
 * status ({@code unix:} attributes, e.g. on Windows) and classpath resources inside jars are always hashed; the rule
 * trusts the clocks: a file system whose change times come from a server clock running behind this machine's by more
 * than the margin, or a system clock set back between two runs so that a rewrite lands on the old change time, can
 * serve an old digest (then delete {@code <cache>/digests}, or the whole cache, to start over).
 *
 * <p>Thread-safe. Internal, not API.
 */
public final class DigestCache {
    /** A file changed this recently before it was hashed is not remembered. */
    static final java.time.Duration RACY_MARGIN = java.time.Duration.ofSeconds(3);

    private static final String FORMAT = "rehearsal-digest 1";
    private static final DigestCache NONE = new DigestCache(null, RACY_MARGIN);

    private final Path directory;
    private final java.time.Duration racyMargin;

    private DigestCache(Path directory, java.time.Duration racyMargin) {
        this.directory = directory;
        this.racyMargin = racyMargin;
    }

    /** Remembers nothing: every file is hashed. */
    public static DigestCache none() {
        return NONE;
    }

    /** Remembers digests in {@code directory} (created when first written). */
    public static DigestCache in(Path directory) {
        return new DigestCache(directory, RACY_MARGIN);
    }

    /** Like {@link #in(Path)} with another margin (tests: a file written just now). */
    static DigestCache in(Path directory, java.time.Duration racyMargin) {
        return new DigestCache(directory, racyMargin);
    }

    /** The SHA-256 (lowercase hex) of {@code file}'s bytes, remembered or computed. */
    public String sha256(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<String> status = directory == null ? Optional.empty() : status(absolute);
        if (status.isPresent()) {
            Optional<String> remembered = remembered(absolute, status.get());
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        long started = System.currentTimeMillis();
        String digest = compute(absolute);
        if (status.isPresent()
                && status.equals(status(absolute))
                && changedBefore(absolute, started - racyMargin.toMillis())) {
            remember(absolute, status.get(), digest);
        }
        return digest;
    }

    /** Size, modification and change times (nanoseconds), inode and device; empty without POSIX status. */
    static Optional<String> status(Path file) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
            return Optional.of(unix.get("size") + " " + nanos(unix.get("lastModifiedTime")) + " "
                    + nanos(unix.get("ctime")) + " " + unix.get("ino") + " " + unix.get("dev"));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static boolean changedBefore(Path file, long millis) {
        try {
            Object ctime = Files.getAttribute(file, "unix:ctime");
            return ctime instanceof FileTime time && time.toMillis() < millis;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static String nanos(Object time) {
        if (!(time instanceof FileTime fileTime)) {
            throw new IllegalArgumentException("no file time");
        }
        java.time.Instant instant = fileTime.toInstant();
        return instant.getEpochSecond() + "." + String.format("%09d", instant.getNano());
    }

    private Optional<String> remembered(Path file, String status) {
        try {
            List<String> lines = Files.readAllLines(entry(file), StandardCharsets.UTF_8);
            if (lines.size() == 4
                    && lines.get(0).equals(FORMAT)
                    && lines.get(1).equals(file.toString())
                    && lines.get(2).equals(status)
                    && lines.get(3).matches("[0-9a-f]{64}")) {
                return Optional.of(lines.get(3));
            }
        } catch (IOException | RuntimeException e) {
            // none, unreadable or written by another version: hashed again
        }
        return Optional.empty();
    }

    private void remember(Path file, String status, String digest) {
        Path entry = entry(file);
        Path temporary = entry.resolveSibling(entry.getFileName() + "."
                + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.createDirectories(directory);
            Files.writeString(temporary, FORMAT + "\n" + file + "\n" + status + "\n" + digest + "\n");
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a read-only or full cache directory: the next run hashes again
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    private Path entry(Path file) {
        return directory.resolve(
                hex(file.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 40) + ".digest");
    }

    private static String hex(byte[] bytes) {
        MessageDigest digest = sha256();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    private static String compute(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
