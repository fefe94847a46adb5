package dev.rehearsal.internal.restore;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference restore of an archive: the installed pg_restore 15 ({@code pg_restore -d db --exit-on-error}) against
 * the test server.
 */
final class ArchiveRestoreBaseline {
    static final Path PG_RESTORE = Path.of("/usr/lib/postgresql/15/bin/pg_restore");

    private ArchiveRestoreBaseline() {}

    static void assumePgRestoreInstalled() {
        assumeTrue(
                Files.isExecutable(PG_RESTORE),
                "pg_restore 15 is not installed at " + PG_RESTORE
                        + "; the archive differential tests compare Rehearsal's restore with pg_restore's and need it"
                        + " as the reference");
    }

    /** Restores {@code archive} into {@code db} with pg_restore, with extra options such as {@code --no-owner}. */
    static void restore(TestDatabase db, Path archive, String... options) {
        String output = run(db, archive, true, options);
        if (!output.isEmpty()) {
            throw new IllegalStateException("pg_restore failed restoring " + archive + ":\n" + output);
        }
    }

    /** Restores {@code archive} with pg_restore's default, continue-on-error mode; returns what it reported. */
    static String restoreIgnoringErrors(TestDatabase db, Path archive, String... options) {
        return run(db, archive, false, options);
    }

    /** Runs pg_restore; returns "" on success, otherwise its exit code and output. */
    private static String run(TestDatabase db, Path archive, boolean exitOnError, String... options) {
        assumePgRestoreInstalled();
        List<String> command = new ArrayList<>(List.of(
                PG_RESTORE.toString(),
                "-h",
                db.server().host(),
                "-p",
                String.valueOf(db.server().port()),
                "-U",
                db.server().username(),
                "-d",
                db.name()));
        if (exitOnError) {
            command.add("--exit-on-error");
        }
        command.addAll(List.of(options));
        command.add(archive.toString());
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", db.server().password());
            builder.environment().put("PGCONNECT_TIMEOUT", "10");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_restore did not finish restoring " + archive);
            }
            return process.exitValue() == 0 ? "" : "exit " + process.exitValue() + ": " + output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
