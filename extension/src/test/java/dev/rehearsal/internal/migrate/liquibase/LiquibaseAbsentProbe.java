package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import java.nio.file.Path;

/**
 * Run by {@link LiquibaseAbsentTest} inside a class loader without Liquibase: detects the layout and opens it, and
 * reports what happened as text (the loader's classes cannot be shared with the test).
 */
public final class LiquibaseAbsentProbe {
    private LiquibaseAbsentProbe() {}

    public static String run(String directory) {
        StringBuilder report = new StringBuilder();
        Path path = Path.of(directory);
        MigrationTool detected = MigrationTools.detect(path, "db/changelog");
        report.append("detected=").append(detected).append('\n');
        try {
            MigrationTools.open(
                    detected,
                    DefaultMigrationContext.filesOnly(
                            new MigrationsLocation(path, "db/changelog", "test"), MigrationOptions.defaults()));
            report.append("opened");
        } catch (RuntimeException e) {
            report.append(e.getClass().getName()).append(": ").append(e.getMessage());
        }
        return report.toString();
    }
}
