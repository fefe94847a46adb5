package dev.rehearsal.internal.restore.archive;

import static dev.rehearsal.internal.restore.archive.ArchiveFixtures.data;
import static dev.rehearsal.internal.restore.archive.ArchiveFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the real archives of pg_dump 15, 17.5 and 18.3 (archive versions 1.14 and 1.16) in every format and checks
 * them against what source.sql put into the database; archives of one pg_dump in different formats must read the
 * same.
 */
class ArchiveReaderTest {

    static Stream<Arguments> archives() {
        return Stream.of(
                Arguments.of("pg15/gzip.custom", ArchiveFormat.CUSTOM, ArchiveCompression.GZIP),
                Arguments.of("pg15/none.custom", ArchiveFormat.CUSTOM, ArchiveCompression.NONE),
                Arguments.of("pg15/pipe.custom", ArchiveFormat.CUSTOM, ArchiveCompression.GZIP),
                Arguments.of("pg15/archive.tar", ArchiveFormat.TAR, ArchiveCompression.NONE),
                Arguments.of("pg15/gzip.dir", ArchiveFormat.DIRECTORY, ArchiveCompression.GZIP),
                Arguments.of("pg15/none.dir", ArchiveFormat.DIRECTORY, ArchiveCompression.NONE),
                Arguments.of("pg17/gzip.custom", ArchiveFormat.CUSTOM, ArchiveCompression.GZIP),
                Arguments.of("pg17/none.custom", ArchiveFormat.CUSTOM, ArchiveCompression.NONE),
                Arguments.of("pg17/archive.tar", ArchiveFormat.TAR, ArchiveCompression.NONE),
                Arguments.of("pg17/gzip.dir", ArchiveFormat.DIRECTORY, ArchiveCompression.GZIP),
                Arguments.of("pg18/gzip.custom", ArchiveFormat.CUSTOM, ArchiveCompression.GZIP),
                Arguments.of("pg18/none.custom", ArchiveFormat.CUSTOM, ArchiveCompression.NONE),
                Arguments.of("pg18/archive.tar", ArchiveFormat.TAR, ArchiveCompression.NONE),
                Arguments.of("pg18/gzip.dir", ArchiveFormat.DIRECTORY, ArchiveCompression.GZIP));
    }

