package dev.rehearsal.internal.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories of the embedded server that no other user may read, created with their final permissions
 * (never created world-readable and closed afterwards: there is no moment at which another uid can open them).
 *
 * <ul>
 *   <li>a secret (a password) is a {@code 0600} file owned by whoever reads it ({@link RunAs#own});
 *   <li>a server directory is {@code 0700} when the server runs as the JVM's user, and {@code 0711} when the root JVM
 *       runs it as another uid: that uid must traverse it to reach its data and socket directories, and no one but
 *       the JVM can list it or read the JVM's files in it (logs, owner file: {@code 0600});
 *   <li>a directory the server writes itself (data, socket) is {@code 0700} and owned by the server's uid.
 * </ul>
 *
 * <p>Internal, not API.
 */
final class PrivateFiles {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> TRAVERSE_ONLY = PosixFilePermissions.fromString("rwx--x--x");

    private PrivateFiles() {}

    /** Writes {@code secret} to a new {@code 0600} file, then hands it to {@code runAs}'s user. */
    static void writeSecret(Path file, String secret, RunAs runAs) throws IOException {
        writeNew(file, secret);
        runAs.own(file);
    }

    /** Writes a new file of the JVM's that only the JVM's user reads ({@code 0600}), replacing an older one. */
    static void writePrivate(Path file, String content) throws IOException {
        try {
            writeNew(file, content);
        } catch (FileAlreadyExistsException e) {
            Files.delete(file);
            writeNew(file, content);
        }
    }

    /** Creates an empty {@code 0600} file (for a log the JVM opens and the server appends to). */
    static Path createPrivateFile(Path file) throws IOException {
        return Files.createFile(file, attribute(OWNER_ONLY));
    }

    /** Creates the server's own directory ({@code 0700}, or {@code 0711} when the server runs as another uid). */
    static Path createServerDirectory(Path directory, RunAs runAs) throws IOException {
        Set<PosixFilePermission> permissions = runAs.switchUser() ? TRAVERSE_ONLY : PRIVATE_DIRECTORY;
        Files.createDirectory(directory, attribute(PRIVATE_DIRECTORY));
        Files.setPosixFilePermissions(directory, permissions); // the umask may not widen 0711 at creation
        return directory;
    }

    /** Creates a {@code 0700} directory owned by the server's uid (data, socket). */
    static Path createServerOwnedDirectory(Path directory, RunAs runAs) throws IOException {
        Files.createDirectory(directory, attribute(PRIVATE_DIRECTORY));
        runAs.own(directory);
        return directory;
    }

    private static void writeNew(Path file, String content) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(
                file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attribute(OWNER_ONLY))) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
