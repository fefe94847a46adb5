package dev.rehearsal.internal.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the persistent server's data directory can be trusted after the machine stopped. The server runs with
 * fsync off ({@code -F}: a clone then costs a fraction of what it costs with fsync, see bench/README.md), so what it
 * wrote may live only in the kernel's page cache until the kernel writes it back. A server killed while the machine
 * keeps running ({@code kill -9}, a JVM killed with it) is harmless: the kernel still has everything, and PostgreSQL's
 * crash recovery applies. A machine that stops while the server runs (a crash, a power loss) can leave a data
 * directory whose damage no recovery sees, and a later run would serve its templates as complete.
 *
 * <p>So the cluster directory's {@code server.state} says {@code running <boot id>} from before the server starts,
 * and {@code stopped} only once the server has exited and its data directory was written to disk ({@code sync}). A
 * start that finds {@code running} under another boot of the machine deletes the data directory and the templates'
 * metadata (with a log line) and builds everything again. The boot id is Linux's {@code
 * /proc/sys/kernel/random/boot_id} (macOS: {@code kern.bootsessionuuid}); where neither exists, nothing is detected.
 */
final class ServerState {
    private static final System.Logger LOG = System.getLogger(ServerState.class.getName());
    static final String FILE = "server.state";
    private static final String RUNNING = "running ";
    private static final String STOPPED = "stopped";

    private ServerState() {}

    /**
     * When the server of {@code directory} was running under another boot of the machine than this one: deletes its
     * data directory and the metadata of its templates ({@code templates}, {@code slots}); returns whether it did.
     * Call under the control lock, before looking for a running server.
     */
    static boolean discardIfLostWithTheMachine(Path directory) throws IOException {
        Path data = directory.resolve("data");
        Optional<String> recorded = read(directory).filter(state -> state.startsWith(RUNNING));
        Optional<String> boot = bootId();
        if (!Files.isDirectory(data) || recorded.isEmpty() || boot.isEmpty()) {
            return false;
        }
        String then = recorded.get().substring(RUNNING.length()).strip();
        if (then.equals(boot.get())) {
            return false;
        }
        LOG.log(
                System.Logger.Level.WARNING,
                () -> "Rehearsal cache: the PostgreSQL server of " + directory + " was running when the machine stopped"
                        + " (boot " + then + ", now " + boot.get() + "); it runs with fsync off, so its data directory"
                        + " may be incomplete: deleted it with its templates' metadata, the templates are built again.");
        for (String part : List.of("data", "templates", "slots")) {
            EmbeddedBinaries.deleteRecursively(directory.resolve(part));
        }
        Files.deleteIfExists(directory.resolve(FILE));
        return true;
    }

    /** Records that the server is about to start under this boot of the machine. */
    static void starting(Path directory) throws IOException {
        write(directory, RUNNING + bootId().orElse("unknown"));
    }

    /**
     * Records that the server stopped, once its data directory is on disk; does nothing while a process still holds
     * the data directory (its {@code postmaster.pid} names a live process) or when the files could not be synced.
     */
    static void stopped(Path directory) {
        Path data = directory.resolve("data");
        boolean alive = StaleServers.readPid(data.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .isPresent();
        try {
            if (!alive && Files.isDirectory(data) && sync(data)) {
                write(directory, STOPPED);
            }
        } catch (IOException e) {
            // stays "running": a start under another boot rebuilds, which is safe
        }
    }

    /** The machine's boot id: the same from its start to its stop, another after a restart. */
    static Optional<String> bootId() {
        try {
            String id = Files.readString(Path.of("/proc/sys/kernel/random/boot_id"), StandardCharsets.US_ASCII)
                    .strip();
            if (!id.isEmpty()) {
                return Optional.of(id);
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return run(List.of("sysctl", "-n", "kern.bootsessionuuid")).filter(id -> !id.isEmpty());
    }

    static Optional<String> read(Path directory) {
        try {
            return Optional.of(Files.readString(directory.resolve(FILE), StandardCharsets.UTF_8)
                    .strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(Path directory, String state) throws IOException {
        Path temporary = directory.resolve(FILE + ".tmp");
        PrivateFiles.writePrivate(temporary, state + "\n"); // 0600, like every file of the server directory
        try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        try (var channel = java.nio.channels.FileChannel.open(directory, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true); // the rename itself on disk
        } catch (IOException | UnsupportedOperationException e) {
            // a file system that cannot sync a directory: the file's own sync is what there is
        }
    }

    /** Writes the file system of {@code data} to disk ({@code sync -f}; plain {@code sync} where -f is unknown). */
    private static boolean sync(Path data) {
        return run(List.of("sync", "-f", data.toString())).isPresent()
                || run(List.of("sync")).isPresent();
    }

    /** The output of {@code command} when it exits with 0 within two minutes. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0) {
                return Optional.of(output.strip());
            }
            process.destroyForcibly();
        } catch (IOException e) {
            // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }
}