    @ParameterizedTest
    @MethodSource("archives")
    void reads_header_toc_data_and_large_objects(String name, ArchiveFormat format, ArchiveCompression compression)
            throws Exception {
        String major = name.substring(2, 4);
        try (Archive archive = Archives.open(ArchiveFixtures.path(name))) {
            ArchiveHeader header = archive.header();
            assertThat(header.version()).isEqualTo(major.equals("15") ? ArchiveVersion.V1_14 : ArchiveVersion.V1_16);
            assertThat(header.format()).isEqualTo(format);
            assertThat(header.compression()).isEqualTo(compression);
            assertThat(header.intSize()).isEqualTo(4);
            assertThat(header.offSize()).isEqualTo(8);
            assertThat(header.dumpedBy()).startsWith(major + ".");
            assertThat(header.dumpedFrom()).startsWith(major + ".");
            assertThat(header.databaseName()).isEqualTo(major.equals("15") ? "archive_src" : "postgres");
            assertThat(header.createdAt()).isPresent();
            assertThat(archive.encoding()).isEqualTo("UTF8");
            assertThat(archive.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(archive.standardConformingStrings()).isTrue();

            TocEntry table = entry(archive, "TABLE", "shop", "customer");
            assertThat(table.owner()).isEqualTo("archive_owner");
            assertThat(table.section()).isEqualTo(TocSection.PRE_DATA);
            assertThat(table.tableAccessMethod()).contains("heap");
            assertThat(table.tablespace()).contains("");
            assertThat(table.relkind()).isEqualTo(major.equals("15") ? 0 : 'r');
            assertThat(table.defn()).startsWith("CREATE TABLE shop.customer (");
            assertThat(table.hasData()).isFalse();

            TocEntry tableData = entry(archive, "TABLE DATA", "shop", "customer");
            assertThat(tableData.section()).isEqualTo(TocSection.DATA);
            assertThat(tableData.hadDumper()).isTrue();
            assertThat(tableData.hasData()).isTrue();
            assertThat(tableData.dependencies()).containsExactly(table.dumpId());
            assertThat(tableData.copyStmt()).isEqualTo("COPY shop.customer (id, name, note, status) FROM stdin;\n");
            String rows = new String(data(archive, tableData), StandardCharsets.UTF_8);
            assertThat(rows)
                    .startsWith("1\tAnn\ttab\\there\tsent\n"
                            + "2\tBob\\nNewline\tback\\\\slash and \\\\. and \\\\N\tpaid\n"
                            + "3\tZoë 🎉\t   trailing spaces   \tdraft\n"
                            + "4\tcarriage\\rreturn\t\\N\tdraft\n")
                    .endsWith("120\tcustomer 120\t" + "x".repeat(20) + "\tdraft\n\\.\n\n\n");
            assertThat(rows.lines()).hasSize(120 + 3); // the rows, the \. line and two empty lines
            assertThat(data(archive, entry(archive, "TABLE DATA", "public", "empty_table")))
                    .isEqualTo("\\.\n\n\n".getBytes(StandardCharsets.US_ASCII));

            TocEntry encoding = entry(archive, "ENCODING", "", "ENCODING");
            assertThat(encoding.defn()).isEqualTo("SET client_encoding = 'UTF8';\n");
            assertThat(encoding.namespace()).isEmpty();

            Map<Long, byte[]> objects = ArchiveFixtures.largeObjects(archive);
            Map<Long, byte[]> expected = ArchiveFixtures.expectedLargeObjects();
            assertThat(objects.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((oid, bytes) ->
                    assertThat(objects.get(oid)).as("large object " + oid).isEqualTo(bytes));
            long blobsEntries =
                    archive.entries().stream().filter(TocEntry::isLargeObjects).count();
            if (major.equals("15")) {
                assertThat(blobsEntries).isEqualTo(1);
                assertThat(archive.entries())
                        .filteredOn(e -> e.desc().equals("BLOB"))
                        .hasSize(4);
            } else {
                // pg_dump 17+: one BLOB METADATA and one BLOBS entry per owner (and ACL) group of large objects.
                assertThat(blobsEntries).isEqualTo(2);
                assertThat(entry(archive, "BLOB METADATA", "", "4004").defn()).contains("4004");
            }
        }
    }

    @Test
    void archives_of_one_dump_read_the_same_in_every_format() throws Exception {
        for (List<String> sameDump : List.of(
                List.of("pg15/gzip.custom", "pg15/none.custom", "pg15/pipe.custom", "pg15/gzip.dir", "pg15/none.dir"),
                List.of("pg17/gzip.custom", "pg17/none.custom", "pg17/gzip.dir"),
                List.of("pg18/gzip.custom", "pg18/none.custom", "pg18/gzip.dir"))) {
            Map<String, Object> first = null;
            for (String name : sameDump) {
                Map<String, Object> read = readAll(ArchiveFixtures.path(name));
                if (first == null) {
                    first = read;
                } else {
                    assertThat(read).as(name + " vs " + sameDump.get(0)).isEqualTo(first);
                }
            }
        }
    }

    @Test
    void pg_dump_15_17_and_18_write_the_same_table_data_and_large_objects() throws Exception {
        Map<String, String> first = null;
        for (String name : List.of("pg15/gzip.custom", "pg17/gzip.custom", "pg18/gzip.custom")) {
            Map<String, String> tables = new LinkedHashMap<>();
            try (Archive archive = Archives.open(ArchiveFixtures.path(name))) {
                for (TocEntry entry : archive.entries()) {
                    if (entry.desc().equals("TABLE DATA")) {
                        tables.put(
                                entry.namespace().orElse("") + "." + entry.tag() + " " + entry.copyStmt(),
                                new String(data(archive, entry), StandardCharsets.UTF_8));
                    }
                }
                ArchiveFixtures.largeObjects(archive)
                        .forEach((oid, bytes) ->
                                tables.put("lo " + oid, java.util.HexFormat.of().formatHex(bytes)));
            }
            assertThat(tables).hasSize(4 + 4);
            if (first == null) {
                first = tables;
            } else {
                assertThat(tables).as(name + " vs pg15/gzip.custom").isEqualTo(first);
            }
        }
    }

    /** Every entry and every data stream (as text) and large object (as hex) of an archive. */
    private static Map<String, Object> readAll(Path path) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        try (Archive archive = Archives.open(path)) {
            for (TocEntry entry : archive.entries()) {
                result.put("entry " + entry.dumpId(), entry);
                if (entry.hasData() && !entry.isLargeObjects()) {
                    result.put("data " + entry.dumpId(), new String(data(archive, entry), StandardCharsets.UTF_8));
                }
            }
            ArchiveFixtures.largeObjects(archive)
                    .forEach((oid, bytes) ->
                            result.put("lo " + oid, java.util.HexFormat.of().formatHex(bytes)));
        }
        return result;
    }

    @Test
    void a_pipe_written_custom_archive_has_no_data_offsets_and_is_read_by_scanning() throws Exception {
        try (Archive archive = Archives.open(ArchiveFixtures.path("pg15/pipe.custom"))) {
            CustomArchiveData data = (CustomArchiveData) archive.data();
            assertThat(data.offsets().values()).extracting(DataOffset::state).doesNotContain(DataOffset.State.SET);
            assertThat(data.offsets().values()).extracting(DataOffset::state).contains(DataOffset.State.NOT_SET);
        }
        try (Archive archive = Archives.open(ArchiveFixtures.path("pg15/gzip.custom"))) {
            CustomArchiveData data = (CustomArchiveData) archive.data();
            assertThat(data.offsets().values()).extracting(DataOffset::state).doesNotContain(DataOffset.State.NOT_SET);
        }
    }

    @Test
    void a_latin1_archive_is_decoded_with_its_encoding() throws Exception {
        try (Archive archive = Archives.open(ArchiveFixtures.path("pg15/latin1.custom"))) {
            assertThat(archive.encoding()).isEqualTo("LATIN1");
            assertThat(archive.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
            assertThat(entry(archive, "COMMENT", "shop", "TABLE \"Order\"").defn())
                    .isEqualTo("COMMENT ON TABLE shop.\"Order\" IS 'Bestellungen: Größe';\n");
            byte[] odd = data(archive, entry(archive, "TABLE DATA", "public", "odd name; \"quoted\""));
            assertThat(odd).isEqualTo("\\\\.\nline\\\\.\n\\N\nZürich\n\\.\n\n\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void an_inserts_archive_has_sql_text_as_data_and_no_copy_statement() throws Exception {
        try (Archive archive = Archives.open(ArchiveFixtures.path("pg15/inserts.custom"))) {
            TocEntry data = entry(archive, "TABLE DATA", "shop", "customer");
            assertThat(data.copyStmt()).isEmpty();
            assertThat(new String(data(archive, data), StandardCharsets.UTF_8))
                    .startsWith("INSERT INTO shop.customer VALUES (1, 'Ann', 'tab\there', 'sent');\n");
        }
    }

    @Test
    void a_custom_archive_on_the_classpath_is_read_through_its_url() throws Exception {
        URL url = getClass().getClassLoader().getResource("restore/archive-reader/pg18/gzip.custom");
        assertThat(url).isNotNull();
        try (Archive archive = Archives.open(url::openStream, url.toString())) {
            assertThat(archive.source()).isEqualTo(url.toString());
            assertThat(ArchiveFixtures.largeObjects(archive)).containsKey(4003L);
            assertThat(data(archive, entry(archive, "TABLE DATA", "shop", "Order")))
                    .hasSizeGreaterThan(10_000);
        }
    }

    @Test
    void detects_formats_from_content() throws Exception {
        assertThat(Archives.detect(java.nio.file.Files.readAllBytes(ArchiveFixtures.path("pg15/gzip.custom"))))
                .contains(ArchiveFormat.CUSTOM);
        assertThat(Archives.detect(java.nio.file.Files.readAllBytes(ArchiveFixtures.path("pg15/archive.tar"))))
                .contains(ArchiveFormat.TAR);
        assertThat(Archives.detect("--\n-- PostgreSQL database dump\n".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(Archives.isDirectoryArchive(ArchiveFixtures.path("pg15/gzip.dir")))
                .isTrue();
        assertThat(Archives.isDirectoryArchive(ArchiveFixtures.ROOT)).isFalse();
    }
}
