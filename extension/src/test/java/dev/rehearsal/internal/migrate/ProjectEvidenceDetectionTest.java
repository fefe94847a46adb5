package dev.rehearsal.internal.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout that fits two tools ({@code <version>_<name>.up.sql} / {@code .down.sql}: golang-migrate and sqlx) is
 * settled by the project's own files, never by a guess.
 */
class ProjectEvidenceDetectionTest {
    @TempDir
    Path project;

    Path migrations;

    @BeforeEach
    void layout() throws Exception {
        migrations = Files.createDirectories(project.resolve("db/migrations"));
        Files.writeString(migrations.resolve("20240101000000_init.up.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(migrations.resolve("20240101000000_init.down.sql"), "DROP TABLE a;\n");
    }

    @Test
    void withoutProjectEvidenceTheAmbiguityIsRefused() {
        assertThatThrownBy(() -> MigrationTools.detect(migrations, "db/migrations", project))
                .isInstanceOf(MigrationSetupException.class)
                .hasMessageContaining("golang-migrate")
                .hasMessageContaining("sqlx")
                .hasMessageContaining("name none of them")
                .hasMessageContaining("set @MigratesTo(tool = …)");
    }

    @Test
    void goModRequiringGolangMigrateDecides() throws Exception {
        Files.writeString(
                project.resolve("go.mod"),
                "module example.com/app\n\nrequire (\n" + "\tgithub.com/golang-migrate/migrate/v4 v4.17.0\n)\n");

        assertThat(MigrationTools.detect(migrations, "db/migrations", project)).isEqualTo(MigrationTool.GOLANG_MIGRATE);
    }

    @Test
    void cargoTomlDependingOnSqlxDecides() throws Exception {
        Files.writeString(
                project.resolve("Cargo.toml"),
                "[package]\nname = \"app\"\n\n[dependencies]\n"
                        + "sqlx = { version = \"0.8\", features = [\"postgres\"] }\n");

        assertThat(MigrationTools.detect(migrations, "db/migrations", project)).isEqualTo(MigrationTool.SQLX);
    }

    @Test
    void aProjectPointingToBothStillRefusesAndSaysWhy() throws Exception {
        Files.writeString(project.resolve("go.mod"), "require github.com/golang-migrate/migrate/v4 v4.17.0\n");
        Files.writeString(project.resolve("Cargo.toml"), "[dependencies]\nsqlx = \"0.8\"\n");

        assertThatThrownBy(() -> MigrationTools.detect(migrations, "db/migrations", project))
                .hasMessageContaining("The project points to several: ")
                .hasMessageContaining("go.mod requires golang-migrate")
                .hasMessageContaining("Cargo.toml depends on sqlx");
    }

    @Test
    void filesAboveTheProjectDirectoryAreNotRead() throws Exception {
        Files.writeString(project.resolve("go.mod"), "require github.com/golang-migrate/migrate/v4 v4.17.0\n");
        Path module = project.resolve("db");

        assertThatThrownBy(() -> MigrationTools.detect(migrations, "db/migrations", module))
                .hasMessageContaining("name none of them");
    }
}
