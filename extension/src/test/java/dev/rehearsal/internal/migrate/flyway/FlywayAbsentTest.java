package dev.rehearsal.internal.migrate.flyway;

import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without Flyway on the classpath: Rehearsal's classes still load (every tool is listed, detection reads file names),
 * and a directory that needs Flyway fails with the Maven coordinates to add. Run for real, in a class loader that
 * holds the test classpath minus the org.flywaydb jars, with only the JDK as parent.
 */
class FlywayAbsentTest {
    @TempDir
    Path project;

    @Test
    void a_flyway_layout_without_flyway_names_the_coordinates_to_add() throws Exception {
        Path dir = project.resolve(FlywayTesting.LOCATION);
        write(dir, "V1__init.sql", "CREATE TABLE t (id int);\n");
        write(dir, "V2__more.sql", "CREATE TABLE u (id int);\n");
        write(dir, "R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n");

        List<URL> urls = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.replace('\\', '/').contains("/org/flywaydb/")) {
                dropped.add(entry);
            } else {
                urls.add(toUrl(entry));
            }
        }
        assertThat(dropped).as("the flyway jars on the test classpath").isNotEmpty();

        try (URLClassLoader withoutFlyway =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> probe = Class.forName(FlywayAbsentProbe.class.getName(), true, withoutFlyway);
            assertThat(probe.getClassLoader()).isSameAs(withoutFlyway);
            String result = (String) probe.getMethod("run", String.class).invoke(null, dir.toString());

            assertThat(result)
                    .startsWith("FLYWAY\nFlyway is needed (db/migration holds 2 versioned scripts named"
                            + " V<version>__<description>.sql (V1__init.sql … V2__more.sql), 1 repeatable script named"
                            + " R__<description>.sql (R__view.sql)) but org.flywaydb:flyway-core and"
                            + " org.flywaydb:flyway-database-postgresql are not on the test classpath.")
                    .contains("<artifactId>flyway-core</artifactId>")
                    .contains("<artifactId>flyway-database-postgresql</artifactId>")
                    .contains("<scope>test</scope>")
                    .contains("in the same version as the application's Flyway");
        }
    }

    @Test
    void flyway_core_without_the_postgresql_module_fails_from_flyway_10_on_and_is_complete_before() throws Exception {
        List<URL> urls = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank() && !entry.replace('\\', '/').contains("/flyway-database-")) {
                urls.add(toUrl(entry));
            }
        }
        try (URLClassLoader coreOnly =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            String version = FlywayTesting.flyway().text();
            if (!FlywayTesting.flyway().hasPostgresqlModule()) {
                FlywayClasspath.require(coreOnly, "tool = FLYWAY"); // Flyway 8 and 9: PostgreSQL is in flyway-core
                return;
            }
            assertThatThrownBy(() -> FlywayClasspath.require(coreOnly, "tool = FLYWAY"))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageStartingWith("Flyway is needed (tool = FLYWAY; this is Flyway " + version + ") but"
                            + " org.flywaydb:flyway-database-postgresql is not on the test classpath.")
                    .hasMessageContaining("<artifactId>flyway-database-postgresql</artifactId>");
        }
    }

    @Test
    void only_the_postgresql_module_missing_is_named_alone() {
        assertThat(FlywayClasspath.missingMessage(List.of("org.flywaydb:flyway-database-postgresql"), "tool = FLYWAY"))
                .startsWith("Flyway is needed (tool = FLYWAY) but org.flywaydb:flyway-database-postgresql is not on the"
                        + " test classpath.")
                .contains("the PostgreSQL support is a separate module since Flyway 10");
    }

    private static URL toUrl(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
