package dev.rehearsal.internal.migrate.flyway;

import org.flywaydb.core.api.MigrationInfo;

/**
 * Rehearsal's id of a Flyway migration: the version as Flyway prints it for a versioned migration (and a baseline
 * row), the description for a repeatable one (and for Flyway's {@code << Flyway Schema Creation >>} row).
 *
 * <p>Internal, not API.
 */
final class FlywayIds {
    private FlywayIds() {}

    static String of(MigrationInfo migration) {
        return migration.getVersion() != null ? migration.getVersion().getVersion() : migration.getDescription();
    }

    /** {@code version 3 (add index)} or {@code repeatable migration "customer view"}, for messages. */
    static String describe(MigrationInfo migration) {
        return migration.getVersion() != null
                ? "version " + migration.getVersion().getVersion() + " (" + migration.getDescription() + ")"
                : "repeatable migration \"" + migration.getDescription() + "\"";
    }
}
