package dev.rehearsal.internal.restore.archive;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The reference reader: the installed pg_restore 15, run without a server (listing or writing a script). */
final class PgRestore {
    static final Path PG_RESTORE = Path.of("/usr/lib/postgresql/15/bin/pg_restore");

    private PgRestore() {}

    static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(PG_RESTORE),
                "pg_restore 15 is not installed at " + PG_RESTORE
                        + "; the archive reader is compared with what pg_restore reads from the same archive");
    }

    /** pg_restore's stdout for these arguments (the archive last), failing on a non-zero exit. */
    static byte[] run(Path archive, String... args) throws IOException, InterruptedException {
        assumeInstalled();
        List<String> command = new ArrayList<>(List.of(PG_RESTORE.toString()));
        command.addAll(List.of(args));
        command.add(archive.toString());
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return e.toString().getBytes(StandardCharsets.UTF_8);
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("pg_restore " + command + " did not finish in 2 minutes");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("pg_restore " + command + " failed with exit code " + process.exitValue() + ": "
                    + new String(err.join(), StandardCharsets.UTF_8));
        }
        return out;
    }
}
