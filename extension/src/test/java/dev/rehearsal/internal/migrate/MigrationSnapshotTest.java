package dev.rehearsal.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copies of migration files a JVM keeps are its own: deleted when it exits, and, when it was killed (no shutdown
 * hook ran), by the next JVM; never while their JVM lives.
 */
class MigrationSnapshotTest {

    @Test
    void a_killed_jvms_copies_are_deleted_and_a_living_ones_kept(@TempDir Path temp) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        assertThat(ended.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path killed = copy(temp, "rehearsal-migrations-1", Long.toString(ended.pid()));
        Path living = copy(
                temp,
                "rehearsal-migrations-2",
                Long.toString(ProcessHandle.current().pid()));
        Path starting = copy(temp, "rehearsal-migrations-3", null);
        Path oldWithoutOwner = copy(temp, "rehearsal-migrations-4", null);
        Files.setLastModifiedTime(oldWithoutOwner, FileTime.from(Instant.now().minusSeconds(3600)));
        Path someoneElses = Files.createDirectories(temp.resolve("other-tool-1"));

        MigrationSnapshot.removeLeftovers(temp);

        assertThat(killed).doesNotExist();
        assertThat(oldWithoutOwner).doesNotExist();
        assertThat(living.resolve("abc/db/1_init.up.sql")).exists();
        assertThat(starting).exists();
        assertThat(someoneElses).exists();
    }

    @Test
    void the_copy_has_the_folders_name_and_the_bytes_read(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("default"));
        Files.writeString(folder.resolve("1.sql"), "# --- !Ups\nCREATE TABLE t (id int);\n");
        Files.createDirectories(folder.resolve("empty"));

        MigrationSnapshot snapshot = MigrationSnapshot.read(new MigrationsLocation(folder, "conf/default", "test"));
        Files.writeString(folder.resolve("1.sql"), "changed");

        assertThat(snapshot.directory().getFileName().toString()).isEqualTo("default");
        assertThat(snapshot.directory().resolve("1.sql")).hasContent("# --- !Ups\nCREATE TABLE t (id int);");
        assertThat(snapshot.directory().resolve("empty")).isDirectory();
        assertThat(snapshot.digests()).containsOnlyKeys("1.sql");
    }

    private static Path copy(Path temp, String name, String owner) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(folder.resolve("abc/db"));
        Files.writeString(folder.resolve("abc/db/1_init.up.sql"), "CREATE TABLE t (id int);\n");
        if (owner != null) {
            Files.writeString(folder.resolve("owner.pid"), owner);
        }
        return folder;
    }
}
