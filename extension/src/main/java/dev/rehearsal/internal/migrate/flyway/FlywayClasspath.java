package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether Flyway is on the test classpath, checked by class name without loading any Flyway class into this one:
 * Flyway is an optional dependency, and every class of this package that loads when Flyway is absent ({@link
 * FlywaySupport}, {@link FlywayLayout}, this one) stays free of Flyway types. {@link FlywayMigrations} is the one
 * door into the code that uses Flyway's API.
 *
 * <p>Internal, not API.
 */
final class FlywayClasspath {
    /** The Flyway version Rehearsal is built and tested with. */
    static final String TESTED_VERSION = "13.12.0";

    static final String CORE_CLASS = "org.flywaydb.core.Flyway";
    static final String POSTGRESQL_CLASS = "org.flywaydb.database.postgresql.PostgreSQLDatabaseType";

    private FlywayClasspath() {}

    /**
     * Fails when {@code flyway-core} or {@code flyway-database-postgresql} cannot be loaded by {@code loader}.
     *
     * @param why why Flyway is needed, e.g. {@code "db/migration holds 3 versioned scripts named …"}
     * @throws MigrationSetupException naming the missing Maven coordinates and how to add them
     */
    static void require(ClassLoader loader, String why) {
        List<String> missing = new ArrayList<>();
        if (!loadable(CORE_CLASS, loader)) {
            missing.add("org.flywaydb:flyway-core");
        }
        if (!loadable(POSTGRESQL_CLASS, loader)) {
            missing.add("org.flywaydb:flyway-database-postgresql");
        }
        if (!missing.isEmpty()) {
            throw new MigrationSetupException(missingMessage(missing, why));
        }
    }

    static String missingMessage(List<String> missing, String why) {
        return "Flyway is needed (" + why + ") but " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are")
                + " not on the test classpath. Rehearsal drives Flyway through Flyway's own Java API, so add both"
                + " org.flywaydb:flyway-core and org.flywaydb:flyway-database-postgresql (the PostgreSQL support is a"
                + " separate module since Flyway 10) in test scope, in the same version as the application's Flyway,"
                + " e.g. Maven:\n"
                + "  <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId>"
                + "<version>${flyway.version}</version><scope>test</scope></dependency>\n"
                + "  <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId>"
                + "<version>${flyway.version}</version><scope>test</scope></dependency>\n"
                + "or Gradle: testImplementation(\"org.flywaydb:flyway-core:$flywayVersion\") and"
                + " testImplementation(\"org.flywaydb:flyway-database-postgresql:$flywayVersion\"). (Rehearsal is"
                + " tested with Flyway " + TESTED_VERSION + "; Flyway 10 or newer is required.) If these migrations"
                + " are not Flyway's, set @MigratesTo(tool = …) to the tool the application uses.";
    }

    private static boolean loadable(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
