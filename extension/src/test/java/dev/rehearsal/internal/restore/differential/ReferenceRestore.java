package dev.rehearsal.internal.restore.differential;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.internal.server.EmbeddedPostgresProvider;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference restores the differential tests compare Rehearsal with: the installed PostgreSQL 15 client tools
 * ({@code psql -X -v ON_ERROR_STOP=1 -f} for plain scripts, {@code pg_restore --exit-on-error -d} for archives)
 * run against the test server. Compressed plain scripts are decompressed first by the {@code gzip}, {@code zstd}
 * or {@code lz4} tool, as a user would pipe them into psql. Each method skips the calling test (JUnit
 * assumption) with the reason when a tool is not installed.
 */
public final class ReferenceRestore {
    /** Where the PostgreSQL 15 client binaries are (Debian/Ubuntu layout, as installed here and in CI). */
    public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private ReferenceRestore() {}

    /** Skips the calling test unless {@code tool} (psql, pg_restore, …) is installed under {@link #BIN}. */
    public static Path assumeInstalled(String tool) {
        Path path = BIN.resolve(tool);
        assumeTrue(
                Files.isExecutable(path),
                tool + " 15 is not installed at " + path + "; the differential tests compare Rehearsal's restore"
                        + " with the native tools' and need it as the reference (apt-get install postgresql-client-15)");
        return path;
    }

    /** {@code psql 15.x}: the version line of the tool, for messages. */
    public static String version(String tool) {
        String output = run(List.of(assumeInstalled(tool).toString(), "--version"), null, "asking its version");
        return output.strip().replaceFirst("^(\\S+) \\(PostgreSQL\\) (\\S+).*$", "$1 $2");
    }

    /**
     * Restores a plain script (uncompressed, gzip, zstd or lz4; detected from its first bytes) into {@code
     * database} with {@code psql -X -v ON_ERROR_STOP=1 -f}.
     */
    public static void psql(PostgresServer server, String database, Path script, Path workDir) {
        Path plain = decompressed(script, workDir);
        try {
            List<String> command = new ArrayList<>(List.of(
                    assumeInstalled("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-o", "/dev/null"));
            command.addAll(connection(server, database));
            command.addAll(List.of("-f", plain.toString()));
            run(command, server, "restoring " + script);
        } finally {
            if (!plain.equals(script)) {
                delete(plain);
            }
        }
    }

    /**
     * Runs a script with psql without stopping at errors (how pg_dumpall scripts are meant to be replayed) and
     * returns psql's output, errors included.
     */
    public static String psqlContinuingOnError(PostgresServer server, String database, Path script) {
        List<String> command =
                new ArrayList<>(List.of(assumeInstalled("psql").toString(), "-X", "-q", "-o", "/dev/null"));
        command.addAll(connection(server, database));
        command.addAll(List.of("-f", script.toString()));
        return run(command, server, "replaying " + script);
    }

    /**
     * Restores a custom, directory or tar archive into {@code database} with {@code pg_restore --exit-on-error} and
     * the given options (e.g. {@code --no-owner}).
     */
    public static void pgRestore(PostgresServer server, String database, Path archive, String... options) {
        List<String> command =
                new ArrayList<>(List.of(assumeInstalled("pg_restore").toString(), "--exit-on-error"));
        command.addAll(List.of(options));
        command.addAll(connection(server, database));
        command.add(archive.toString());
        run(command, server, "restoring " + archive);
    }

    /**
     * As the server's superuser, as an operator restores a backup with the native tools: on a confined embedded
     * server (the default) its bootstrap superuser, not the ordinary role Rehearsal restores as.
     */
    private static List<String> connection(PostgresServer server, String database) {
        return List.of(
                "-h", server.host(), "-p", String.valueOf(server.port()), "-U", credentials(server)[0], "-d", database);
    }

    private static String[] credentials(PostgresServer server) {
        try {
            return EmbeddedPostgresProvider.administratorCredentials(server);
        } catch (IllegalArgumentException notEmbedded) {
            return new String[] {server.username(), server.password()};
        }
    }

    /** The file itself when it is not compressed, else a decompressed copy in {@code workDir}. */
    static Path decompressed(Path file, Path workDir) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String tool = null;
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            tool = "gzip";
        } else if (head.length == 4
                && (head[0] & 0xff) == 0x28
                && (head[1] & 0xff) == 0xb5
                && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            tool = "zstd";
        } else if (head.length == 4
                && (head[0] & 0xff) == 0x04
                && (head[1] & 0xff) == 0x22
                && (head[2] & 0xff) == 0x4d
                && (head[3] & 0xff) == 0x18) {
            tool = "lz4";
        }
        if (tool == null) {
            return file;
        }
        Path executable = Path.of("/usr/bin", tool);
        assumeTrue(
                Files.isExecutable(executable),
                file.getFileName() + " is " + tool + "-compressed and the " + tool + " tool is not installed at "
                        + executable + "; the reference restore decompresses it with that tool");
        try {
            Path plain = Files.createTempFile(workDir, "reference", ".sql");
            Process process = new ProcessBuilder(executable.toString(), "-dc", file.toString())
                    .redirectOutput(plain.toFile())
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                delete(plain);
                throw new IllegalStateException(tool + " -dc " + file + " failed: " + errors);
            }
            return plain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String run(List<String> command, PostgresServer server, String what) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (server != null) {
                builder.environment().put("PGPASSWORD", credentials(server)[1]);
            }
            builder.environment().put("PGCONNECT_TIMEOUT", "10");
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish " + what);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(Path.of(command.get(0)).getFileName() + " failed " + what + " (exit "
                        + process.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
