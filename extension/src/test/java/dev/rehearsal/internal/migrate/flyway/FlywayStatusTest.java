package dev.rehearsal.internal.migrate.flyway;

import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.historyRows;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * status() and the messages for histories that do not match the code: edited (checksum), renamed (description),
 * missing, ignored (a late merge) with and without outOfOrder, pending, and changed repeatables. Each database is first
 * migrated with the original files, then the code changes, as between a backup and today's release. status() lists
 * migrations in Flyway's info order: applied ones by installed rank, then the rest.
 */
class FlywayStatusTest {
    @TempDir
    Path project;

    Path dir;

    @BeforeEach
    void release1() {
        dir = project.resolve(FlywayTesting.LOCATION);
        write(dir, "V1__customer.sql", "CREATE TABLE customer (id int PRIMARY KEY);\n");
        write(dir, "V2__orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);\n");
        write(dir, "V3__invoice.sql", "CREATE TABLE invoice (id int PRIMARY KEY);\n");
        write(dir, "R__customer_view.sql", "CREATE OR REPLACE VIEW customer_view AS SELECT id FROM customer;\n");
    }

    private static Object[] row(MigrationStatus s) {
        return new Object[] {s.id(), s.state(), s.toolState()};
    }

    @Test
    void an_edited_migration_is_edited_and_stops_migrate_with_checksum_mismatch() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir, db).deploy();
            write(dir, "V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
            write(dir, "V4__shipment.sql", "CREATE TABLE shipment (id int);\n");
            FlywayMigrations migrations = FlywayTesting.open(dir, db);

            assertThat(migrations.status())
                    .extracting(FlywayStatusTest::row)
                    .containsExactly(
                            new Object[] {"1", MigrationState.APPLIED, "Success"},
                            new Object[] {"2", MigrationState.EDITED, "Success"},
                            new Object[] {"3", MigrationState.APPLIED, "Success"},
                            new Object[] {"customer view", MigrationState.APPLIED, "Success"},
                            new Object[] {"4", MigrationState.PENDING, "Pending"});
            assertThat(migrations.status("2").logs().orElseThrow())
                    .startsWith("CHECKSUM_MISMATCH: Migration checksum mismatch for migration version 2\n"
                            + "-> Applied to database : ");
            MigrationRefusedException refusal =
                    catchThrowableOfType(MigrationRefusedException.class, migrations::deploy);
            assertThat(refusal.errorCode()).isEqualTo("CHECKSUM_MISMATCH");
            assertThat(refusal.getMessage())
                    .startsWith("Flyway refused to migrate (CHECKSUM_MISMATCH):\nValidate failed: Migrations have"
                            + " failed validation\nMigration checksum mismatch for migration version 2")
                    .contains("CHECKSUM_MISMATCH: version 2 (orders): Migration checksum mismatch")
                    .contains("rehearse `flyway repair` (migrations().repair())");
            assertThat(historyRows(db)).hasSize(4);

            migrations.repair();
            assertThat(migrations.status("2").state()).isEqualTo(MigrationState.APPLIED);
            migrations.deploy();
            assertThat(migrations.status("4").state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void blank_lines_and_line_endings_do_not_change_flyways_checksum() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir, db).deploy();
            write(dir, "V2__orders.sql", "\r\nCREATE TABLE orders (id int PRIMARY KEY);\r\n\r\n");
            assertThat(FlywayTesting.open(dir, db).status("2").state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void a_renamed_migration_is_edited_with_description_mismatch() throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir, db).deploy();
            Files.move(dir.resolve("V3__invoice.sql"), dir.resolve("V3__invoices.sql"));
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            MigrationStatus status = migrations.status("3");
            assertThat(status.state()).isEqualTo(MigrationState.EDITED);
            assertThat(status.logs().orElseThrow())
                    .startsWith("DESCRIPTION_MISMATCH: Migration description mismatch for migration version 3");
            assertThatThrownBy(migrations::deploy)
                    .isInstanceOfSatisfying(
                            MigrationRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("DESCRIPTION_MISMATCH"));
        }
    }

    @Test
    void a_migration_the_code_no_longer_has_is_unknown_to_code_until_repair_marks_it_deleted() throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir, db).deploy();
            Files.delete(dir.resolve("V2__orders.sql"));
            FlywayMigrations migrations = FlywayTesting.open(dir, db);

            MigrationStatus missing = migrations.status("2");
            assertThat(missing.state()).isEqualTo(MigrationState.UNKNOWN_TO_CODE);
            assertThat(missing.toolState()).isEqualTo("Missing");
            assertThat(missing.description()).isEqualTo("orders");
            assertThat(missing.logs().orElseThrow())
                    .startsWith("APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED: Detected applied migration not resolved"
                            + " locally: 2.");
            assertThat(catchThrowableOfType(MigrationRefusedException.class, migrations::deploy)
                            .getMessage())
                    .contains("The database has a migration the code no longer has");

            migrations.repair();
            assertThat(migrations.status()).extracting(MigrationStatus::id).containsExactly("1", "3", "customer view");
            assertThat(historyRows(db)).extracting(r -> r.get("type")).contains("DELETE");
            migrations.deploy();
        }
    }

    @Test
    void a_late_merged_migration_is_ignored_without_out_of_order_and_applied_out_of_order_with_it() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir, db).deploy();
            write(dir, "V2_5__hotfix.sql", "CREATE TABLE hotfix (id int);\n");
            write(dir, "V4__shipment.sql", "CREATE TABLE shipment (id int);\n");
            FlywayMigrations strict = FlywayTesting.open(dir, db);

            assertThat(strict.localIds()).containsExactly("1", "2", "2.5", "3", "4", "customer view");
            assertThat(strict.status())
                    .extracting(FlywayStatusTest::row)
                    .containsExactly(
                            new Object[] {"1", MigrationState.APPLIED, "Success"},
                            new Object[] {"2", MigrationState.APPLIED, "Success"},
                            new Object[] {"3", MigrationState.APPLIED, "Success"},
                            new Object[] {"customer view", MigrationState.APPLIED, "Success"},
                            new Object[] {"2.5", MigrationState.IGNORED, "Ignored"},
                            new Object[] {"4", MigrationState.PENDING, "Pending"});
            assertThat(strict.status("2.5").logs().orElseThrow())
                    .startsWith("RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED: Detected resolved migration not applied to"
                            + " database: 2.5.");
            MigrationRefusedException refusal = catchThrowableOfType(MigrationRefusedException.class, strict::deploy);
            assertThat(refusal.errorCode()).isEqualTo("RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED");
            assertThat(refusal.getMessage()).contains("set outOfOrder=true (rehearsal.flyway.out-of-order: true");

            FlywayMigrations lenient = FlywayTesting.open(dir, db, Map.of("rehearsal.flyway.out-of-order", "true"));
            assertThat(lenient.status("2.5").state()).isEqualTo(MigrationState.PENDING);
            lenient.deploy();
            assertThat(lenient.status())
                    .extracting(MigrationStatus::id, MigrationStatus::state)
                    .containsExactly(
                            tuple("1", MigrationState.APPLIED),
                            tuple("2", MigrationState.APPLIED),
                            tuple("3", MigrationState.APPLIED),
                            tuple("customer view", MigrationState.APPLIED),
                            tuple("2.5", MigrationState.OUT_OF_ORDER),
                            tuple("4", MigrationState.APPLIED));
            assertThat(lenient.status("2.5").toolState()).isEqualTo("Out of Order");
        }
    }

    @Test
    void ignore_migration_patterns_let_migrate_skip_what_production_skips() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir, db).deploy();
            write(dir, "V2_5__hotfix.sql", "CREATE TABLE hotfix (id int);\n");
            write(dir, "V4__shipment.sql", "CREATE TABLE shipment (id int);\n");
            FlywayMigrations migrations =
                    FlywayTesting.open(dir, db, Map.of("rehearsal.flyway.ignore-migration-patterns", "*:ignored"));
            migrations.deploy();
            assertThat(migrations.status("2.5").state()).isEqualTo(MigrationState.IGNORED);
            assertThat(migrations.status("2.5").logs()).isEmpty();
            assertThat(migrations.status("4").state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void a_changed_repeatable_is_pending_as_outdated_and_runs_again_after_the_versioned_ones() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayTesting.open(dir, db).deploy();
            write(
                    dir,
                    "R__customer_view.sql",
                    "CREATE OR REPLACE VIEW customer_view AS SELECT id, 1 AS v FROM customer;\n");
            write(dir, "V4__shipment.sql", "CREATE TABLE shipment (id int);\n");
            FlywayMigrations migrations = FlywayTesting.open(dir, db);

            MigrationStatus view = migrations.status("customer view");
            assertThat(view.state()).isEqualTo(MigrationState.PENDING);
            assertThat(view.toolState()).isEqualTo("Outdated");
            assertThat(view.startedAt()).isPresent();
            assertThat(migrations.status()).extracting(MigrationStatus::id).containsOnlyOnce("customer view");
            migrations.deploy();
            assertThat(historyRows(db))
                    .extracting(r -> r.get("version") + " " + r.get("description"))
                    .containsExactly(
                            "1 customer",
                            "2 orders",
                            "3 invoice",
                            "null customer view",
                            "4 shipment",
                            "null customer view");
            assertThat(migrations.status("customer view").state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void status_on_a_database_without_history_lists_every_migration_as_pending() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            assertThat(migrations.status())
                    .extracting(MigrationStatus::id, MigrationStatus::state, MigrationStatus::description)
                    .containsExactly(
                            tuple("1", MigrationState.PENDING, "customer"),
                            tuple("2", MigrationState.PENDING, "orders"),
                            tuple("3", MigrationState.PENDING, "invoice"),
                            tuple("customer view", MigrationState.PENDING, "customer view"));
            assertThatThrownBy(() -> migrations.status("7"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No migration \"7\" in db/migration nor in flyway_schema_history")
                    .hasMessageContaining("the available ids are: 1, 2, 3, customer view");
        }
    }
}
