package dev.rehearsal.internal.migrate;

import dev.rehearsal.MigrationTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the project's own build and dependency files say about its migration tool, for a migrations folder whose
 * layout fits several tools (e.g. {@code <version>_<name>.up.sql} fits golang-migrate and sqlx): {@code go.mod}
 * requiring golang-migrate, goose or dbmate, {@code Cargo.toml} depending on sqlx, {@code package.json} on prisma or
 * dbmate, a Maven or Gradle build on Flyway or Liquibase, {@code build.sbt} on Play's evolutions. The files are looked
 * for from the migrations folder up to the project directory, never above it.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class ProjectEvidence {
    private record Clue(MigrationTool tool, String file, Pattern pattern, String says) {}

    private static final List<Clue> CLUES = List.of(
            clue(
                    MigrationTool.GOLANG_MIGRATE,
                    "go.mod",
                    "github\\.com/golang-migrate/migrate",
                    "requires golang-migrate"),
            clue(MigrationTool.GOOSE, "go.mod", "github\\.com/pressly/goose", "requires goose"),
            clue(MigrationTool.DBMATE, "go.mod", "github\\.com/amacneil/dbmate", "requires dbmate"),
            clue(MigrationTool.SQLX, "Cargo.toml", "(?m)^\\s*(sqlx\\s*=|\\[dependencies\\.sqlx\\])", "depends on sqlx"),
            clue(MigrationTool.PRISMA, "package.json", "\"(prisma|@prisma/client)\"\\s*:", "depends on prisma"),
            clue(MigrationTool.DBMATE, "package.json", "\"dbmate\"\\s*:", "depends on dbmate"),
            clue(MigrationTool.FLYWAY, "pom.xml", "flyway", "uses Flyway"),
            clue(MigrationTool.FLYWAY, "build.gradle", "flyway", "uses Flyway"),
            clue(MigrationTool.FLYWAY, "build.gradle.kts", "flyway", "uses Flyway"),
            clue(MigrationTool.LIQUIBASE, "pom.xml", "liquibase", "uses Liquibase"),
            clue(MigrationTool.LIQUIBASE, "build.gradle", "liquibase", "uses Liquibase"),
            clue(MigrationTool.LIQUIBASE, "build.gradle.kts", "liquibase", "uses Liquibase"),
            clue(MigrationTool.PLAY_EVOLUTIONS, "build.sbt", "evolutions", "uses Play evolutions"));

    private ProjectEvidence() {}

    private static Clue clue(MigrationTool tool, String file, String regex, String says) {
        return new Clue(tool, file, Pattern.compile(regex), says);
    }

    /** Why the project points to {@code tool}, e.g. {@code go.mod requires golang-migrate}; empty when it does not. */
    static Optional<String> pointsTo(MigrationTool tool, Path migrations, Path project) {
        Path stop = project.toAbsolutePath().normalize();
        Path folder = migrations.toAbsolutePath().normalize();
        if (!folder.startsWith(stop)) {
            return Optional.empty();
        }
        for (; folder != null && folder.startsWith(stop); folder = folder.getParent()) {
            for (Clue clue : CLUES) {
                if (clue.tool() != tool) {
                    continue;
                }
                Path file = folder.resolve(clue.file());
                if (Files.isRegularFile(file)
                        && clue.pattern().matcher(read(file)).find()) {
                    return Optional.of(stop.relativize(file) + " " + clue.says());
                }
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
