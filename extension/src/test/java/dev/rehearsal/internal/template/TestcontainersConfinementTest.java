package dev.rehearsal.internal.template;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Issue 11, confinement in the testcontainers provider's container: every case of {@link ConfinementTest} (hostile
 * backups and migrations: other databases, superusers, {@code COPY … PROGRAM} plain and in {@code DO} blocks, server
 * files, other sessions) against the container as Rehearsal starts it by default, restoring and migrating as the
 * ordinary role {@code postgres} while the container's superuser is {@code rehearsal_admin}; each refusal names the
 * statement, file and line and the opt-in {@code rehearsal.testcontainers.superuser=true}; a {@code COMMAND} migration
 * receives that ordinary role's credentials. Skipped, saying why, when no
 * Docker engine answers (CI: {@code ../shared/docker/setup.sh}, image {@code local/postgres:15}).
 */
class TestcontainersConfinementTest extends ConfinementTest {

    /** Hides {@link ConfinementTest#backups()}: the same cases, on the container only. */
    static Stream<Arguments> backups() {
        return cases(BACKUP_CASES, "testcontainers");
    }

    /** Hides {@link ConfinementTest#migrations()}: the same cases, on the container only. */
    static Stream<Arguments> migrations() {
        return cases(MIGRATION_CASES, "testcontainers");
    }

    /** Hides {@link ConfinementTest#commandProviders()}: a {@code COMMAND} migration, on the container only. */
    static Stream<String> commandProviders() {
        return Stream.of("testcontainers");
    }
}
