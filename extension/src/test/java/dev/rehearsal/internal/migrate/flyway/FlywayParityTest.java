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
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
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
        Map<String, String> settings = Map.of(
                "rehearsal.flyway.placeholders.schema_owner_table", "customer",
                "rehearsal.flyway.postgresql.transactional.lock", "false");

        try (TestDatabase plain = TestPostgres.newDatabase();
                TestDatabase rehearsed = TestPostgres.newDatabase()) {
            FluentConfiguration configuration = Flyway.configure()
                    .dataSource(
                            plain.jdbcUrl(),
                            TestPostgres.server().username(),
                            TestPostgres.server().password())
                    .locations("filesystem:" + dir)
                    .placeholders(Map.of("schema_owner_table", "customer"));
            configuration
                    .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
                    .setTransactionalLock(false);
            configuration.load().migrate();

            FlywayMigrations migrations = FlywayTesting.open(dir, rehearsed, settings);
            migrations.deploy();

            List<Map<String, String>> expected = withoutTimes(historyRows(plain));
            assertThat(expected).hasSize(6);
            assertThat(withoutTimes(historyRows(rehearsed))).isEqualTo(expected);
            assertThat(value(rehearsed, "SELECT obj_description('customer'::regclass)"))
                    .isEqualTo("migrated");
            assertThat(value(rehearsed, "SELECT count(*) FROM customer_names")).isEqualTo("2");
            assertThat(value(
                            rehearsed,
                            "SELECT indisvalid FROM pg_index WHERE indexrelid = 'orders_customer'::regclass"))
                    .isEqualTo("t");
            assertThat(migrations.localIds()).containsExactly("1", "1.1", "2", "3", "4", "customer names");
            assertThat(migrations.status())
                    .extracting(MigrationStatus::id, MigrationStatus::state, MigrationStatus::toolState)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("1", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("1.1", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("2", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("3", MigrationState.APPLIED, "Success"),
                            org.assertj.core.groups.Tuple.tuple("4", MigrationState.APPLIED, "Success"),
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
