package dev.rehearsal.internal.restore.differential;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixtures full of owners and privileges restored by Rehearsal with {@code roles = SKIP}, which must give the
 * database the native tools give without them: {@code pg_restore --no-owner --no-privileges} for archives, psql
 * restoring the {@code pg_dump --no-owner --no-privileges} dump of the same database for plain scripts.
 */
class RoleSkippingDifferentialTest {
    @TempDir
    Path workDir;

    static Stream<DifferentialFixture> fixtures() {
        return DifferentialFixture.withoutRoles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rehearsal_skipping_roles_restores_the_same_database_as_the_native_tools_without_owners_and_privileges(
            DifferentialFixture fixture) {
        Differential.assertRestoresLikeReference(fixture, workDir);
    }
}
