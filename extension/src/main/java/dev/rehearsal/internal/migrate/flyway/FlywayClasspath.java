package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether Flyway is on the test classpath, checked by class name without loading any Flyway class into this one:
 * Flyway is an optional dependency, and every class of this package that loads when Flyway is absent ({@link
 * FlywaySupport}, {@link FlywayLayout}, this one) stays free of Flyway types. {@link FlywayMigrations} is the one
 * door into the code that uses Flyway's API.
 *
 * <p>Internal, not API.
 */
final class FlywayClasspath {
    /** The newest Flyway Rehearsal is built and tested with (CI also runs the Flyway tests on 8.5.13 to 11.7.2). */
    static final String TESTED_VERSION = "13.12.2";

    /** The supported range, for messages. */
    static final String SUPPORTED = "Flyway 8.5.13 to 13.x";

    static final String CORE_CLASS = "org.flywaydb.core.Flyway";
    static final String POSTGRESQL_CLASS = "org.flywaydb.database.postgresql.PostgreSQLDatabaseType";

    private FlywayClasspath() {}

    /**
     * Fails when {@code flyway-core} cannot be loaded by {@code loader}, when it is older than Flyway 8, when it is
     * Flyway 10 or newer (or of unknown version) and {@code flyway-database-postgresql} is missing, or when the two
     * have different versions.
     *
     * @param why why Flyway is needed, e.g. {@code "db/migration holds 3 versioned scripts named …"}
     * @throws MigrationSetupException naming the missing Maven coordinates and how to add them
     */
    static void require(ClassLoader loader, String why) {
        if (!loadable(CORE_CLASS, loader)) {
            List<String> missing = new ArrayList<>(List.of("org.flywaydb:flyway-core"));
            if (!loadable(POSTGRESQL_CLASS, loader)) {
                missing.add("org.flywaydb:flyway-database-postgresql");
            }
            throw new MigrationSetupException(missingMessage(missing, why));
        }
        Optional<FlywayVersion> core = FlywayVersion.core(loader);
        if (core.isPresent() && core.get().major() < 8) {
            throw new MigrationSetupException("Flyway " + core.get() + " is on the test classpath (" + why + "), but"
                    + " Rehearsal drives " + SUPPORTED + " (through Flyway's public Java API, which older versions"
                    + " lack). Upgrade org.flywaydb:flyway-core in test scope to the application's Flyway, 8.5.13 or"
                    + " newer.");
        }
        boolean needsModule = core.map(FlywayVersion::hasPostgresqlModule).orElse(true);
        if (needsModule && !loadable(POSTGRESQL_CLASS, loader)) {
            throw new MigrationSetupException(missingMessage(
                    List.of("org.flywaydb:flyway-database-postgresql"),
                    why + "; this is Flyway " + core.map(FlywayVersion::text).orElse("of unknown version")));
        }
        Optional<FlywayVersion> module = FlywayVersion.postgresqlModule(loader);
        if (needsModule
                && core.isPresent()
                && module.isPresent()
                && !core.get().text().equals(module.get().text())) {
            throw new MigrationSetupException("org.flywaydb:flyway-core " + core.get() + " and"
                    + " org.flywaydb:flyway-database-postgresql " + module.get() + " are on the test classpath (" + why
                    + "): Flyway's modules only work in the same version. Give both the application's Flyway version"
                    + " (e.g. one ${flyway.version} property, or Spring Boot's dependency management for both).");
        }
    }

    static String missingMessage(List<String> missing, String why) {
        return "Flyway is needed (" + why + ") but " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are")
                + " not on the test classpath. Rehearsal drives Flyway through Flyway's own Java API, so add"
                + " org.flywaydb:flyway-core and, from Flyway 10 on, org.flywaydb:flyway-database-postgresql (the"
                + " PostgreSQL support is a separate module since Flyway 10; Flyway 8 and 9 have it in flyway-core) in"
                + " test scope, in the same version as the application's Flyway, e.g. Maven:\n"
                + "  <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId>"
                + "<version>${flyway.version}</version><scope>test</scope></dependency>\n"
                + "  <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId>"
                + "<version>${flyway.version}</version><scope>test</scope></dependency>\n"
                + "or Gradle: testImplementation(\"org.flywaydb:flyway-core:$flywayVersion\") and"
                + " testImplementation(\"org.flywaydb:flyway-database-postgresql:$flywayVersion\"). (Rehearsal works"
                + " with " + SUPPORTED + "; tested with 8.5.13, 9.22.3, 10.20.1, 11.7.2 and " + TESTED_VERSION + ".)"
                + " If these migrations are not Flyway's, set @MigratesTo(tool = …) to the tool the application uses.";
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
