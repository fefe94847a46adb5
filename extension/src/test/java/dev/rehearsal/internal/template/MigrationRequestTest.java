package dev.rehearsal.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationRequest;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 2: a migration request is one value, its files read once. The template cache keys the migrated
 * template by the request's files and the tool builds it from them, so a migration file edited between the two (an IDE
 * saving, a build step regenerating it) cannot give a template keyed by one content and built from another; and every
 * copy's history reads the same files. Real server, real golang-migrate layout.
 */
class MigrationRequestTest {
    private static final String ORIGINAL = "CREATE TABLE t (original int);\n";
    private static final String EDITED = "CREATE TABLE t (edited int);\n";

    @TempDir
    Path dir;

    private Path migrations;
    private MigrationsLocation location;
    private MigrationOptions options;
    private TemplateCache cache;
    private final List<String> copies = new ArrayList<>();

    @BeforeEach
    void folder() throws Exception {
        Files.writeString(dir.resolve("base.sql"), "CREATE TABLE existing (id int);\n");
        migrations = Files.createDirectories(dir.resolve("db"));
        Files.writeString(migrations.resolve("1_init.up.sql"), ORIGINAL);
        location = new MigrationsLocation(migrations, "db", "test");
        options = MigrationOptions.of(Settings.of(key -> Optional.empty(), dir));
        cache = new TemplateCache(TestPostgres.server());
    }

    @AfterEach
    void close() {
        copies.forEach(cache::drop);
        cache.close();
    }

    @Test
    void a_file_edited_after_the_request_was_read_neither_keys_nor_builds_the_template() throws Exception {
        MigrationRequest request = cache.request(location, MigrationTool.GOLANG_MIGRATE, MigratesTo.LATEST, options);
        Files.writeString(migrations.resolve("1_init.up.sql"), EDITED); // between the key and the run

        RestoredTemplate base = cache.restored(Fixtures.resolve("base.sql", null, dir), RestoreOptions.defaults());
        MigratedTemplate migrated = cache.migrated(base, request);

        assertThat(migrated.failure()).isEmpty();
        assertThat(request.files().digests())
                .as("the digests the template is keyed by")
                .containsExactly(java.util.Map.entry(
                        "1_init.up.sql", Fingerprint.sha256(ORIGINAL.getBytes(StandardCharsets.UTF_8))));
        String copy = cache.cloneFor(migrated.database());
        copies.add(copy);
        assertThat(columnsOfT(copy))
                .as("the template is built from the same content")
                .containsExactly("original");
    }

    @Test
    void every_request_and_every_copy_of_a_run_read_the_files_the_first_request_read() throws Exception {
        MigrationRequest first = cache.request(location, MigrationTool.GOLANG_MIGRATE, MigratesTo.LATEST, options);
        Files.writeString(migrations.resolve("1_init.up.sql"), EDITED);
        Files.writeString(migrations.resolve("2_more.up.sql"), "CREATE TABLE more (id int);\n");

        MigrationRequest second = cache.request(location, MigrationTool.GOLANG_MIGRATE, MigratesTo.LATEST, options);
        RestoredTemplate base = cache.restored(Fixtures.resolve("base.sql", null, dir), RestoreOptions.defaults());
        MigratedTemplate migrated = cache.migrated(base, second);
        String copy = cache.cloneFor(migrated.database());
        copies.add(copy);
        ToolMigrations history = cache.open(second, copy, base.fixture(), Optional.empty());

        assertThat(second.files()).isEqualTo(first.files());
        assertThat(history.localIds()).containsExactly("1");
        assertThat(columnsOfT(copy)).containsExactly("original");
    }

    @Test
    void a_request_is_made_in_plain_java_and_detects_its_tool_once() throws Exception {
        // the layout fits golang-migrate and sqlx: the project's go.mod, next to the folder, settles it
        Files.writeString(
                dir.resolve("go.mod"), "module app\n\nrequire github.com/golang-migrate/migrate/v4 v4.17.0\n");
        MigrationRequest request = MigrationRequest.read(location, MigrationTool.AUTO, "1", options);
        Files.delete(migrations.resolve("1_init.up.sql")); // the request keeps what it read

        assertThat(request.tool()).isEqualTo(MigrationTool.GOLANG_MIGRATE);
        assertThat(request.target()).isEqualTo("1");
        assertThat(request.migrations().display()).isEqualTo("db");
        assertThat(request.migrations().origin()).isEqualTo(migrations);
        assertThat(Files.readString(request.migrations().directory().resolve("1_init.up.sql")))
                .isEqualTo(ORIGINAL);
    }

    private static List<String> columnsOfT(String database) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = TestPostgres.server().connect(database);
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = 't'")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }
}
