package dev.rehearsal.internal.restore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile archives: each fails fast with an {@link ArchiveException} whose message says what was expected,
 * what was found and where, and leaves no file open. Every broken archive here is a SYNTHETIC corruption (cut,
 * overwritten bytes) of a real pg_dump archive, made by the test itself.
 */
class ArchiveHostileInputTest {

    private static final Duration FAST = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** Loads every class the reader and the checks use, so that opening their jars is not counted as a leak. */
    @BeforeAll
    static void warmUp() throws Exception {
        for (String name : new String[] {"pg15/gzip.custom", "pg15/archive.tar", "pg15/gzip.dir", "pg15/none.dir"}) {
            readEverything(ArchiveFixtures.path(name));
        }
        assertThatThrownBy(() -> Archives.open(ArchiveFixtures.ROOT.resolve("pg15")))
                .isInstanceOf(ArchiveException.class)
                .message()
                .contains("toc.dat");
    }

    /** Open file descriptors of this JVM (Linux), or -1 where /proc is not available. */
    private static long openFiles() {
        File[] fds = new File("/proc/self/fd").listFiles();
        return fds == null ? -1 : fds.length;
    }

    private static byte[] real(String name) throws IOException {
        return Files.readAllBytes(ArchiveFixtures.path(name));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Opens the archive and reads everything in it: header, TOC, every data stream, every large object. */
    static void readEverything(Path path) throws IOException {
        try (Archive archive = Archives.open(path)) {
            readEverything(archive);
        }
    }

    static void readEverything(Archive archive) throws IOException {
        for (TocEntry entry : archive.entries()) {
            if (!entry.hasData()) {
                continue;
            }
            if (entry.isLargeObjects()) {
                archive.readLargeObjects(entry, (oid, data) -> data.transferTo(OutputStream.nullOutputStream()));
            } else {
                try (InputStream in = archive.openData(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
    }

    private static void assertFailsFast(Executable read, String... messageParts) {
        assertTimeoutPreemptively(
                FAST,
                () -> assertThatThrownBy(read::execute)
                        .isInstanceOf(ArchiveException.class)
                        .message()
                        .contains(messageParts));
    }

    @Test
    void an_empty_file() throws Exception {
        Path empty = write("empty.custom", new byte[0]);
        assertFailsFast(() -> Archives.open(empty), empty.toString(), "is empty", "expected a pg_dump archive");
    }

    @Test
    void wrong_magic_bytes() throws Exception {
        byte[] bytes = real("pg15/gzip.custom");
        bytes[4] = 'X'; // synthetic: PGDMX
        Path wrong = write("wrong-magic.custom", bytes);
        assertFailsFast(
                () -> Archives.open(wrong),
                wrong.toString(),
                "is not a pg_dump archive: it starts with \"PGDMX",
                "expected the magic bytes PGDMP");
    }

    @Test
    void wrong_magic_bytes_in_a_directory_archive_toc() throws Exception {
        Path copy = copyDirectory("pg15/none.dir");
        byte[] toc = Files.readAllBytes(copy.resolve("toc.dat"));
        toc[0] = 'X'; // synthetic
        Files.write(copy.resolve("toc.dat"), toc);
        assertFailsFast(
                () -> Archives.open(copy), "toc.dat does not start with the magic bytes PGDMP", "found \"XGDMP");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 7, 12, 40, 120})
    void a_custom_archive_cut_in_its_header(int length) throws Exception {
        Path cut = write("cut.custom", Arrays.copyOf(real("pg15/gzip.custom"), length)); // synthetic
        assertFailsFast(() -> Archives.open(cut), cut.toString(), "ends unexpectedly at byte", "truncated");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 2_000, 6_000})
    void a_custom_archive_cut_in_its_toc(int length) throws Exception {
        Path cut = write("cut.custom", Arrays.copyOf(real("pg15/gzip.custom"), length)); // synthetic
        assertFailsFast(
                () -> Archives.open(cut), cut.toString(), "ends unexpectedly at byte", "TOC entry", "truncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg15/gzip.custom", "pg15/none.custom", "pg15/pipe.custom", "pg18/gzip.custom"})
    void a_custom_archive_cut_in_its_data(String name) throws Exception {
        byte[] bytes = real(name);
        long dataStart;
        try (Archive archive = Archives.open(ArchiveFixtures.path(name))) {
            dataStart = ((CustomArchiveData) archive.data()).dataStart();
        }
        for (long length : new long[] {dataStart + 3, (dataStart + bytes.length) / 2, bytes.length - 10}) {
            Path cut = write("cut.custom", Arrays.copyOf(bytes, (int) length)); // synthetic
            assertFailsFast(() -> readEverything(cut), cut.toString(), "truncated");
        }
    }

    @Test
    void a_toc_offset_beyond_the_end_of_the_archive() throws Exception {
        byte[] bytes = real("pg15/gzip.custom");
        Path corrupted = write("offset.custom", withDataOffset(bytes, "TABLE DATA", bytes.length + 1000L));
        assertFailsFast(
                () -> readEverything(corrupted),
                corrupted.toString(),
                "the data of TOC entry",
                "(TABLE DATA shop customer) is recorded at byte " + (bytes.length + 1000L),
                "beyond the end of the archive");
    }

    @Test
    void a_toc_offset_into_garbage() throws Exception {
        byte[] bytes = real("pg15/gzip.custom");
        Path corrupted = write("offset.custom", withDataOffset(bytes, "TABLE DATA", 100)); // into the TOC
        assertFailsFast(
                () -> readEverything(corrupted),
                corrupted.toString(),
                "expected the data block of TOC entry",
                "(TABLE DATA shop customer) (type 1, dump id",
                "at byte 100, found bytes that are not a block header",
                "TOC offsets are corrupted");
    }

    /** Synthetic: the archive with the recorded data offset of shop.customer's TABLE DATA entry replaced. */
    private static byte[] withDataOffset(byte[] bytes, String desc, long newOffset) throws IOException {
        long offset;
        try (Archive archive = Archives.open(() -> new java.io.ByteArrayInputStream(bytes), "in memory")) {
            TocEntry entry = ArchiveFixtures.entry(archive, desc, "shop", "customer");
            offset = ((CustomArchiveData) archive.data())
                    .offsets()
                    .get(entry.dumpId())
                    .position();
        }
        byte[] stored = new byte[9];
        stored[0] = 2; // K_OFFSET_POS_SET
        for (int i = 0; i < 8; i++) {
            stored[1 + i] = (byte) (offset >>> (8 * i));
        }
        int at = ArchiveReaderTestSupport.indexOf(bytes, stored);
        assertThat(at).as("the stored offset in the TOC").isPositive();
        byte[] result = bytes.clone();
        for (int i = 0; i < 8; i++) {
            result[at + 1 + i] = (byte) (newOffset >>> (8 * i));
        }
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg15/gzip.custom", "pg18/gzip.custom"})
    void an_archive_from_a_future_pg_dump(String name) throws Exception {
        byte[] bytes = real(name);
        bytes[6] = 17; // synthetic: archive version 1.17
        Path future = write("future.custom", bytes);
        assertFailsFast(
                () -> Archives.open(future),
                future.toString(),
                "has archive version 1.17-0, newer than this reader understands (newest: 1.16, written by pg_dump 17"
                        + " and 18)",
                "upgrade Rehearsal, or dump the database again with pg_dump 18 or older");
        bytes[5] = 2; // synthetic: archive version 2.17
        Path major = write("future-major.custom", bytes);
        assertFailsFast(() -> Archives.open(major), "has archive version 2.17-0, newer than this reader");
    }

    @Test
    void an_archive_from_pg_dump_11_or_older() throws Exception {
        byte[] bytes = real("pg15/gzip.custom");
        bytes[6] = 13; // synthetic: archive version 1.13
        Path old = write("old.custom", bytes);
        assertFailsFast(
                () -> Archives.open(old),
                "has archive version 1.13-0, older than this reader supports (oldest: 1.14-0, written by pg_dump 12)");
    }

    @Test
    void a_directory_without_toc_dat() throws Exception {
        Path copy = copyDirectory("pg15/none.dir");
        Files.delete(copy.resolve("toc.dat"));
        assertFailsFast(
                () -> Archives.open(copy),
                copy.toString(),
                "is a directory without a toc.dat file, so it is not a directory-format archive (pg_dump -Fd)");
    }

    @Test
    void a_directory_archive_missing_a_data_file() throws Exception {
        Path copy = copyDirectory("pg15/gzip.dir");
        try (Archive archive = Archives.open(copy)) {
            TocEntry entry = ArchiveFixtures.entry(archive, "TABLE DATA", "shop", "customer");
            Files.delete(copy.resolve(entry.dumpId() + ".dat.gz"));
            assertFailsFast(
                    () -> archive.openData(entry).close(),
                    "the data file " + entry.dumpId() + ".dat (or " + entry.dumpId() + ".dat.gz/.lz4/.zst)",
                    "is missing");
        }
    }

    @Test
    void a_truncated_gzip_data_file_in_a_directory_archive() throws Exception {
        Path copy = copyDirectory("pg15/gzip.dir");
        try (Archive archive = Archives.open(copy)) {
            TocEntry entry = ArchiveFixtures.entry(archive, "TABLE DATA", "shop", "Order");
            Path file = copy.resolve(entry.dumpId() + ".dat.gz");
            byte[] gz = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(gz, gz.length / 2)); // synthetic
            assertFailsFast(
                    () -> readEverything(archive),
                    "Could not read the data of TOC entry " + entry.dumpId() + " (TABLE DATA shop Order)",
                    "truncated or corrupted");
        }
    }

    @Test
    void a_toc_naming_a_data_file_outside_the_archive() throws Exception {
        Path copy = copyDirectory("pg15/none.dir");
        byte[] toc = Files.readAllBytes(copy.resolve("toc.dat"));
        int at;
        String name;
        try (Archive archive = Archives.open(copy)) {
            name = ArchiveFixtures.entry(archive, "TABLE DATA", "shop", "customer")
                            .dumpId() + ".dat";
        }
        at = ArchiveReaderTestSupport.indexOf(toc, name.getBytes(StandardCharsets.US_ASCII));
        byte[] hostile = "../x.dat".getBytes(StandardCharsets.US_ASCII); // synthetic, same length
        System.arraycopy(hostile, 0, toc, at, hostile.length);
        Files.write(copy.resolve("toc.dat"), toc);
        assertFailsFast(() -> readEverything(copy), "names the data file \"../x.dat\"", "expected a plain file name");
    }

    @Test
    void a_tar_without_toc_dat() throws Exception {
        Path tar = dir.resolve("other.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            byte[] content = "not a dump\n".getBytes(StandardCharsets.US_ASCII);
            TarArchiveEntry entry = new TarArchiveEntry("notes.txt");
            entry.setSize(content.length);
            out.putArchiveEntry(entry);
            out.write(content);
            out.closeArchiveEntry();
        }
        assertFailsFast(
                () -> Archives.open(tar),
                tar.toString(),
                "is a tar archive without a toc.dat member (it holds [notes.txt])",
                "not written by pg_dump -Ft");
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 20_000, 60_000})
    void a_truncated_tar(int length) throws Exception {
        Path cut = write("cut.tar", Arrays.copyOf(real("pg15/archive.tar"), length)); // synthetic
        assertFailsFast(() -> readEverything(cut), cut.toString(), "truncated");
    }

    private Path copyDirectory(String name) throws IOException {
        Path source = ArchiveFixtures.path(name);
        Path target = dir.resolve(source.getFileName());
        Files.createDirectories(target);
        try (var files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, target.resolve(Objects.requireNonNull(file.getFileName())));
            }
        }
        return target;
    }
}
