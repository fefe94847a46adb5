package dev.rehearsal.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup's remembered digest is served only while the file is unchanged; a rewrite of the same size whose
 * modification time was put back is hashed again (its change time moved), and a file changed just before it was read
 * is not remembered at all.
 */
class DigestCacheTest {
    private static final String FAKE = "0".repeat(64);

    @TempDir
    Path dir;

    @Test
    void aRememberedDigestIsServedWhileTheFileIsUnchanged() throws Exception {
        Path backup = write("backup.sql", "CREATE TABLE a (id int);\n");
        DigestCache digests = DigestCache.in(dir.resolve("digests"), Duration.ZERO);

        assertThat(digests.sha256(backup)).isEqualTo(sha256("CREATE TABLE a (id int);\n"));
        Path entry = onlyEntry();
        // the stored digest is what a rerun gets without reading the file: replaced, it is served as it is
        forge(entry);
        assertThat(digests.sha256(backup)).isEqualTo(FAKE);
    }

    @Test
    void aRewriteOfTheSameSizeWithItsModificationTimePutBackIsHashedAgain() throws Exception {
        Path backup = write("backup.sql", "CREATE TABLE a (id int);\n");
        FileTime modified = Files.getLastModifiedTime(backup);
        DigestCache digests = DigestCache.in(dir.resolve("digests"), Duration.ZERO);
        digests.sha256(backup);
        forge(onlyEntry());

        Thread.sleep(30); // past the file-system clock's tick: the change time is what tells the rewrite
        Files.writeString(backup, "CREATE TABLE b (id int);\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(backup, modified); // touch -r, cp -p, an archive extracted with its times

        assertThat(Files.size(backup)).isEqualTo("CREATE TABLE a (id int);\n".length());
        assertThat(Files.getLastModifiedTime(backup)).isEqualTo(modified);
        assertThat(digests.sha256(backup)).isEqualTo(sha256("CREATE TABLE b (id int);\n"));
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimesIsHashedAgain() throws Exception {
        Path backup = write("backup.sql", "CREATE TABLE a (id int);\n");
        FileTime modified = Files.getLastModifiedTime(backup);
        DigestCache digests = DigestCache.in(dir.resolve("digests"), Duration.ZERO);
        digests.sha256(backup);
        forge(onlyEntry());

        Path other = write("other.sql", "CREATE TABLE c (id int);\n");
        Files.setLastModifiedTime(other, modified);
        Files.move(other, backup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(digests.sha256(backup)).isEqualTo(sha256("CREATE TABLE c (id int);\n"));
    }

    @Test
    void aFileChangedJustBeforeItWasReadIsNotRemembered() throws Exception {
        Path backup = write("backup.sql", "CREATE TABLE a (id int);\n");

        assertThat(DigestCache.in(dir.resolve("digests")).sha256(backup))
                .isEqualTo(sha256("CREATE TABLE a (id int);\n"));
        assertThat(dir.resolve("digests")).doesNotExist();
    }

    @Test
    void withoutACacheDirectoryNothingIsWritten() throws Exception {
        Path backup = write("backup.sql", "CREATE TABLE a (id int);\n");

        assertThat(DigestCache.none().sha256(backup)).isEqualTo(sha256("CREATE TABLE a (id int);\n"));
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(backup);
        }
    }

    private Path write(String name, String content) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        Thread.sleep(30); // its change time lies before the read (the margin is zero here)
        return file;
    }

    private Path onlyEntry() throws IOException {
        try (var files = Files.list(dir.resolve("digests"))) {
            List<Path> entries = files.toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }

    private static void forge(Path entry) throws IOException {
        List<String> lines = Files.readAllLines(entry);
        Files.write(entry, List.of(lines.get(0), lines.get(1), lines.get(2), FAKE));
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
