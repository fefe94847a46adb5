package dev.rehearsal.internal.restore;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The reference restore: the installed psql 15 ({@code psql -X -v ON_ERROR_STOP=1 -f}) against the test server. */
final class PsqlBaseline {
    static final Path PSQL = Path.of("/usr/lib/postgresql/15/bin/psql");

    private PsqlBaseline() {}

    static void assumePsqlInstalled() {
        assumeTrue(
                Files.isExecutable(PSQL),
                "psql 15 is not installed at " + PSQL
                        + "; the differential tests compare Rehearsal's restore with psql's and need it as the reference");
    }

    /** Restores a plain script (decompressed to a temporary file first if it is gzip) into {@code db} with psql. */
    static void restore(TestDatabase db, Fixture fixture, Path workDir) {
        assumePsqlInstalled();
        try {
            Path script = Files.createTempFile(workDir, "psql-input", ".sql");
            try (InputStream in = fixture.open()) {
                Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            PSQL.toString(),
                            "-X",
                            "-q",
                            "-v",
                            "ON_ERROR_STOP=1",
                            "-h",
                            db.server().host(),
                            "-p",
                            String.valueOf(db.server().port()),
                            "-U",
                            db.server().username(),
                            "-d",
                            db.name(),
                            "-o",
                            "/dev/null",
                            "-f",
                            script.toString()))
                    .redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", db.server().password());
            builder.environment().put("PGCONNECT_TIMEOUT", "10");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("psql did not finish restoring " + fixture.location());
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("psql failed restoring " + fixture.location() + " (exit "
                        + process.exitValue() + "):\n" + output);
            }
            Files.delete(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
