package dev.rehearsal.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsLocationTest {
    private final ClassLoader classpath = getClass().getClassLoader();

    @Test
    void finds_a_classpath_directory_first(@TempDir Path project) {
        MigrationsLocation location = MigrationsLocation.resolve("migrate/prisma/basic/", project, classpath);

        assertThat(location.directory()).isDirectory();
        assertThat(location.directory().resolve("20240101000000_init/migration.sql"))
                .isRegularFile();
        assertThat(location.display()).isEqualTo("migrate/prisma/basic");
        assertThat(location.source()).startsWith("classpath (file:");
    }

    @Test
    void falls_back_to_the_project_directory(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("prisma/migrations/20240101000000_init"));

        MigrationsLocation location = MigrationsLocation.resolve("prisma/migrations", project, classpath);

        assertThat(location.directory())
                .isEqualTo(project.resolve("prisma/migrations").toAbsolutePath());
        assertThat(location.display()).isEqualTo("prisma/migrations");
        assertThat(location.source()).startsWith("project directory (");
    }

    @Test
    void missing_location_says_where_it_looked_and_how_to_fix(@TempDir Path project) {
        assertThatThrownBy(() -> MigrationsLocation.resolve("prisma/nowhere", project, classpath))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("@MigratesTo(migrations = \"prisma/nowhere\") was not found")
                .hasMessageContaining("expected a directory holding the migrations")
                .hasMessageContaining("test classpath (resource \"prisma/nowhere\": absent)")
                .hasMessageContaining(project.toAbsolutePath().normalize() + "/prisma/nowhere: nothing is there")
                .hasMessageContaining("Fix: ");
    }

    @Test
    void a_file_is_not_a_migrations_directory(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("migrations.sql"), "SELECT 1;");

        assertThatThrownBy(() -> MigrationsLocation.resolve("migrations.sql", project, classpath))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("is the file")
                .hasMessageContaining("expected a directory");
        assertThatThrownBy(() -> MigrationsLocation.resolve(
                        "migrate/prisma/basic/20240101000000_init/migration.sql", project, classpath))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("is the classpath file");
    }

    @Test
    void a_location_inside_a_jar_is_refused_with_a_fix(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("packaged/migrations/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("packaged/migrations/20240101000000_init/migration.sql"));
            try (OutputStream ignored = OutputStream.nullOutputStream()) {
                out.write("CREATE TABLE t (id int);\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> MigrationsLocation.resolve("packaged/migrations", tmp, loader))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageContaining("found on the classpath at jar:file:")
                    .hasMessageContaining("protocol \"jar\"")
                    .hasMessageContaining("not packaged in a jar");
        }
    }

    @Test
    void an_empty_location_is_refused(@TempDir Path project) {
        assertThatThrownBy(() -> MigrationsLocation.resolve("  ", project, classpath))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("is empty");
    }
}
