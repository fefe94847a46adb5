package dev.rehearsal.internal.restore.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real pg_dump archives of src/test/resources/restore/archive-reader (made by src/test/fixtures/archive-reader/generate.sh with
 * pg_dump 15 and generate-wasm.sh with pg_dump 17.5 and 18.3) and what their source database holds.
 */
final class ArchiveFixtures {
    static final Path ROOT = Path.of("src/test/resources/restore/archive-reader");

    private ArchiveFixtures() {}

    static Path path(String name) {
        return ROOT.resolve(name);
    }

    /** The large objects source.sql creates, by OID. */
    static Map<Long, byte[]> expectedLargeObjects() {
        Map<Long, byte[]> objects = new LinkedHashMap<>();
        objects.put(4001L, new byte[0]);
        objects.put(4002L, "hello, large object".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        for (long g = 1; g <= 5000; g++) {
            long value = (g * 2654435761L) % 4294967296L;
            big.write((int) (value >>> 24));
            big.write((int) (value >>> 16));
            big.write((int) (value >>> 8));
            big.write((int) value);
        }
        objects.put(4003L, big.toByteArray());
        objects.put(4004L, "owned by archive_owner".getBytes(StandardCharsets.UTF_8));
        return objects;
    }

    /** Every large object of every BLOBS entry, by OID, in archive order. */
    static Map<Long, byte[]> largeObjects(Archive archive) throws IOException {
        Map<Long, byte[]> objects = new LinkedHashMap<>();
        for (TocEntry entry : archive.entries()) {
            if (entry.isLargeObjects()) {
                archive.readLargeObjects(entry, (oid, data) -> objects.put(oid, data.readAllBytes()));
            }
        }
        return objects;
    }

    static byte[] data(Archive archive, TocEntry entry) {
        try (InputStream in = archive.openData(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TocEntry entry(Archive archive, String desc, String namespace, String tag) {
        return archive.entries().stream()
                .filter(e -> e.desc().equals(desc)
                        && e.namespace().orElse("").equals(namespace)
                        && e.tag().equals(tag))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no " + desc + " " + namespace + "." + tag + " in " + archive.source()));
    }
}
