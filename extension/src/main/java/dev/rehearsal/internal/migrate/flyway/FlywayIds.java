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

    /**
     * Whether {@code migration} has a version ({@code MigrationInfo.isVersioned()} is missing from Flyway 8's API).
     */
    static boolean isVersioned(MigrationInfo migration) {
        return migration.getVersion() != null;
    }

    /**
     * The migration's type as Flyway names it ({@code SQL}, {@code BASELINE}, {@code DELETE}, …), or {@code ""}.
     * {@code MigrationInfo.getType()} is public API in every version, but its return type moved (an enum in {@code
     * org.flywaydb.core.api} up to Flyway 9, an interface in {@code org.flywaydb.core.extensibility} from 10 on), so
     * it is called by name.
     */
    static String type(MigrationInfo migration) {
        try {
            return String.valueOf(MigrationInfo.class.getMethod("getType").invoke(migration));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        }
    }

    /** {@code version 3 (add index)} or {@code repeatable migration "customer view"}, for messages. */
    static String describe(MigrationInfo migration) {
        return migration.getVersion() != null
                ? "version " + migration.getVersion().getVersion() + " (" + migration.getDescription() + ")"
                : "repeatable migration \"" + migration.getDescription() + "\"";
    }
}
