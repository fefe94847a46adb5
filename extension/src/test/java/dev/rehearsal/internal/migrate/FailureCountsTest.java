package dev.rehearsal.internal.migrate;

import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting.TestContext;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts of a failure message agree with what {@code status()} says right after it: "N applied before, M still
 * pending" is N applied, M pending, and the failing migration is among the pending ones only where the tool's history
 * does not record it as failed. Three migrations, the second divides by zero.
 */
class FailureCountsTest {
    private static final String FAILING = "SELECT 1 / 0;\n";

    @TempDir
    Path dir;

    @Test
    void prisma_records_the_failure() {
        assertCountsAgree(MigrationTool.PRISMA, 1, d -> {
            for (String folder : List.of("20240101000001_a", "20240101000002_b", "20240101000003_c")) {
                createDirectories(d.resolve(folder));
            }
            write(d, "20240101000001_a/migration.sql", "CREATE TABLE a (id int);\n");
            write(d, "20240101000002_b/migration.sql", FAILING);
            write(d, "20240101000003_c/migration.sql", "CREATE TABLE c (id int);\n");
        });
    }

    @Test
    void golang_migrate_records_the_failure_as_dirty() {
        assertCountsAgree(MigrationTool.GOLANG_MIGRATE, 1, d -> {
            write(d, "1_a.up.sql", "CREATE TABLE a (id int);\n");
            write(d, "2_b.up.sql", FAILING);
            write(d, "3_c.up.sql", "CREATE TABLE c (id int);\n");
        });
    }

    @Test
    void dbmate_leaves_no_row() {
        assertCountsAgree(MigrationTool.DBMATE, 0, d -> {
            write(d, "1_a.sql", "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n");
            write(d, "2_b.sql", "-- migrate:up\n" + FAILING + "-- migrate:down\n");
            write(d, "3_c.sql", "-- migrate:up\nCREATE TABLE c (id int);\n-- migrate:down\n");
        });
    }

    @Test
    void sqlx_leaves_no_row() {
        assertCountsAgree(MigrationTool.SQLX, 0, d -> {
            write(d, "1_a.sql", "CREATE TABLE a (id int);\n");
            write(d, "2_b.sql", FAILING);
            write(d, "3_c.sql", "CREATE TABLE c (id int);\n");
        });
    }

    @Test
    void plain_sql_marks_the_file_failed() {
        assertCountsAgree(MigrationTool.PLAIN_SQL, 1, d -> {
            write(d, "1_a.sql", "CREATE TABLE a (id int);\n");
            write(d, "2_b.sql", FAILING);
            write(d, "3_c.sql", "CREATE TABLE c (id int);\n");
        });
    }

    @Test
    void flyway_rolls_the_failed_migration_back_with_its_row() {
        assertCountsAgree(MigrationTool.FLYWAY, 0, d -> {
            write(d, "V1__a.sql", "CREATE TABLE a (id int);\n");
            write(d, "V2__b.sql", FAILING);
            write(d, "V3__c.sql", "CREATE TABLE c (id int);\n");
        });
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertCountsAgree(MigrationTool tool, int recordedAsFailed, Consumer<Path> files) {
        files.accept(dir);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = MigrationTools.support(tool).open(TestContext.of(dir, "migrations", db));

            MigrationFailedException failure = catchThrowableOfType(migrations::deploy, MigrationFailedException.class);

            Map<MigrationState, Long> counts = migrations.status().stream()
                    .collect(Collectors.groupingBy(MigrationStatus::state, Collectors.counting()));
            MigrationFailedException.Details details = failure.details();
            assertThat(details.appliedBefore()).as(failure.getMessage()).isEqualTo(1);
            assertThat(List.of(
                            counts.getOrDefault(MigrationState.APPLIED, 0L),
                            counts.getOrDefault(MigrationState.FAILED, 0L),
                            counts.getOrDefault(MigrationState.PENDING, 0L)))
                    .as("applied, failed, pending after: %s", failure.getMessage())
                    .containsExactly(
                            (long) details.appliedBefore(), (long) recordedAsFailed, (long) details.stillPending());
            assertThat(failure.getMessage())
                    .contains("1 migration applied before, " + details.stillPending() + " still pending.");
        }
    }
}
