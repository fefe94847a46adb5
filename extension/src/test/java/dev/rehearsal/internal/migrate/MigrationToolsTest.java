package dev.rehearsal.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationToolsTest {

    @Test
    void a_lock_file_means_prisma(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");

        assertThat(MigrationTools.detect(dir, "prisma/migrations")).isEqualTo(MigrationTool.PRISMA);
    }

    @Test
    void sub_folders_with_migration_sql_mean_prisma(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "SELECT 1;\n");

        assertThat(MigrationTools.detect(dir, "prisma/migrations")).isEqualTo(MigrationTool.PRISMA);
    }

    @Test
    void the_detected_tool_is_logged_once_per_location_not_per_open(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Logger logger = Logger.getLogger(MigrationTools.class.getName());
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            for (int deploy = 0; deploy < 6; deploy++) {
                MigrationTools.detect(dir, "prisma/migrations");
            }
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(lines)
                .filteredOn(line -> line.startsWith("Rehearsal detected Prisma Migrate in prisma/migrations"))
                .hasSize(1);
    }

    @Test
    void an_unknown_layout_says_what_was_looked_for_and_found(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("schema.rb"), "ActiveRecord::Schema.define do\nend\n");
        Files.writeString(dir.resolve("notes.txt"), "not a migration\n");

        assertThatThrownBy(() -> MigrationTools.detect(dir, "db/migration"))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("Could not detect the migration tool of db/migration")
                .hasMessageContaining("no known layout matches")
                .hasMessageContaining("it holds notes.txt, schema.rb")
                .hasMessageContaining("Known tools: Prisma Migrate (PRISMA)")
                .hasMessageContaining("set tool = … explicitly");
    }

    @Test
    void an_empty_directory_is_not_detected(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("empty-folder"));

        assertThatThrownBy(() -> MigrationTools.detect(dir, "prisma/migrations"))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("it holds empty-folder/");
        Files.delete(dir.resolve("empty-folder"));
        assertThatThrownBy(() -> MigrationTools.detect(dir, "prisma/migrations"))
                .hasMessageContaining("and it is empty");
    }

    @Test
    void open_with_auto_detects_and_reads_the_directory() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("/migrate/prisma/basic").toURI());

        ToolMigrations migrations = MigrationTools.open(
                MigrationTool.AUTO,
                dir,
                "migrate/prisma/basic",
                () -> {
                    throw new java.sql.SQLException("not connected in this test");
                },
                null,
                Optional.empty());

        assertThat(migrations.tool()).isEqualTo(MigrationTool.PRISMA);
        assertThat(migrations.location()).isEqualTo("migrate/prisma/basic");
        assertThat(migrations.localIds())
                .containsExactly("20240101000000_init", "20240102000000_add_name", "20240103000000_add_orders");
        assertThat(migrations.fingerprint()).hasSize(64);
        assertThat(migrations.warnings()).isEmpty();
        assertThat(migrations.lastFailure()).isEmpty();
    }

    @Test
    void the_fingerprint_changes_with_any_file(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "SELECT 1;\n");
        String before = MigrationTools.open(MigrationTool.PRISMA, dir, "m", () -> null, null)
                .fingerprint();
        String same = MigrationTools.open(MigrationTool.PRISMA, dir, "elsewhere", () -> null, null)
                .fingerprint();
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "SELECT 2;\n");
        String after = MigrationTools.open(MigrationTool.PRISMA, dir, "m", () -> null, null)
                .fingerprint();

        assertThat(same).isEqualTo(before);
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void check_target_names_the_closest_ids() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("/migrate/prisma/basic").toURI());
        ToolMigrations migrations =
                MigrationTools.open(MigrationTool.PRISMA, dir, "prisma/migrations", () -> null, null);

        migrations.checkTarget("latest");
        migrations.checkTarget("20240102000000_add_name");
        assertThatThrownBy(() -> migrations.checkTarget("20240102000000_add_names"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"20240102000000_add_names\" is not a migration of prisma/migrations")
                .hasMessageContaining("the available ids are: 20240101000000_init, 20240102000000_add_name,"
                        + " 20240103000000_add_orders");
    }

    @Test
    void long_id_lists_show_the_closest_ones() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 10; i < 40; i++) {
            ids.add("202401" + i + "000000_step");
        }
        assertThat(MigrationIds.describeAvailable("20240125000001_step", ids))
                .startsWith("the closest of the 30 available ids are: 20240125000000_step")
                .endsWith("(first: 20240110000000_step, last: 20240139000000_step)");
    }
}
