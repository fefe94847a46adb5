package dev.rehearsal.internal.restore.differential;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain pg_dump 15 scripts (uncompressed, gzip, zstd, lz4) restored by Rehearsal and by {@code psql -X -v
 * ON_ERROR_STOP=1} (after decompression by the gzip/zstd/lz4 tool): the two databases must be identical (catalog,
 * sequences, large objects, every table's rows).
 */
class PlainDifferentialTest {
    @TempDir
    Path workDir;

    static Stream<DifferentialFixture> fixtures() {
        return DifferentialFixture.plainScripts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rehearsal_restores_the_same_database_as_psql(DifferentialFixture fixture) {
        Differential.assertRestoresLikeReference(fixture, workDir);
    }
}
