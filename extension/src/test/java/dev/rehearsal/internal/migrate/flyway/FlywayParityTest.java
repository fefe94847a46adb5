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
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same migrations applied by Rehearsal and by plain Flyway (its own API, no Rehearsal involved) leave the same
 * flyway_schema_history rows, apart from installed_on and execution_time, and the same schema; and plain Flyway's own
 * behaviour on a concurrent index build, which Rehearsal's report of the hang rests on. CI runs these on every Flyway
 * version of its matrix.
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

    /**
     * Reality check of the CREATE INDEX CONCURRENTLY hang with plain Flyway (its own API, no Rehearsal), default
     * configuration: Flyway 8 applies the migration; from 9.1.2 on `flyway migrate` never returns, the index build
     * waiting (virtualxid) for Flyway's own lock transaction, idle in transaction on a second connection. The test waits
     * until migrate returns or that state is there, then ends the sessions. What Rehearsal reports rests on this.
     */
    @Test
    @Timeout(120)
    void plain_flyway_applies_a_concurrent_index_on_flyway_8_and_hangs_on_it_from_9_1_2_on() throws Exception {
        Path dir = project.resolve(FlywayTesting.LOCATION);
        write(dir, "V1__t.sql", "CREATE TABLE t (id int);\n");
        write(dir, "V2__t_id.sql", "CREATE INDEX CONCURRENTLY t_id ON t (id);\n");
        write(dir, "V2__t_id.sql.conf", "executeInTransaction=false\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            Flyway flyway = Flyway.configure()
                    .dataSource(
                            db.jdbcUrl(),
                            TestPostgres.server().username(),
                            TestPostgres.server().password())
                    .locations("filesystem:" + dir)
                    .load();
            CompletableFuture<Object> migrate = CompletableFuture.supplyAsync(flyway::migrate);
            boolean waitsForFlywaysOwnTransaction = false;
            while (!migrate.isDone() && !waitsForFlywaysOwnTransaction) {
                waitsForFlywaysOwnTransaction = "t".equals(value(db, WAITS_FOR_IDLE_TRANSACTION));
                Thread.sleep(100);
            }
            if (waitsForFlywaysOwnTransaction) {
                value(
                        db,
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
                assertThat(migrate.handle((result, error) -> error)).succeedsWithin(Duration.ofSeconds(60));
            } else {
                migrate.join();
                assertThat(value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_id'::regclass"))
                        .isEqualTo("t");
            }
            assertThat(waitsForFlywaysOwnTransaction)
                    .as("plain Flyway " + FlywayTesting.flyway() + " hangs on the concurrent index")
                    .isEqualTo(FlywayTesting.transactionalLockByDefault());
        }
    }

    private static final String WAITS_FOR_IDLE_TRANSACTION = "SELECT EXISTS (SELECT 1 FROM pg_stat_activity w"
            + " WHERE w.datname = current_database() AND w.wait_event_type = 'Lock' AND w.wait_event = 'virtualxid'"
            + " AND EXISTS (SELECT 1 FROM pg_stat_activity b WHERE b.pid = ANY (pg_blocking_pids(w.pid))"
            + " AND b.state LIKE 'idle in transaction%'))";

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
