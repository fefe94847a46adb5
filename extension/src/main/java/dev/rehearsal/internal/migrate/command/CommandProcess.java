package dev.rehearsal.internal.migrate.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command to its end with extra environment variables, keeping the tail of its output (both streams
 * interleaved as they arrive, line by line) for messages. A command that outlives its timeout is killed with its
 * descendants.
 *
 * <p>Internal, not API.
 */
final class CommandProcess {
    private static final int KEPT_LINES = 60;

    /** How a run ended. */
    record Outcome(int exitCode, boolean timedOut, String output, Duration took) {}

    private CommandProcess() {}

    /**
     * Runs {@code arguments} in {@code directory}.
     *
     * @throws UncheckedIOException when the command cannot be started (e.g. not found), naming it
     */
    static Outcome run(List<String> arguments, Path directory, Map<String, String> environment, Duration timeout) {
        ProcessBuilder builder =
                new ProcessBuilder(arguments).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the command " + arguments + " in " + directory + ": " + e.getMessage()
                            + ". Check that the program is installed and on the PATH of the test JVM.",
                    e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the command does not read its input; nothing to close
        }
        Tail tail = new Tail(process.getInputStream());
        Thread reader = new Thread(tail, "rehearsal-command-output");
        reader.setDaemon(true);
        reader.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the command " + arguments + " ran; it was killed.", e);
        }
        if (!finished) {
            kill(process);
        }
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Outcome(finished ? process.exitValue() : -1, !finished, tail.text(), took);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a stream to its end, keeping the last lines. */
    private static final class Tail implements Runnable {
        private final InputStream in;
        private final Deque<String> lines = new ArrayDeque<>();
        private int dropped;

        Tail(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    synchronized (this) {
                        lines.addLast(line);
                        if (lines.size() > KEPT_LINES) {
                            lines.removeFirst();
                            dropped++;
                        }
                    }
                }
            } catch (IOException e) {
                synchronized (this) {
                    lines.addLast("[output unreadable: " + e.getMessage() + "]");
                }
            }
        }

        synchronized String text() {
            String kept = String.join("\n", lines);
            return dropped == 0 ? kept : "[… " + dropped + " earlier lines]\n" + kept;
        }
    }
}
