package dev.rehearsal.internal.migrate.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Flyway version found at run time, which module is needed, and the rule that makes Rehearsal work on Flyway 8.5
 * to 13.x: its compiled Flyway code names no class of Flyway's {@code internal} packages, and none of the
 * flyway-database-postgresql module (absent before Flyway 10), checked in the class files themselves.
 */
class FlywayVersionTest {

    @Test
    void the_tests_run_on_the_flyway_version_the_build_asked_for() {
        String wanted = System.getProperty("rehearsal.test.flyway.version");
        FlywayVersion found = FlywayTesting.flyway();
        if (wanted != null && !wanted.isBlank()) {
            assertThat(found.text()).as("flyway-core on the test classpath").isEqualTo(wanted);
        }
        assertThat(FlywayVersion.describeCore()).isEqualTo(found.text());
        Optional<FlywayVersion> module =
                FlywayVersion.postgresqlModule(getClass().getClassLoader());
        if (found.hasPostgresqlModule()) {
            assertThat(module).map(FlywayVersion::text).contains(found.text());
        } else {
            assertThat(module).isEmpty();
        }
    }

    @Test
    void versions_compare_by_number() {
        assertThat(FlywayVersion.parse("9.1.2").hasTransactionalLockDefault()).isTrue();
        assertThat(FlywayVersion.parse("9.1.1").hasTransactionalLockDefault()).isFalse();
        assertThat(FlywayVersion.parse("8.5.13").hasTransactionalLockDefault()).isFalse();
        assertThat(FlywayVersion.parse("10.0.0").hasPostgresqlModule()).isTrue();
        assertThat(FlywayVersion.parse("9.22.3").hasPostgresqlModule()).isFalse();
        assertThat(FlywayVersion.parse("13.12.2").atLeast(13, 12, 2)).isTrue();
        assertThat(FlywayVersion.parse("11.14.1").atLeast(12, 0, 0)).isFalse();
        assertThat(FlywayVersion.parse("12.0.0-beta1").major()).isEqualTo(12);
        assertThat(FlywayVersion.parse("snapshot")).isNull();
    }

    @Test
    void the_compiled_integration_uses_flyways_public_api_only() throws IOException {
        Path classes = Path.of("target/classes/dev/rehearsal/internal/migrate/flyway");
        assertThat(classes).isDirectory();
        Map<String, List<String>> offenders = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(classes)) {
            files = list.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            List<String> bad = new ArrayList<>();
            for (String name : symbolicNames(file)) {
                if (name.contains("org/flywaydb/core/internal") || name.contains("org/flywaydb/database/")) {
                    bad.add(name);
                }
            }
            if (!bad.isEmpty()) {
                offenders.put(file.getFileName().toString(), bad);
            }
        }
        assertThat(offenders)
                .as("references to Flyway's internal packages or to flyway-database-postgresql classes")
                .isEmpty();
    }

    /**
     * The UTF-8 constants of a class file that name classes, members or descriptors: every one except the text of
     * string literals (a class name in a string, for {@code Class.forName} or a resource path, links nothing).
     */
    private static List<String> symbolicNames(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile);
                DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            data.readUnsignedShort(); // major
            int count = data.readUnsignedShort();
            String[] utf8 = new String[count];
            boolean[] literal = new boolean[count];
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = data.readUTF();
                    case 3, 4 -> data.readInt();
                    case 5, 6 -> {
                        data.readLong();
                        i++;
                    }
                    case 7, 16, 19, 20 -> data.readUnsignedShort();
                    case 8 -> literal[data.readUnsignedShort()] = true;
                    case 9, 10, 11, 12, 17, 18 -> data.readInt();
                    case 15 -> {
                        data.readUnsignedByte();
                        data.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
            List<String> names = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (utf8[i] != null && !literal[i]) {
                    names.add(utf8[i]);
                }
            }
            return names;
        }
    }
}
