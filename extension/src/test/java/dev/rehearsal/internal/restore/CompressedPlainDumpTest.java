package dev.rehearsal.internal.restore;

import static dev.rehearsal.internal.restore.RestoreTesting.compress;
import static dev.rehearsal.internal.restore.RestoreTesting.rows;
import static dev.rehearsal.internal.restore.RestoreTesting.writeLz4;
import static dev.rehearsal.internal.restore.RestoreTesting.writeZstd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain dumps compressed with gzip, zstd and lz4: detected by their magic bytes whatever the file is called,
 * decompressed to exactly the script they were made from, restored like the uncompressed script. (The psql
 * differential test over the same fixtures is in {@link PgDumpFixtureTest}; broken compressed input is in
 * {@link HostilePlainInputTest}.)
 */
class CompressedPlainDumpTest {
    private static final ClassLoader LOADER = CompressedPlainDumpTest.class.getClassLoader();
    private static final String DIR = "restore/pgdump/";
    private static final Map<String, DumpFormat> FIXTURES =
            Map.of("rich.sql.gz", DumpFormat.GZIP, "rich.sql.zst", DumpFormat.ZSTD, "rich.sql.lz4", DumpFormat.LZ4);

    @TempDir
    Path dir;

    private static byte[] decompressed(Fixture fixture) throws IOException {
        try (InputStream in = fixture.open()) {
            return in.readAllBytes();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LOADER.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich.sql.gz", "rich.sql.zst", "rich.sql.lz4"})
    void a_compressed_pg_dump_fixture_decompresses_to_the_plain_dump_it_was_made_from(String name) throws Exception {
        Fixture fixture = Fixtures.resolve(DIR + name, LOADER, Path.of("."));
        assertThat(fixture.format()).isEqualTo(FIXTURES.get(name));
        assertThat(fixture.compressed()).isTrue();
        assertThat(fixture.dumpedByVersion())
                .hasValueSatisfying(v -> assertThat(v).startsWith("15."));
        assertThat(new String(decompressed(fixture), StandardCharsets.UTF_8))
                .isEqualTo(new String(resource("rich.sql"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich.sql.zst", "rich.sql.lz4"})
    void zstd_and_lz4_dumps_restore_like_the_plain_dump(String name) {
        Fixture fixture = Fixtures.resolve(DIR + name, LOADER, Path.of("."));
        try (TestDatabase compressed = TestPostgres.newDatabase();
                TestDatabase plain = TestPostgres.newDatabase()) {
            FixtureInfo info = Restorer.restore(fixture, compressed.server(), compressed.name());
            assertThat(info.format()).isEqualTo(FIXTURES.get(name).displayName());
            Restorer.restore(Fixtures.resolve(DIR + "rich.sql", LOADER, Path.of(".")), plain.server(), plain.name());
            assertThat(CatalogSnapshot.of(compressed)).isEqualTo(CatalogSnapshot.of(plain));
        }
    }

    @Test
    void the_display_names_say_which_compression() {
        assertThat(DumpFormat.PLAIN.displayName()).isEqualTo("plain SQL");
        assertThat(DumpFormat.GZIP.displayName()).isEqualTo("gzip-compressed plain SQL");
        assertThat(DumpFormat.ZSTD.displayName()).isEqualTo("zstd-compressed plain SQL");
        assertThat(DumpFormat.LZ4.displayName()).isEqualTo("lz4-compressed plain SQL");
    }

    @ParameterizedTest
    @EnumSource(
            value = DumpFormat.class,
            names = {"GZIP", "ZSTD", "LZ4"})
    void the_format_comes_from_the_magic_bytes_never_from_the_name(DumpFormat format) throws Exception {
        String script = "CREATE TABLE t (a int);\nCOPY t FROM stdin;\n7\n\\.\n";
        for (String name : new String[] {"dump.sql", "dump.sql.gz", "dump.zst", "dump.lz4", "dump"}) {
            Files.deleteIfExists(dir.resolve(name));
            RestoreTesting.writeCompressed(dir, name, script.getBytes(StandardCharsets.UTF_8), format);
            Fixture fixture = Fixtures.resolve(name, LOADER, dir);
            assertThat(fixture.format()).as(name).isEqualTo(format);
            assertThat(new String(decompressed(fixture), StandardCharsets.UTF_8))
                    .isEqualTo(script);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DumpFormat.class,
            names = {"GZIP", "ZSTD", "LZ4"})
    void concatenated_members_and_frames_read_as_one_script(DumpFormat format) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String part : new String[] {
            "CREATE TABLE t (a int);\n", "INSERT INTO t VALUES (1);\n", "INSERT INTO t ", "VALUES (2);\n"
        }) {
            bytes.writeBytes(compress(part.getBytes(StandardCharsets.UTF_8), format));
        }
        Files.write(dir.resolve("parts"), bytes.toByteArray());
        try (TestDatabase db = TestPostgres.newDatabase()) {
            RestoreTesting.restore(db, dir, "parts");
            assertThat(rows(db, "SELECT a FROM t ORDER BY a")).containsExactly("1", "2");
        }
    }

    @Test
    void zstd_and_lz4_scripts_with_copy_data_restore() {
        String script = "CREATE TABLE t (id int, a text);\nCOPY t (id, a) FROM stdin;\n1\tü\\ttab\n2\t\\N\n\\.\n";
        try (TestDatabase zstd = TestPostgres.newDatabase();
                TestDatabase lz4 = TestPostgres.newDatabase()) {
            writeZstd(dir, "z", script);
            writeLz4(dir, "l", script);
            RestoreTesting.restore(zstd, dir, "z");
            RestoreTesting.restore(lz4, dir, "l");
            assertThat(rows(zstd, "SELECT id, a FROM t ORDER BY id")).containsExactly("1|ü\ttab", "2|<null>");
            assertThat(rows(lz4, "SELECT id, a FROM t ORDER BY id")).containsExactly("1|ü\ttab", "2|<null>");
        }
    }
}
