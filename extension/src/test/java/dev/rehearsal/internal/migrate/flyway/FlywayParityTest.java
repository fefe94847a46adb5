package dev.rehearsal.internal.migrate.flyway;

import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.historyRows;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.value;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same migrations applied by Rehearsal and by plain Flyway (its own API, no Rehearsal involved) leave the same
 * flyway_schema_history rows, apart from installed_on and execution_time, and the same schema.
 */
class FlywayParityTest {
    @TempDir
    Path project;

    @Test
    void rehearsal_writes_the_rows_plain_flyway_writes() {
        Path dir = project.resolve(FlywayTesting.LOCATION);
        write(dir, "V1__create_customer.sql", "CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);\n");
        write(dir, "V1.1__seed.sql", "INSERT INTO ${schema_owner_table} VALUES (1, 'Ada'), (2, 'Grace');\n");
        write(dir, "V2__add_email.sql", "ALTER TABLE customer ADD COLUMN email text;\n");
        write(
                dir,
                "sub/V3__orders.sql",
                "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES" + " customer);\n");
        write(dir, "V4__index_orders.sql", "CREATE INDEX CONCURRENTLY orders_customer ON orders (customer_id);\n");
        write(dir, "V4__index_orders.sql.conf", "executeInTransaction=false\n");
        write(dir, "R__customer_names.sql", "CREATE OR REPLACE VIEW customer_names AS SELECT name FROM customer;\n");
        write(dir, "afterMigrate.sql", "COMMENT ON TABLE customer IS 'migrated';\n");
        write(dir, "V5_1__underscore_version.sql", "SELECT 1;\n");
        write(dir, "notes.txt", "not a migration\n");
        write(dir, "v6__lower_case_prefix.sql", "SELECT 1;\n");
        Map<String, String> settings = new java.util.HashMap<>(FlywayTesting.SESSION_LOCK);
        settings.put("rehearsal.flyway.placeholders.schema_owner_table", "customer");

        try (TestDatabase plain = TestPostgres.newDatabase();
                TestDatabase rehearsed = TestPostgres.newDatabase()) {
            FlywayTesting.plainFlyway(plain, dir)
                    .placeholders(Map.of("schema_owner_table", "customer"))
                    .load()
                    .migrate();

            FlywayMigrations migrations = FlywayTesting.open(dir, rehearsed, settings);
            migrations.deploy();

            List<Map<String, String>> expected = withoutTimes(historyRows(plain));
            assertThat(expected).hasSize(7);
            assertThat(withoutTimes(historyRows(rehearsed))).isEqualTo(expected);
            assertThat(value(rehearsed, "SELECT obj_description('customer'::regclass)"))
                    .isEqualTo("migrated");
            assertThat(value(rehearsed, "SELECT count(*) FROM customer_names")).isEqualTo("2");
            assertThat(value(
                            rehearsed,
                            "SELECT indisvalid FROM pg_index WHERE indexrelid = 'orders_customer'::regclass"))
                    .isEqualTo("t");
            assertThat(migrations.localIds()).containsExactly("1", "1.1", "2", "3", "4", "5.1", "customer names");
            // Rehearsal reads the names with Flyway's naming rules (Flyway's parser is internal API): same ids as
            // Flyway's own info, on every Flyway version.
            assertThat(migrations.localIds())
                    .isEqualTo(Arrays.stream(FlywayTesting.plainFlyway(plain, dir)
                                    .placeholders(Map.of("schema_owner_table", "customer"))
                                    .load()
                                    .info()
                                    .all())
                            .map(FlywayIds::of)
                            .toList());
            assertThat(migrations.status())
                    .extracting(MigrationStatus::id, MigrationStatus::state, MigrationStatus::toolState)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("1", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("1.1", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("2", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("3", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("4", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("5.1", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("customer names", MigrationState.APPLIED, "Success"));
            MigrationStatus first = migrations.status("1");
            assertThat(first.description()).isEqualTo("create customer");
            assertThat(first.startedAt()).isPresent();
            assertThat(first.recordedDuration()).isPresent();
            assertThat(first.logs()).isEmpty();
        }
    }

    private static List<Map<String, String>> withoutTimes(List<Map<String, String>> rows) {
        return rows.stream()
                .map(row -> {
                    Map<String, String> copy = new java.util.LinkedHashMap<>(row);
                    copy.remove("installed_on");
                    copy.remove("execution_time");
                    return copy;
                })
                .toList();
    }
}
