package dev.rehearsal.internal.restore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded mutations of real pg_dump archives (bit flips, truncations, inserted and overwritten bytes — all SYNTHETIC
 * corruptions made here): reading a mutant, header to last large object, either works or throws an {@link
 * ArchiveException} with a message naming the archive; never another exception, never a hang, never running out of
 * memory.
 *
 * <p>Runs {@value #DEFAULT_ITERATIONS} mutants per archive (a few seconds in all); run longer by hand with
 * {@code -Drehearsal.fuzz.iterations=N} (and {@code -Drehearsal.fuzz.seed=S} to explore other mutants). A failure
 * names the seed and iteration that reproduce it.
 */
class ArchiveFuzzTest {

    static final int DEFAULT_ITERATIONS = 150;
    private static final Duration PER_CASE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static int iterations() {
        return Integer.getInteger("rehearsal.fuzz.iterations", DEFAULT_ITERATIONS);
    }

    private static long seed() {
        return Long.getLong("rehearsal.fuzz.seed", 20261121L);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../pgdump/legacy.custom",
                "pg15/none.custom",
                "pg15/pipe.custom",
                "pg18/gzip.custom",
                "../pgdump/legacy.tar",
                "pg18/archive.tar"
            })
    void mutated_archive_files_parse_or_fail_with_an_archive_exception(String name) throws Exception {
        byte[] original = Files.readAllBytes(ArchiveFixtures.path(name));
        Random random = new Random(seed() ^ name.hashCode());
        for (int i = 0; i < iterations(); i++) {
            Mutant mutant = mutate(original, random);
            String source = "fuzz case " + i + " of " + name + " (seed " + seed() + ", " + mutant.how() + ")";
            assertParsesOrFailsCleanly(source, () -> {
                try (Archive archive = Archives.open(() -> new ByteArrayInputStream(mutant.bytes()), source)) {
                    ArchiveHostileInputTest.readEverything(archive);
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../pgdump/legacy.dir", "pg17/gzip.dir"})
    void mutated_directory_archives_parse_or_fail_with_an_archive_exception(String name) throws Exception {
        Path original = ArchiveFixtures.path(name);
        Path[] files;
        try (var list = Files.list(original)) {
            files = list.sorted().toArray(Path[]::new);
        }
        Random random = new Random(seed() ^ name.hashCode());
        Path copy = dir.resolve("archive.dir");
        Files.createDirectories(copy);
        for (Path file : files) {
            Files.copy(
                    file,
                    copy.resolve(Objects.requireNonNull(file.getFileName()).toString()));
        }
        for (int i = 0; i < iterations(); i++) {
            // Half of the mutants damage toc.dat, the others one of the data files.
            Path victim = random.nextBoolean() ? original.resolve("toc.dat") : files[random.nextInt(files.length)];
            Path target =
                    copy.resolve(Objects.requireNonNull(victim.getFileName()).toString());
            Mutant mutant = mutate(Files.readAllBytes(victim), random);
            Files.write(target, mutant.bytes());
            String source = "fuzz case " + i + " of " + name + " (seed " + seed() + ", " + victim.getFileName() + ": "
                    + mutant.how() + ")";
            assertParsesOrFailsCleanly(source, () -> ArchiveHostileInputTest.readEverything(copy));
            Files.copy(victim, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private interface Read {
        void run() throws IOException;
    }

    private static void assertParsesOrFailsCleanly(String source, Read read) {
        Throwable thrown = assertTimeoutPreemptively(
                PER_CASE,
                () -> {
                    try {
                        read.run();
                        return null;
                    } catch (Throwable e) {
                        return e;
                    }
                },
                () -> source + " did not finish within " + PER_CASE);
        if (thrown != null) {
            assertThat(thrown)
                    .as(source + " failed with " + thrown)
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageFindingMatch("\\S");
        }
    }

    record Mutant(byte[] bytes, String how) {}

    static Mutant mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        return switch (random.nextInt(5)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(bytes.length);
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
                yield new Mutant(bytes, flips + " bit flips");
            }
            case 1 -> {
                int length = random.nextInt(bytes.length);
                yield new Mutant(Arrays.copyOf(bytes, length), "truncated to " + length + " bytes");
            }
            case 2 -> {
                int at = random.nextInt(bytes.length + 1);
                byte[] inserted = new byte[1 + random.nextInt(16)];
                random.nextBytes(inserted);
                byte[] result = new byte[bytes.length + inserted.length];
                System.arraycopy(bytes, 0, result, 0, at);
                System.arraycopy(inserted, 0, result, at, inserted.length);
                System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
                yield new Mutant(result, inserted.length + " random bytes inserted at " + at);
            }
            case 3 -> {
                // Lengths and counts are where readers go wrong: overwrite 1-5 bytes with extreme values.
                int at = random.nextInt(bytes.length);
                byte[] extreme = {(byte) 0xff, 0x7f, 0x00, (byte) 0x80, 0x01};
                int count = 1 + random.nextInt(Math.min(5, bytes.length - at));
                for (int i = 0; i < count; i++) {
                    bytes[at + i] = extreme[random.nextInt(extreme.length)];
                }
                yield new Mutant(bytes, count + " bytes at " + at + " set to extreme values");
            }
            default -> {
                int at = random.nextInt(bytes.length);
                int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
                byte[] result = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, result, 0, at);
                System.arraycopy(bytes, at + length, result, at, bytes.length - at - length);
                yield new Mutant(result, length + " bytes removed at " + at);
            }
        };
    }
}
