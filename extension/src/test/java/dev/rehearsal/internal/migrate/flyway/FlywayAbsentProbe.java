package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import java.nio.file.Path;

/**
 * Runs inside {@link FlywayAbsentTest}'s class loader, which cannot see Flyway: what a project without Flyway on its
 * test classpath gets from Rehearsal. Returns text, since the caller's classes are not this loader's.
 */
public final class FlywayAbsentProbe {
    private FlywayAbsentProbe() {}

    /** {@code "<detected tool>\n<message of open(AUTO)>"}; fails when Flyway is visible after all. */
    public static String run(String directory) {
        try {
            Class.forName("org.flywaydb.core.Flyway", false, FlywayAbsentProbe.class.getClassLoader());
            throw new IllegalStateException("Flyway is visible to the probe's class loader");
        } catch (ClassNotFoundException expected) {
            // the point of the exercise
        }
        Path dir = Path.of(directory);
        MigrationTool detected = MigrationTools.detect(dir, "db/migration");
        MigrationsLocation location = new MigrationsLocation(dir, "db/migration", "test");
        try {
            MigrationTools.open(
                    MigrationTool.AUTO, DefaultMigrationContext.filesOnly(location, MigrationOptions.defaults()));
            return detected + "\nopened without Flyway";
        } catch (MigrationSetupException e) {
            return detected + "\n" + e.getMessage();
        }
    }
}
