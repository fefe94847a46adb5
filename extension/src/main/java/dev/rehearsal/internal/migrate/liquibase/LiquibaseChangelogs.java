package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the changelog of a migrations location without Liquibase on the classpath: a master changelog ({@code
 * db.changelog-master.xml}, {@code .yaml}, {@code .yml}, {@code .json} or {@code .sql}, the names Spring Boot and the
 * Liquibase documentation use), or the only formatted-SQL changelog ({@code --liquibase formatted sql} on its first
 * line), or {@value LiquibaseSettings#CHANGELOG}.
 */
final class LiquibaseChangelogs {
    static final List<String> MASTER_NAMES = List.of(
            "db.changelog-master.xml",
            "db.changelog-master.yaml",
            "db.changelog-master.yml",
            "db.changelog-master.json",
            "db.changelog-master.sql");
    static final String FORMATTED_SQL = "--liquibase formatted sql";

    private LiquibaseChangelogs() {}

    /** The detection evidence for {@code directory}, empty when it has no Liquibase changelog. */
    static Optional<String> evidence(Path directory) {
        List<String> masters = masters(directory);
        if (!masters.isEmpty()) {
            return Optional.of("the master changelog " + masters.get(0));
        }
        List<String> formatted = formattedSql(directory);
        if (!formatted.isEmpty()) {
            return Optional.of(
                    formatted.size() == 1
                            ? "the formatted-SQL changelog " + formatted.get(0) + " (\"" + FORMATTED_SQL + "\")"
                            : formatted.size() + " formatted-SQL changelogs (\"" + FORMATTED_SQL + "\")");
        }
        return Optional.empty();
    }

    /**
     * The changelog to run, relative to {@code directory}.
     *
     * @throws MigrationSetupException when none or several candidates are found, or the configured one is missing
     */
    static String changelog(Path directory, String display, Optional<String> configured) {
        if (configured.isPresent()) {
            if (!Files.isRegularFile(directory.resolve(configured.get()))) {
                throw new MigrationSetupException("The setting " + LiquibaseSettings.CHANGELOG + " is \""
                        + configured.get() + "\", but " + display + "/" + configured.get() + " is not a file. Write the"
                        + " changelog's path relative to @MigratesTo(migrations = \"" + display + "\"), as the"
                        + " application passes it to Liquibase (it is stored in DATABASECHANGELOG.FILENAME).");
            }
            return configured.get();
        }
        List<String> masters = masters(directory);
        if (masters.size() == 1) {
            return masters.get(0);
        }
        if (masters.size() > 1) {
            throw new MigrationSetupException(display + " has several master changelogs (" + String.join(", ", masters)
                    + "); set " + LiquibaseSettings.CHANGELOG + " to the one the application runs.");
        }
        List<String> formatted = formattedSql(directory);
        if (formatted.size() == 1) {
            return formatted.get(0);
        }
        throw new MigrationSetupException("No Liquibase changelog to run in " + display + ": expected one of "
                + String.join(", ", MASTER_NAMES)
                + (formatted.isEmpty()
                        ? ""
                        : ", or a single formatted-SQL" + " changelog (found " + String.join(", ", formatted) + ")")
                + ". Set " + LiquibaseSettings.CHANGELOG
                + " to the changelog the application passes to Liquibase, relative to " + display + ".");
    }

    private static List<String> masters(Path directory) {
        return MASTER_NAMES.stream()
                .filter(name -> Files.isRegularFile(directory.resolve(name)))
                .toList();
    }

    private static List<String> formattedSql(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .filter(Files::isRegularFile)
                    .filter(LiquibaseChangelogs::isFormattedSql)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean isFormattedSql(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null
                    && first.strip().toLowerCase(java.util.Locale.ROOT).startsWith(FORMATTED_SQL);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
