package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.sql.MetaCommand;
import dev.rehearsal.internal.sql.ScriptMutator;
import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the plain script reader ({@link ScriptReader} over {@link LineReader}, with the codecs in front): seeded
 * mutations of real dumps, at text and byte level (invalid UTF-8, NUL, CR, cut multi-byte characters), must
 *
 * <ul>
 *   <li>end in a list of pieces or a {@link FixtureRestoreException} / {@link IOException} with a message — never
 *       another exception, never a hang;
 *   <li>read the same through gzip, zstd and lz4 as uncompressed (same pieces, same failure);
 *   <li>give the same pieces whether COPY data is streamed out or skipped, and never stream out a {@code \.} line.
 * </ul>
 *
 * <p>Runs {@value #DEFAULT_ITERATIONS} mutants (a few seconds); {@code -Drehearsal.fuzz.iterations=N} and {@code
 * -Drehearsal.fuzz.seed=S} run more and others.
 */
class PlainScriptReaderFuzzTest {
    static final int DEFAULT_ITERATIONS = 600;
    private static final Duration PER_CASE = Duration.ofSeconds(10);

    /** What reading a script gave: the pieces (with their kind), or the failure's type and message. */
    private record Outcome(List<String> pieces, String failure) {}

    private static Outcome read(byte[] script, DumpFormat format, boolean takeCopyData) {
        List<String> pieces = new ArrayList<>();
        try (InputStream in = format.decompress(new ByteArrayInputStream(script), "fuzz.sql");
                ScriptReader reader = new ScriptReader(in, "fuzz.sql")) {
            for (SqlPiece piece = reader.next(); piece != null; piece = reader.next()) {
                String kind = piece instanceof SqlStatement ? reader.kind().toString() : "META";
                pieces.add(kind + "@" + piece.line() + ":" + describe(piece));
                if (takeCopyData && reader.kind() == ScriptStatements.Kind.COPY_FROM_STDIN) {
                    try (InputStream data = reader.copyData()) {
                        byte[] bytes = data.readAllBytes();
                        String text = new String(bytes, StandardCharsets.UTF_8);
                        assertThat(("\n" + text).contains("\n\\.\n") || text.startsWith("\\.\n"))
                                .as("COPY data must stop before its end marker: %s", text)
                                .isFalse();
                    }
                }
            }
            return new Outcome(pieces, null);
        } catch (FixtureRestoreException | IOException e) {
            assertThat(e.getMessage()).as("failure message").isNotBlank();
            return new Outcome(pieces, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String describe(SqlPiece piece) {
        return piece instanceof MetaCommand command ? command.display() : ((SqlStatement) piece).text();
    }

    /** A script mutated as text, then sometimes at byte level. */
    private static byte[] mutant(ScriptMutator mutator, List<String> corpus, Random random) {
        String text = mutator.mutate(corpus.get(random.nextInt(corpus.size())), corpus, 3000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(3) == 0) {
            byte[] odd = {(byte) 0xff, 0, (byte) 0xc3, (byte) 0x80, '\r', '\n', (byte) 0xe2, (byte) 0xed};
            bytes[random.nextInt(bytes.length)] = odd[random.nextInt(odd.length)];
        }
        return bytes;
    }

    @Test
    void mutated_scripts_read_the_same_however_compressed_and_however_copy_data_is_consumed() {
        int iterations = Integer.getInteger("rehearsal.fuzz.iterations", DEFAULT_ITERATIONS);
        long seed = Long.getLong("rehearsal.fuzz.seed", 20261121L);
        Random random = new Random(seed);
        ScriptMutator mutator = new ScriptMutator(random);
        List<String> corpus = ScriptMutator.realScripts();
        for (int i = 0; i < iterations; i++) {
            byte[] script = mutant(mutator, corpus, random);
            DumpFormat codec =
                    List.of(DumpFormat.GZIP, DumpFormat.ZSTD, DumpFormat.LZ4).get(i % 3);
            String description = "fuzz case " + i + " (seed " + seed + ", " + codec + ")";
            assertTimeoutPreemptively(
                    PER_CASE,
                    () -> {
                        Outcome skipped = read(script, DumpFormat.PLAIN, false);
                        assertThat(read(RestoreTesting.compress(script, codec), codec, false))
                                .as("%s read through %s", description, codec)
                                .isEqualTo(skipped);
                        if (skipped.failure() == null) {
                            assertThat(read(script, DumpFormat.PLAIN, true))
                                    .as("%s with its COPY data streamed out", description)
                                    .isEqualTo(skipped);
                        }
                    },
                    () -> description + " did not finish within " + PER_CASE);
        }
    }
}
