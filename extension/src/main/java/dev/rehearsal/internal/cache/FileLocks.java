package dev.rehearsal.internal.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Exclusive locks on files, across threads of this JVM and across JVMs: a thread first takes a JVM-wide lock for
 * the path (not tied to the thread: a lock may be released by another thread), then the operating system's lock on the file ({@code fcntl}, released by the kernel when the owning
 * process dies, so a lock never outlives a killed JVM). The lock file itself is never deleted while it may be
 * locked: a lock is on an inode, and deleting the file would let a second process lock a new one.
 *
 * <p>Internal, not API. Thread-safe.
 */
public final class FileLocks {
    private static final Map<Path, Semaphore> IN_JVM = new ConcurrentHashMap<>();

    private FileLocks() {}

    /** A held lock; {@link #close()} releases it. */
    public static final class Held implements AutoCloseable {
        private final Semaphore local;
        private final FileChannel channel;
        private final FileLock lock;
        private final java.util.concurrent.atomic.AtomicBoolean released =
                new java.util.concurrent.atomic.AtomicBoolean();

        private Held(Semaphore local, FileChannel channel, FileLock lock) {
            this.local = local;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the channel is gone: so is the lock
            } finally {
                local.release();
            }
        }
    }

    /** Waits for the lock on {@code file} (created when missing). */
    public static Held lock(Path file) throws IOException {
        Semaphore local = local(file);
        local.acquireUninterruptibly();
        try {
            FileChannel channel = open(file);
            try {
                return new Held(local, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.release();
            throw e;
        }
    }

    /** The lock on {@code file} if nobody (in this JVM or another) holds it now; empty otherwise. */
    public static Optional<Held> tryLock(Path file) throws IOException {
        Semaphore local = local(file);
        if (!local.tryAcquire()) {
            return Optional.empty();
        }
        try {
            FileChannel channel = open(file);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    local.release();
                    return Optional.empty();
                }
                return Optional.of(new Held(local, channel, lock));
            } catch (OverlappingFileLockException e) {
                channel.close();
                local.release();
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.release();
            throw e;
        }
    }

    private static Semaphore local(Path file) {
        return IN_JVM.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Semaphore(1));
    }

    private static FileChannel open(Path file) throws IOException {
        // 0600: a lock file holds nothing, but no other user needs to open it either.
        return FileChannel.open(
                file,
                java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    }
}
