package dev.rehearsal.internal.migrate.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prisma version read from the project: installed package, lock files, a deciding range; the setting wins. */
class PrismaVersionEvidenceTest {
    @TempDir
    Path project;

    Path migrations;

    @BeforeEach
    void layout() throws Exception {
        migrations = Files.createDirectories(project.resolve("prisma/migrations/20240101000000_init"))
                .getParent();
        Files.writeString(migrations.resolve("20240101000000_init/migration.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
    }

    @Test
    void theInstalledPackageWinsOverTheLockAndTheManifest() throws Exception {
        write("package.json", "{\"devDependencies\": {\"prisma\": \"^6.19.0\"}}");
        write("package-lock.json", "{\"packages\": {\"node_modules/prisma\": {\"version\": \"6.19.0\"}}}");
        write("node_modules/prisma/package.json", "{\"name\": \"prisma\", \"version\": \"7.4.1\"}");

        assertThat(PrismaVersionEvidence.find(migrations, project))
                .hasValue(new PrismaVersionEvidence.Evidence("7.4.1", "node_modules/prisma/package.json", true));
    }

    @Test
    void lockFilesGiveTheLockedVersion() throws Exception {
        write("package-lock.json", "{\"packages\": {\"node_modules/prisma\": {\"version\": \"7.5.0\"}}}");
        assertThat(PrismaVersionEvidence.find(migrations, project).map(PrismaVersionEvidence.Evidence::version))
                .hasValue("7.5.0");

        Files.delete(project.resolve("package-lock.json"));
        write("yarn.lock", "\"prisma@^6.1.0\":\n  version \"6.19.2\"\n  resolved \"…\"\n");
        assertThat(PrismaVersionEvidence.find(migrations, project).map(PrismaVersionEvidence.Evidence::version))
                .hasValue("6.19.2");

        Files.delete(project.resolve("yarn.lock"));
        write("pnpm-lock.yaml", "packages:\n\n  prisma@7.4.2:\n    resolution: {integrity: sha512-…}\n");
        assertThat(PrismaVersionEvidence.find(migrations, project).map(PrismaVersionEvidence.Evidence::version))
                .hasValue("7.4.2");
    }

    @Test
    void aRangeDecidesOnlyWhenEveryVersionItAllowsBehavesTheSame() {
        assertThat(PrismaVersionEvidence.fromRange("^6.19.0", "p").orElseThrow().decided())
                .isTrue();
        assertThat(PrismaVersionEvidence.fromRange("~7.3.0", "p").orElseThrow().decided())
                .isTrue();
        assertThat(PrismaVersionEvidence.fromRange("^7.4.0", "p").orElseThrow().decided())
                .isTrue();
        assertThat(PrismaVersionEvidence.fromRange("7.2.0", "p").orElseThrow().decided())
                .isTrue();
        assertThat(PrismaVersionEvidence.fromRange("^7.2.0", "p").orElseThrow().decided())
                .isFalse();
        assertThat(PrismaVersionEvidence.fromRange(">=6.0.0", "p").orElseThrow().decided())
                .isFalse();
        assertThat(PrismaVersionEvidence.fromRange("latest", "p")).isEmpty();
    }

    @Test
    void theVersionFoundChangesTheBehaviourAndTheSettingOverridesIt() throws Exception {
        String before = fingerprint(Map.of());
        write("package.json", "{\"devDependencies\": {\"prisma\": \"^7.4.0\"}}");
        String from74 = fingerprint(Map.of());
        String overridden = fingerprint(Map.of("rehearsal.prisma.version", "7.3.0"));
        write("package.json", "{\"devDependencies\": {\"prisma\": \"^7.2.0\"}}");
        String undecided = fingerprint(Map.of());

        assertThat(from74)
                .as("7.4+ runs statement by statement: another template")
                .isNotEqualTo(before);
        assertThat(overridden).isEqualTo(before);
        assertThat(undecided).as("an undecided range keeps the default").isEqualTo(before);
    }

    @Test
    void nothingIsReadAboveTheProjectDirectory() throws Exception {
        Path module = Files.createDirectories(project.resolve("module"));
        Path moduleMigrations = Files.createDirectories(module.resolve("prisma/migrations"));
        write("package.json", "{\"devDependencies\": {\"prisma\": \"^7.4.0\"}}");

        assertThat(PrismaVersionEvidence.find(moduleMigrations, module)).isEmpty();
        assertThat(PrismaVersionEvidence.find(moduleMigrations, project)).isPresent();
    }

    private String fingerprint(Map<String, String> parameters) {
        Settings settings = Settings.of(key -> Optional.ofNullable(parameters.get(key)), project);
        MigrationOptions options = MigrationOptions.of(settings);
        return PrismaMigrations.open(DefaultMigrationContext.filesOnly(
                        new MigrationsLocation(migrations, "prisma/migrations", "test"), options))
                .fingerprint();
    }

    private void write(String relative, String content) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
