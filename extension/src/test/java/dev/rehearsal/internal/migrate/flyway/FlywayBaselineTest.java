package dev.rehearsal.internal.migrate.flyway;

import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.historyRows;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.value;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup from before Flyway was adopted (tables, no history table): Flyway's refusal, baselineOnMigrate, the
 * baseline move; and the moves Flyway does not have.
 */
class FlywayBaselineTest {
    @TempDir
    Path project;

    Path dir;

    @BeforeEach
    void migrations() {
        dir = project.resolve(FlywayTesting.LOCATION);
        write(dir, "V1__customer.sql", "CREATE TABLE customer (id int PRIMARY KEY);\n");
        write(dir, "V2__orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);\n");
        write(dir, "V3__email.sql", "ALTER TABLE customer ADD COLUMN email text;\n");
    }

    /** What production looked like before Flyway: the tables of V1 and V2, made by hand. */
    private static void preFlywaySchema(TestDatabase db) {
        db.execute("CREATE TABLE customer (id int PRIMARY KEY); CREATE TABLE orders (id int PRIMARY KEY);"
                + " INSERT INTO customer VALUES (1)");
    }

    @Test
    void a_non_empty_schema_without_history_is_refused_with_flyways_code_and_message() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            preFlywaySchema(db);
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            MigrationRefusedException refusal =
                    catchThrowableOfType(MigrationRefusedException.class, migrations::deploy);

            assertThat(refusal.tool()).isEqualTo(MigrationTool.FLYWAY);
            assertThat(refusal.errorCode()).isEqualTo("NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE");
            assertThat(refusal.getMessage())
                    .startsWith("Flyway refused to migrate (NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE):\nFound"
                            + " non-empty schema(s) \"public\" but no schema history table. Use baseline() or set"
                            + " baselineOnMigrate to true to initialize the schema history table.\n\n")
                    .contains("has 2 relations (public.customer, public.orders) but no flyway_schema_history table")
                    .contains("migrations().baseline(")
                    .contains("rehearsal.flyway.baseline-on-migrate: true");
            assertThat(migrations.lastFailure()).isEmpty();
            assertThat(value(db, "SELECT to_regclass('flyway_schema_history')")).isNull();
        }
    }

    @Test
    void baseline_on_migrate_records_the_baseline_and_applies_only_the_versions_above_it() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            preFlywaySchema(db);
            FlywayMigrations migrations = FlywayTesting.open(
                    dir,
                    db,
                    Map.of("rehearsal.flyway.baseline-on-migrate", "true", "rehearsal.flyway.baseline-version", "2"));
            migrations.deploy();

            assertThat(historyRows(db))
                    .extracting(r -> r.get("installed_rank") + " " + r.get("version") + " " + r.get("type") + " "
                            + r.get("description") + " " + r.get("checksum"))
                    .containsExactly(
                            "1 2 BASELINE << Flyway Baseline >> null",
                            "2 3 SQL email "
                                    + FlywayChecksumTest.specChecksum("ALTER TABLE customer ADD COLUMN email text;\n"));
            assertThat(migrations.status())
                    .extracting(MigrationStatus::id, MigrationStatus::state, MigrationStatus::toolState)
                    .containsExactly(
                            tuple("1", MigrationState.IGNORED, "Below Baseline"),
                            tuple("2", MigrationState.APPLIED, "Baseline"),
                            tuple("3", MigrationState.APPLIED, "Success"));
            assertThat(value(db, "SELECT count(*) FROM customer WHERE email IS NULL"))
                    .isEqualTo("1");
        }
    }

    @Test
    void the_baseline_move_then_deploy_is_the_operators_answer() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            preFlywaySchema(db);
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            migrations.baseline("2");
            assertThat(migrations.status("2").toolState()).isEqualTo("Baseline");
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.PENDING);
            migrations.deploy();
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.APPLIED);

            MigrationRefusedException again =
                    catchThrowableOfType(MigrationRefusedException.class, () -> migrations.baseline("3"));
            assertThat(again.getMessage())
                    .startsWith("Flyway refused to migrate (")
                    .contains("baseline");
        }
    }

    @Test
    void resolve_moves_do_not_exist_in_flyway_and_say_which_do() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            assertThatThrownBy(() -> migrations.resolveApplied("2"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("Flyway has no resolveApplied(\"2\")")
                    .hasMessageContaining("baseline(version)")
                    .hasMessageContaining("repair()");
            assertThatThrownBy(() -> migrations.resolveRolledBack("2"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("Flyway's move is repair()");
            assertThatThrownBy(() -> migrations.force("2"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("deploy(), migrateTo(version), repair(), baseline(version)");
        }
    }

    @Test
    void migrate_to_a_version_stops_there_and_rejects_what_is_not_a_version() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            migrations.migrateTo("2");
            assertThat(migrations.status())
                    .extracting(MigrationStatus::id, MigrationStatus::state)
                    .containsExactly(
                            tuple("1", MigrationState.APPLIED),
                            tuple("2", MigrationState.APPLIED),
                            tuple("3", MigrationState.PENDING));
            assertThatThrownBy(() -> migrations.migrateTo("2.7"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The migration target \"2.7\" is not the version of a versioned migration in"
                            + " db/migration")
                    .hasMessageContaining("the available ids are: 1, 2, 3");
            migrations.migrateTo("003");
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.APPLIED);
        }
    }
}
