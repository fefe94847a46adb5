package dev.rehearsal.internal.migrate.flyway;

import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recognising Flyway's layout (AUTO) and reading the scripts as Flyway names them. */
class FlywayLayoutTest {
    @TempDir
    Path project;

    @Test
    void versioned_repeatable_and_undo_scripts_are_the_evidence() {
        Path dir = project.resolve("db/migration");
        write(dir, "V1__init.sql", "");
        write(dir, "release2/V2_1__more.sql", "");
        write(dir, "R__views.sql", "");
        write(dir, "U1__init.sql", "");
        write(dir, "afterMigrate.sql", "");
        write(dir, "V2_1__more.sql.conf", "executeInTransaction=false\n");
        assertThat(new FlywaySupport().detect(dir))
                .contains("2 versioned scripts named V<version>__<description>.sql (V1__init.sql … V2_1__more.sql), 1"
                        + " repeatable script named R__<description>.sql (R__views.sql), 1 undo script named"
                        + " U<version>__<description>.sql (U1__init.sql)");
        assertThat(MigrationTools.detect(dir, "db/migration")).isEqualTo(MigrationTool.FLYWAY);
    }

    @Test
    void other_layouts_and_odd_directories_are_not_flyway() {
        Path prisma = project.resolve("prisma");
        write(prisma, "20240101000000_init/migration.sql", "");
        write(project.resolve("golang"), "1_init.up.sql", "");
        write(project.resolve("lower"), "v1__init.sql", "");
        write(project.resolve("callbacks"), "beforeMigrate.sql", "");
        FlywaySupport support = new FlywaySupport();
        assertThat(support.detect(prisma)).isEmpty();
        assertThat(support.detect(project.resolve("golang"))).isEmpty();
        assertThat(support.detect(project.resolve("lower")))
                .as("the prefix is case-sensitive")
                .isEmpty();
        assertThat(support.detect(project.resolve("callbacks"))).isEmpty();
        assertThat(support.detect(project.resolve("missing"))).isEmpty();
    }

    @Test
    void two_migrations_with_the_same_version_are_refused_before_anything_runs() {
        Path dir = project.resolve(FlywayTesting.LOCATION);
        write(dir, "V1__init.sql", "");
        write(dir, "V1.0__init_again.sql", "");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlywayTesting.open(dir, db))
                    .isInstanceOf(MigrationSetupException.class)
                    .hasMessageContaining("Found more than one migration with version 1 in db/migration:"
                            + " V1.0__init_again.sql and V1__init.sql");
        }
    }

    @Test
    void undo_scripts_are_mentioned_and_never_run() {
        Path dir = project.resolve(FlywayTesting.LOCATION);
        write(dir, "V1__init.sql", "CREATE TABLE t (id int);\n");
        write(dir, "U1__init.sql", "DROP TABLE t;\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            assertThat(migrations.localIds()).containsExactly("1");
            assertThat(migrations.warnings())
                    .containsExactly("Undo scripts (U1__init.sql) are Flyway Teams only: Flyway Community never runs"
                            + " them, and neither does Rehearsal.");
            migrations.deploy();
            assertThat(FlywayTesting.value(db, "SELECT to_regclass('t')")).isEqualTo("t");
        }
    }
}
