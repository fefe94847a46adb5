package dev.rehearsal.internal.migrate.flyway;

import org.flywaydb.core.Flyway;

/**
 * Used by {@code extension/src/test/fixtures/flyway/generate.sh}: plain Flyway (its own API, no Rehearsal) migrates a
 * database to one version, so that the fixture's flyway_schema_history is written by Flyway itself.
 *
 * <p>Arguments: JDBC URL, user, migrations folder, target version.
 */
public final class FlywayFixture {
    private FlywayFixture() {}

    public static void main(String[] args) {
        Flyway.configure()
                .dataSource(args[0], args[1], "")
                .locations("filesystem:" + args[2])
                .target(args[3])
                .load()
                .migrate();
    }
}
