package dev.rehearsal.internal.template;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.internal.spi.PostgresServer;

/**
 * Issue 11, roles in the testcontainers provider's container: every test of {@link RoleConfinementTest} (a backup or a
 * migration that grants itself a predefined role, a pg_dump whose CHECK constraint does, the roles a restore may
 * still create and grant) against the container as Rehearsal starts it by default, whose restoring role gets the same
 * attributes as the embedded server's (no {@code CREATEROLE} up to PostgreSQL 15); refusals name {@code
 * rehearsal.testcontainers.superuser=true}. Skipped, saying why, when no Docker engine answers (CI: {@code
 * ../shared/docker/setup.sh}, image {@code local/postgres:15}).
 */
class TestcontainersRoleConfinementTest extends RoleConfinementTest {

    @Override
    PostgresServer server() {
        return ConfinementTest.serverOf("testcontainers");
    }

    @Override
    String optIn() {
        return ConfigurationKeys.TESTCONTAINERS_SUPERUSER + "=true";
    }
}
