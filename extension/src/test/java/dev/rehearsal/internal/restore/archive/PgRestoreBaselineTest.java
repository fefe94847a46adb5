package dev.rehearsal.internal.restore.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads every pg_dump 15 archive with the native reader and with the installed pg_restore 15 (which needs no server to
 * list an archive or write the script it would run) and compares: the header, every TOC entry with its dependencies,
 * every entry's definition, every data stream byte for byte, every large object.
 */
class PgRestoreBaselineTest {

    private static final Pattern LO_OPEN = Pattern.compile("SELECT pg_catalog\\.lo_open\\('(\\d+)', 131072\\);");
    private static final Pattern LO_WRITE = Pattern.compile("SELECT pg_catalog\\.lowrite\\(0, '\\\\x([0-9a-f]*)'\\);");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pg15/gzip.custom",
                "pg15/none.custom",
                "pg15/pipe.custom",
                "pg15/latin1.custom",
                "pg15/inserts.custom",
                "pg15/archive.tar",
                "pg15/gzip.dir",
                "pg15/none.dir",
                "../pgdump/legacy.custom",
                "../pgdump/legacy.tar",
                "../pgdump/legacy.dir"
            })
    void the_reader_sees_what_pg_restore_sees(String name) throws Exception {
        Path path = ArchiveFixtures.path(name);
        PgRestore.assumeInstalled();
        try (Archive archive = Archives.open(path)) {
            String listing = new String(PgRestore.run(path, "-l", "-v"), archive.charset());
            assertThat(listing)
                    .contains(";     dbname: " + archive.header().databaseName() + "\n")
                    .contains(";     Dump Version: " + archive.header().version() + "\n")
                    .contains(";     Integer: " + archive.header().intSize() + " bytes\n")
                    .contains(";     Offset: " + archive.header().offSize() + " bytes\n")
                    .contains(";     Dumped from database version: "
                            + archive.header().dumpedFrom() + "\n")
                    .contains(";     Dumped by pg_dump version: "
                            + archive.header().dumpedBy() + "\n")
                    .contains(";     TOC Entries: " + archive.entries().size() + "\n")
                    .contains("; Archive created at "
                            + archive.header()
                                    .createdAt()
                                    .orElseThrow()
                                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
            assertThat(entryLines(archive)).isEqualTo(pgRestoreEntryLines(listing));

            byte[] data = PgRestore.run(path, "-a", "-f", "-");
            String script = new String(PgRestore.run(path, "-C", "-s", "-f", "-"), archive.charset())
                    + new String(data, archive.charset());
            for (TocEntry entry : archive.entries()) {
                if (!entry.defn().isEmpty() && !special(entry)) {
                    assertThat(script).as("definition of " + entry.describe()).contains(entry.defn());
                }
            }

            int tables = 0;
            for (TocEntry entry : archive.entries()) {
                if (entry.desc().equals("TABLE DATA")) {
                    tables++;
                    byte[] expected =
                            concat(entry.copyStmt().getBytes(archive.charset()), ArchiveFixtures.data(archive, entry));
                    assertThat(ArchiveReaderTestSupport.indexOf(data, expected))
                            .as("the data of %s, as pg_restore writes it", entry.describe())
                            .isNotNegative();
                }
            }
            assertThat(tables).isGreaterThan(0);
            Map<Long, byte[]> mine = ArchiveFixtures.largeObjects(archive);
            Map<Long, byte[]> theirs = largeObjects(new String(data, StandardCharsets.ISO_8859_1));
            assertThat(mine.keySet()).containsExactlyElementsOf(theirs.keySet());
            mine.forEach(
                    (oid, bytes) -> assertThat(bytes).as("large object " + oid).isEqualTo(theirs.get(oid)));
        }
    }

    private static boolean special(TocEntry entry) {
        return List.of("ENCODING", "STDSTRINGS", "SEARCHPATH").contains(entry.desc());
    }

    /** The entry lines of {@code pg_restore -l -v}, as pg_restore 15 prints them ({@code PrintTOCSummary()}). */
    private static List<String> entryLines(Archive archive) {
        List<String> lines = new ArrayList<>();
        for (TocEntry entry : archive.entries()) {
            lines.add(entry.dumpId() + "; " + entry.tableOid() + " " + entry.oid() + " " + entry.desc() + " "
                    + entry.namespace()
                            .filter(s -> !s.isEmpty())
                            .map(PgRestoreBaselineTest::sanitize)
                            .orElse("-")
                    + " " + sanitize(entry.tag()) + " " + sanitize(entry.owner()));
            if (!entry.dependencies().isEmpty()) {
                lines.add(";\tdepends on: "
                        + entry.dependencies().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            }
        }
        return lines;
    }

    private static String sanitize(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static List<String> pgRestoreEntryLines(String listing) {
        return listing.lines()
                .filter(line -> !line.startsWith(";") || line.startsWith(";\tdepends on:"))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The large objects in pg_restore's script: lo_open('OID') followed by lowrite(0, '\x…') calls. */
    private static Map<Long, byte[]> largeObjects(String script) {
        Map<Long, ByteArrayOutputStream> objects = new LinkedHashMap<>();
        ByteArrayOutputStream current = null;
        for (String line : script.lines().toList()) {
            Matcher open = LO_OPEN.matcher(line);
            Matcher write = LO_WRITE.matcher(line);
            if (open.matches()) {
                current = new ByteArrayOutputStream();
                objects.put(Long.parseLong(open.group(1)), current);
            } else if (write.matches() && current != null) {
                current.writeBytes(HexFormat.of().parseHex(write.group(1)));
            }
        }
        Map<Long, byte[]> result = new LinkedHashMap<>();
        objects.forEach((oid, bytes) -> result.put(oid, bytes.toByteArray()));
        return result;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
