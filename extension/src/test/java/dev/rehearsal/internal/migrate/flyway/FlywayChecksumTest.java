package dev.rehearsal.internal.migrate.flyway;

import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.historyRows;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec's checksum vectors (shared/specs/migration-tools.md §2.3), checked three ways: the spec's algorithm
 * implemented here, Flyway's own computation (the resolved checksum of {@code flyway info}), and the value Rehearsal's
 * run writes into flyway_schema_history.
 */
class FlywayChecksumTest {
    @TempDir
    Path project;

    /** §2.3: lines as BufferedReader.readLine() gives them, a leading BOM dropped, CRC32 over their UTF-8 bytes. */
    static int specChecksum(String content) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
            boolean first = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Test
    void the_spec_vectors_hold_for_the_spec_algorithm_flyway_and_the_rows_rehearsal_writes() {
        Map<String, Integer> vectors = Map.of(
                "CREATE TABLE t (id int);\n", 92137680,
                "CREATE TABLE t (id int);", 92137680,
                "CREATE TABLE t (id int);\r\n", 92137680,
                "\uFEFFCREATE TABLE t (id int);\n", 92137680,
                "CREATE TABLE t\n(id int);\n", -66220931,
                "CREATE TABLE t\n\n(id int);\n", -66220931);
        vectors.forEach((content, expected) -> assertThat(specChecksum(content))
                .as("spec algorithm on %s", content.replace("\n", "\\n").replace("\r", "\\r"))
                .isEqualTo(expected));

        Path dir = project.resolve(FlywayTesting.LOCATION);
        int version = 1;
        Map<String, Integer> byVersion = new java.util.TreeMap<>();
        for (Map.Entry<String, Integer> vector : vectors.entrySet()) {
            write(
                    dir,
                    "V" + version + "__t" + version + ".sql",
                    vector.getKey().replace("TABLE t", "TABLE t" + version));
            byVersion.put(
                    String.valueOf(version), specChecksum(vector.getKey().replace("TABLE t", "TABLE t" + version)));
            version++;
        }
        write(project.resolve("vector"), "V1__t.sql", "CREATE TABLE t (id int);\n");

        try (TestDatabase db = TestPostgres.newDatabase()) {
            // Flyway's own computation of the vector itself.
            MigrationInfo[] info = Flyway.configure()
                    .dataSource(
                            db.jdbcUrl(),
                            TestPostgres.server().username(),
                            TestPostgres.server().password())
                    .locations("filesystem:" + project.resolve("vector"))
                    .load()
                    .info()
                    .all();
            // Not applied yet, so getChecksum() is the resolved checksum (getResolvedChecksum() is Flyway 9+ API).
            assertThat(info[0].getChecksum()).isEqualTo(92137680);

            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            Map<String, Integer> resolved = Arrays.stream(Flyway.configure()
                            .dataSource(
                                    db.jdbcUrl(),
                                    TestPostgres.server().username(),
                                    TestPostgres.server().password())
                            .locations("filesystem:" + dir)
                            .load()
                            .info()
                            .all())
                    .collect(Collectors.toMap(i -> i.getVersion().getVersion(), MigrationInfo::getChecksum));
            assertThat(resolved).isEqualTo(byVersion);

            migrations.deploy();
            Map<String, Integer> written = historyRows(db).stream()
                    .collect(Collectors.toMap(r -> r.get("version"), r -> Integer.valueOf(r.get("checksum"))));
            assertThat(written).isEqualTo(byVersion);
        }
    }

    @Test
    void the_vector_file_is_recorded_with_92137680() {
        Path dir = project.resolve(FlywayTesting.LOCATION);
        write(dir, "V1__t.sql", "CREATE TABLE t (id int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir, db).deploy();
            assertThat(historyRows(db)).singleElement().satisfies(row -> {
                assertThat(row.get("checksum")).isEqualTo("92137680");
                assertThat(row.get("script")).isEqualTo("V1__t.sql");
                assertThat(row.get("type")).isEqualTo("SQL");
                assertThat(row.get("description")).isEqualTo("t");
                assertThat(row.get("success")).isEqualTo("t");
            });
        }
    }
}
