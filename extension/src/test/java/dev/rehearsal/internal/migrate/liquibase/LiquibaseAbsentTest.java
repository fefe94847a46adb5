package dev.rehearsal.internal.migrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rehearsal without Liquibase on the classpath: the test's own classpath minus {@code liquibase-core}, in a fresh
 * class loader (parent: the platform loader), so Rehearsal's classes really run without Liquibase.
 */
class LiquibaseAbsentTest {

    @Test
    void detection_works_and_opening_names_the_maven_coordinates() throws Exception {
        List<URL> urls = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank() && !entry.contains("liquibase-core")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        assertThat(urls).as("the class path is known").hasSizeGreaterThan(3);
        try (URLClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("liquibase/command/CommandScope.class"))
                    .as("Liquibase is really absent")
                    .isNull();
            Class<?> probe = loader.loadClass(LiquibaseAbsentProbe.class.getName());
            assertThat(probe.getClassLoader()).isSameAs(loader);
            String report = (String) probe.getMethod("run", String.class)
                    .invoke(null, LiquibaseTestSupport.resource("sql").toString());

            assertThat(report)
                    .isEqualTo(
                            "detected=LIQUIBASE\ndev.rehearsal.internal.migrate.MigrationSetupException: db/changelog"
                                    + " holds a Liquibase changelog (db.changelog-master.sql), and Rehearsal runs Liquibase"
                                    + " through its own API, but Liquibase is not on the test classpath"
                                    + " (liquibase.command.CommandScope not found). Add the test dependency"
                                    + " org.liquibase:liquibase-core (Rehearsal runs 4.20.0 to 4.33.x; use the version the"
                                    + " application runs), or set @MigratesTo(tool = …) if this is not Liquibase.");
        }
    }
}
