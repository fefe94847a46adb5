package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.write;
import static dev.rehearsal.internal.restore.RestoreTesting.writeGzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.cache.DigestCache;
import dev.rehearsal.internal.config.Settings;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding fixtures, expanding variables, sniffing formats, reading headers. Pure file-system tests. */
class FixturesTest {
    private static final ClassLoader LOADER = FixturesTest.class.getClassLoader();

    @TempDir
    Path projectDir;

    /** A directory outside the project. */
    @TempDir
    Path elsewhere;

    private static String read(Fixture fixture) throws Exception {
        try (InputStream in = fixture.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_file_relative_to_the_project_directory() throws Exception {
        Files.createDirectories(projectDir.resolve("backups"));
        write(projectDir, "backups/x.sql", "SELECT 1;\n");
        Fixture fixture = Fixtures.resolve("backups/x.sql", LOADER, projectDir);
        assertThat(fixture.location()).isEqualTo("backups/x.sql");
        assertThat(fixture.source())
                .isEqualTo(projectDir.resolve("backups/x.sql").toString());
        assertThat(fixture.format()).isEqualTo(DumpFormat.PLAIN);
        assertThat(fixture.sha256()).isEqualTo(sha256("SELECT 1;\n")).hasSize(64);
        assertThat(read(fixture)).isEqualTo("SELECT 1;\n");
    }

    @Test
    void a_relative_location_leading_outside_the_project_is_refused_without_reading_it() {
        // /etc/passwd exists and is readable: nothing of it may be read or quoted.
        String location = "../".repeat(projectDir.getNameCount() + 2) + "etc/passwd";
        assertThatThrownBy(() -> Fixtures.resolve(location, LOADER, projectDir))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("@RestoredFrom [" + location + "] leads outside the project")
                .hasMessageContaining("to /etc/passwd")
                .hasMessageContaining("nothing was read")
                .hasMessageNotContaining("root:");
        assertThatThrownBy(() -> Fixtures.resolveScript("../../../etc/passwd", LOADER, projectDir))
                .hasMessageContaining("Script [../../../etc/passwd] leads outside the project")
                .hasMessageNotContaining("root:");
    }

    @Test
    void a_relative_location_may_go_up_within_its_checkout() throws Exception {
        Path module = Files.createDirectories(projectDir.resolve("module"));
        Files.createDirectories(projectDir.resolve(".git"));
        Files.createDirectories(projectDir.resolve("fixtures"));
        write(projectDir, "fixtures/x.sql", "SELECT 1;\n");
        assertThat(Fixtures.resolve("../fixtures/x.sql", LOADER, module).format())
                .isEqualTo(DumpFormat.PLAIN);
    }

    @Test
    void an_absolute_path_under_the_project() {
        Path file = write(projectDir, "abs.sql", "SELECT 1;\n");
        Fixture fixture = Fixtures.resolve(file.toString(), LOADER, projectDir);
        assertThat(fixture.source()).isEqualTo(file.toString());
    }

    @Test
    void an_absolute_path_outside_the_project_is_refused_without_reading_it() throws Exception {
        Path outside = elsewhere;
        Path file = write(outside, "secret.sql", "SELECT 'do not quote me';\n");
        Path module = Files.createDirectories(projectDir.resolve("module"));
        assertThatThrownBy(() -> Fixtures.resolve(file.toString(), LOADER, module))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("is outside the project")
                .hasMessageContaining("found " + file)
                .hasMessageContaining("expected a backup under the project")
                .hasMessageContaining(ConfigurationKeys.RESTORE_ALLOWED_DIRECTORIES + "=" + outside)
                .hasMessageNotContaining("do not quote me");
        assertThatThrownBy(() -> Fixtures.resolve("/etc/passwd", LOADER, module))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("is outside the project")
                .hasMessageNotContaining("root:");
    }

    @Test
    void a_symbolic_link_under_the_project_to_a_file_outside_is_refused() throws Exception {
        Path outside = elsewhere;
        Path target = write(outside, "secret.sql", "SELECT 'do not quote me';\n");
        Path link = Files.createSymbolicLink(projectDir.resolve("link.sql"), target);
        assertThatThrownBy(() -> Fixtures.resolve(link.toString(), LOADER, projectDir))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("is outside the project")
                .hasMessageNotContaining("do not quote me");
    }

    @Test
    void an_absolute_path_in_an_allowed_directory_is_read() throws Exception {
        Path outside = elsewhere;
        Path file = write(outside, "prod.sql", "SELECT 1;\n");
        Path module = Files.createDirectories(projectDir.resolve("module"));
        Settings settings = Settings.of(
                key -> key.equals(ConfigurationKeys.RESTORE_ALLOWED_DIRECTORIES)
                        ? Optional.of(" other , " + outside)
                        : Optional.empty(),
                module);
        Fixture fixture = Fixtures.resolve(
                file.toString(), LOADER, module, DigestCache.none(), Fixtures.allowedDirectories(settings));
        assertThat(fixture.source()).isEqualTo(file.toString());
    }

    @Test
    void the_classpath_comes_before_the_project_directory() throws Exception {
        Files.createDirectories(projectDir.resolve("restore/pgdump"));
        write(projectDir, "restore/pgdump/legacy-latin1.sql", "SELECT 'the project file';\n");
        Fixture fixture = Fixtures.resolve("restore/pgdump/legacy-latin1.sql", LOADER, projectDir);
        assertThat(fixture.source()).startsWith("file:").endsWith("restore/pgdump/legacy-latin1.sql");
        assertThat(read(fixture)).startsWith("--\n-- PostgreSQL database dump");
        assertThat(Fixtures.resolve("/restore/pgdump/legacy-latin1.sql", LOADER, projectDir)
                        .source())
                .isEqualTo(fixture.source());
    }

    @Test
    void a_missing_fixture_says_where_it_was_looked_for() {
        assertThatThrownBy(() -> Fixtures.resolve("backups/nope.sql.gz", LOADER, projectDir))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessage("@RestoredFrom [backups/nope.sql.gz] was not found on the classpath or under the project"
                        + " directory " + projectDir.toAbsolutePath().normalize()
                        + "; expected a pg_dump plain SQL script, uncompressed or compressed with gzip, zstd or lz4"
                        + " (or, for @RestoredFrom, a pg_dump custom, tar or directory archive)")
                .satisfies(e ->
                        assertThat(((FixtureRestoreException) e).location()).isEqualTo("backups/nope.sql.gz"));
        assertThatThrownBy(() -> Fixtures.resolveScript("fix.sql", LOADER, projectDir))
                .hasMessageStartingWith("Script [fix.sql] was not found");
    }

    @Test
    void system_properties_are_expanded() throws Exception {
        write(projectDir, "nightly.sql", "SELECT 2;\n");
        String property = "rehearsal.test.fixture." + UUID.randomUUID();
        System.setProperty(property, "nightly");
        try {
            Fixture fixture = Fixtures.resolve("${sys:" + property + "}.sql", LOADER, projectDir);
            assertThat(fixture.location()).isEqualTo("nightly.sql");
            assertThat(read(fixture)).isEqualTo("SELECT 2;\n");
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void environment_variables_are_expanded() {
        Map.Entry<String, String> variable =
                System.getenv().entrySet().iterator().next();
        assertThat(Fixtures.expand("a/${env:" + variable.getKey() + "}/b.sql", "@RestoredFrom"))
                .isEqualTo("a/" + variable.getValue() + "/b.sql");
    }

    @Test
    void unset_variables_are_named() {
        String name = "REHEARSAL_UNSET_" + UUID.randomUUID().toString().replace("-", "");
        assertThatThrownBy(() -> Fixtures.resolve("${env:" + name + "}", LOADER, projectDir))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("@RestoredFrom [${env:" + name + "}]")
                .hasMessageContaining("environment variable " + name + ", which is not set")
                .hasMessageContaining(
                        "@EnabledIfEnvironmentVariable(named = \"" + name + "\", matches = \".+\") on the class");
        assertThatThrownBy(() -> Fixtures.resolve("backups/${sys:no.such.property}.sql", LOADER, projectDir))
                .hasMessageContaining("system property no.such.property, which is not set")
                .hasMessageContaining("-Dno.such.property=")
                .hasMessageContaining(
                        "@EnabledIfSystemProperty(named = \"no.such.property\", matches = \".+\") on the class");
        assertThatThrownBy(() -> Fixtures.resolve("${HOME}/x.sql", LOADER, projectDir))
                .hasMessageContaining("expected ${env:NAME}");
    }

    @Test
    void an_empty_file_is_refused() {
        write(projectDir, "empty.sql", "");
        assertThatThrownBy(() -> Fixtures.resolve("empty.sql", LOADER, projectDir))
                .isInstanceOf(FixtureRestoreException.class)
                .hasMessageContaining("@RestoredFrom [empty.sql]")
                .hasMessageContaining("is empty");
        writeGzip(projectDir, "empty.sql.gz", "");
        assertThatThrownBy(() -> Fixtures.resolve("empty.sql.gz", LOADER, projectDir))
                .hasMessageContaining("is a gzip-compressed file holding nothing");
        assertThatThrownBy(() -> Fixtures.resolve("  ", LOADER, projectDir)).hasMessageContaining("is empty");
    }

    @Test
    void the_format_comes_from_the_content_not_the_name() throws Exception {
        writeGzip(projectDir, "looks-plain.sql", "SELECT 3;\n");
        write(projectDir, "looks-compressed.sql.gz", "SELECT 4;\n");
        assertThat(Fixtures.resolve("looks-plain.sql", LOADER, projectDir).format())
                .isEqualTo(DumpFormat.GZIP);
        assertThat(Fixtures.resolve("looks-compressed.sql.gz", LOADER, projectDir)
                        .format())
                .isEqualTo(DumpFormat.PLAIN);
    }

    @Test
    void a_gzip_compressed_archive_is_refused_naming_what_is_inside() throws Exception {
        byte[] custom;
        try (InputStream in = LOADER.getResourceAsStream("restore/pgdump/legacy.custom")) {
            custom = in.readAllBytes();
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(projectDir.resolve("archive.gz")))) {
            out.write(custom);
        }
        assertThatThrownBy(() -> Fixtures.resolve("archive.gz", LOADER, projectDir))
                .hasMessageContaining("a gzip-compressed file holding a pg_dump custom-format archive");
    }

    @Test
    void binary_files_of_unknown_formats_are_refused() throws Exception {
        Files.write(projectDir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        assertThatThrownBy(() -> Fixtures.resolve("image.png", LOADER, projectDir))
                .hasMessageContaining(
                        "binary data of an unknown format (it starts with the bytes 89 50 4e 47 00 00 00 and");
    }

    @Test
    void a_plain_directory_is_refused() throws Exception {
        Files.createDirectories(projectDir.resolve("somedir"));
        assertThatThrownBy(() -> Fixtures.resolve("somedir", LOADER, projectDir))
                .hasMessageContaining("is a directory");
    }

    @Test
    void header_versions_are_read_when_present() throws Exception {
        write(
                projectDir,
                "headed.sql",
                "--\n-- PostgreSQL database dump\n--\n\n\\restrict k\n\n"
                        + "-- Dumped from database version 14.11\n-- Dumped by pg_dump version 16.2 (Debian 16.2-1)\n\nSELECT 1;\n");
        Fixture headed = Fixtures.resolve("headed.sql", LOADER, projectDir);
        assertThat(headed.dumpedFromVersion()).contains("14.11");
        assertThat(headed.dumpedByVersion()).contains("16.2 (Debian 16.2-1)");
        assertThat(headed.info(java.time.Duration.ZERO).describe()).contains("pg_dump 16.2");
        write(projectDir, "bare.sql", "SELECT 1;\n");
        Fixture bare = Fixtures.resolve("bare.sql", LOADER, projectDir);
        assertThat(bare.dumpedFromVersion()).isEmpty();
        assertThat(bare.dumpedByVersion()).isEmpty();
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
