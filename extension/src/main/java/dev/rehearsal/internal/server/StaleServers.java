package dev.rehearsal.internal.server;

import dev.rehearsal.internal.cache.FileLocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Finds servers left behind by JVMs that were killed before they could stop them, stops them and deletes their
 * directories ({@code run} cache mode). The JVM that starts a server holds a file lock on {@code <directory>.lock},
 * taken before the directory exists and released by the kernel when the JVM dies: a directory whose lock is held is
 * alive, whatever pids say. (A directory without a lock file comes from an older Rehearsal: its {@code owner.pid}
 * decides, by pid and start time, so a recycled pid does not keep it alive.) A left-behind postgres is stopped only when its command line names that directory's data, so a recycled
 * pid is never signalled.
 */
final class StaleServers {
    private static final Logger LOG = Logger.getLogger(StaleServers.class.getName());
    static final String OWNER_FILE = "owner.pid";
    static final String LOCK_SUFFIX = ".lock";

    private StaleServers() {}

    static void cleanUp(Path serversDirectory) {
        if (!Files.isDirectory(serversDirectory)) {
            return;
        }
        List<Path> directories;
        try (var list = Files.list(serversDirectory)) {
            directories = list.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            return;
        }
        for (Path directory : directories) {
            Path lockFile = lockFile(directory);
            Optional<FileLocks.Held> free = Optional.empty();
            if (Files.exists(lockFile)) {
                try {
                    free = FileLocks.tryLock(lockFile);
                } catch (IOException e) {
                    continue;
                }
                if (free.isEmpty()) {
                    continue; // its JVM holds the lock: alive
                }
            } else if (ownerAlive(directory.resolve(OWNER_FILE))) {
                continue;
            }
            Path data = directory.resolve("data");
            readPid(data.resolve("postmaster.pid"))
                    .flatMap(ProcessHandle::of)
                    .filter(StaleServers::isPostgres)
                    .filter(process -> process.info()
                            .arguments()
                            .map(args -> List.of(args).contains(data.toString()))
                            .orElse(true))
                    .ifPresent(process -> {
                        LOG.warning(() -> "Stopping PostgreSQL server (pid " + process.pid() + ") left behind by a "
                                + "JVM that ended without stopping it: " + directory);
                        stop(process, Duration.ofSeconds(15));
                    });
            EmbeddedBinaries.deleteRecursively(directory);
            MemoryTablespace.delete(directory);
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                // tried again at the next start
            }
            free.ifPresent(FileLocks.Held::close);
        }
    }

    /** What {@code owner.pid} holds: this JVM's pid, and on a second line its start time (epoch milliseconds). */
    static String ownerLine() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + "\n"
                + self.info()
                        .startInstant()
                        .map(i -> Long.toString(i.toEpochMilli()))
                        .orElse("") + "\n";
    }

    /**
     * Whether the JVM an {@code owner.pid} names still runs: its pid is alive and, when the file records a start time,
     * the process of that pid started then (a recycled pid belongs to a younger process). Used only for directories
     * without a lock file (older Rehearsal, or a copy whose lock was lost).
     */
    static boolean ownerAlive(Path ownerFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(ownerFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return false;
        }
        Optional<ProcessHandle> process;
        try {
            process = lines.isEmpty()
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return false;
        }
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        if (lines.size() < 2 || lines.get(1).isBlank()) {
            return true;
        }
        try {
            long recorded = Long.parseLong(lines.get(1).strip());
            return process.get()
                    .info()
                    .startInstant()
                    .map(started -> Math.abs(started.toEpochMilli() - recorded) < 1000)
                    .orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The owner's lock of a server directory: {@code <directory>.lock} beside it. */
    static Path lockFile(Path directory) {
        return directory.resolveSibling(directory.getFileName() + LOCK_SUFFIX);
    }

    static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(true);
    }

    /** Fast shutdown (SIGINT: roll back open transactions, disconnect clients), then SIGKILL after the timeout. */
    static void stop(ProcessHandle process, Duration timeout) {
        if (!process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    static Optional<Long> readPid(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
