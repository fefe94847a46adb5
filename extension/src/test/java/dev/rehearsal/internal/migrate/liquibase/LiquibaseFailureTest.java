package dev.rehearsal.internal.migrate.liquibase;

import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.checksumPrefix;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.copy;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.open;
import static dev.rehearsal.internal.migrate.liquibase.LiquibaseTestSupport.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquibaseFailureTest {
    static final String CHANGELOG = "db.changelog-master.sql";

    @TempDir
    Path temp;

    @Test
    void an_edited_changeset_is_reported_and_liquibase_refuses_to_update() throws IOException {
        Path folder = copy("sql", temp);
        try (TestDatabase db = TestPostgres.newDatabase()) {
            open(folder, db).migrateTo("2");
            replace(folder, "(2, 'b@example.com')", "(2, 'b@example.org')");
            ToolMigrations migrations = open(folder, db);
            assertThat(migrations.status())
                    .extracting(s -> s.id() + "=" + s.state() + "/" + s.toolState())
                    .containsExactly(
                            CHANGELOG + "::1::alice=APPLIED/EXECUTED",
                            CHANGELOG + "::2::alice=EDITED/EXECUTED",
                            CHANGELOG + "::3::bob=PENDING/NOT_RAN");

            MigrationRefusedException refusal =
                    catchThrowableOfType(migrations::deploy, MigrationRefusedException.class);

            assertThat(refusal.tool()).isEqualTo(MigrationTool.LIQUIBASE);
            assertThat(refusal.errorCode()).isEqualTo("ValidationFailed");
            assertThat(refusal.getMessage())
                    .startsWith("Liquibase refuses to update: Validation Failed:")
                    .contains("1 changesets check sum")
                    .contains(CHANGELOG + "::2::alice was: " + checksumPrefix())
                    .contains("but is now: " + checksumPrefix())
                    .contains("a real `liquibase update` stops here before running anything");
            assertThat(strings(db, "select count(*) from databasechangelog")).containsExactly("2");
            assertThat(strings(
                            db,
                            "select count(*) from information_schema.columns where column_name =" + " 'display_name'"))
                    .containsExactly("0");
        }
    }

    @Test
    void a_failing_changeset_names_itself_its_file_line_and_the_server_error() throws IOException {
        Path folder = copy("sql", temp);
        replace(folder, "UPDATE customer SET display_name = 'customer ' || id;", "UPDATE customer SET email = NULL;");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(folder, db);
            migrations.migrateTo("1");

            MigrationFailedException failure = catchThrowableOfType(migrations::deploy, MigrationFailedException.class);

            assertThat(failure.getMessage())
                    .startsWith("Migration " + CHANGELOG + "::3::bob failed (Liquibase, 2nd of 2 pending)\n"
                            + "  at db/changelog/" + CHANGELOG + ":13\n"
                            + "    UPDATE customer SET email = NULL\n"
                            + "  ERROR 23502: null value in column \"email\" of relation \"customer\" violates not-null"
                            + " constraint\n  DETAIL: Failing row contains (1, null, null).\n")
                    .contains("1 migration applied before, 1 still pending.")
                    .contains("this changeset left no row and no change");
            assertThat(failure.details().toolErrorCode()).isEqualTo("MigrationFailedException");
            assertThat(migrations.lastFailure()).containsSame(failure);
            assertThat(strings(db, "select id from databasechangelog order by orderexecuted"))
                    .containsExactly("1", "2");
            assertThat(strings(
                            db,
                            "select count(*) from information_schema.columns where column_name =" + " 'display_name'"))
                    .as("the changeset's ALTER was rolled back with it")
                    .containsExactly("0");
            assertThat(migrations.status(CHANGELOG + "::3::bob").state().name()).isEqualTo("PENDING");
        }
    }

    @Test
    void a_lock_held_in_the_backup_is_refused_as_liquibase_would_after_waiting() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(LiquibaseTestSupport.resource("sql"), db);
            migrations.migrateTo("1");
            db.execute("UPDATE databasechangeloglock SET locked = true, lockgranted = '2024-03-01 10:00:00',"
                    + " lockedby = 'app-7f9c (10.0.3.4)' WHERE id = 1");

            MigrationRefusedException refusal =
                    catchThrowableOfType(migrations::deploy, MigrationRefusedException.class);

            assertThat(refusal.errorCode()).isEqualTo("LockException");
            assertThat(refusal.getMessage())
                    .startsWith("Liquibase refuses: Could not acquire change log lock.  Currently locked by app-7f9c"
                            + " (10.0.3.4) since 2024-03-01 10:00:00")
                    .contains("release-locks");
            assertThat(strings(db, "select count(*) from databasechangelog")).containsExactly("1");
        }
    }

    @Test
    void an_unknown_target_lists_the_changesets() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = open(LiquibaseTestSupport.resource("sql"), db);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> migrations.checkTarget("9"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The migration target \"9\" is not a changeset of db/changelog")
                    .hasMessageContaining(
                            CHANGELOG + "::1::alice, " + CHANGELOG + "::2::alice, " + CHANGELOG + "::3::bob");
        }
    }

    private static void replace(Path folder, String from, String to) throws IOException {
        Path file = folder.resolve(CHANGELOG);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
