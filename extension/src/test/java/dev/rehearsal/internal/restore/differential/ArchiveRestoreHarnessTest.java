package dev.rehearsal.internal.restore.differential;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pg_dump 15 archives (custom, directory and tar format of Pagila and every feature database, and an uncompressed
 * custom archive) restored by Rehearsal, through {@code Fixtures.resolve} and {@code Restorer.restore} as
 * {@code @RestoredFrom} does, and by {@code pg_restore --exit-on-error}: the two databases must be identical.
 */
class ArchiveRestoreHarnessTest {
    @TempDir
    Path workDir;

    static Stream<DifferentialFixture> fixtures() {
        return DifferentialFixture.archives();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rehearsal_restores_the_same_database_as_pg_restore(DifferentialFixture fixture) {
        Differential.assertRestoresLikeReference(fixture, workDir);
    }
}
