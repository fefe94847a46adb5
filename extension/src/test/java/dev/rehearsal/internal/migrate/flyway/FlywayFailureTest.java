package dev.rehearsal.internal.migrate.flyway;

import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.historyRows;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.value;
import static dev.rehearsal.internal.migrate.flyway.FlywayTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failing migrations as the Flyway under test leaves them on PostgreSQL (verified here, not assumed; CI runs this on
 * Flyway 8.5.13, 9.22.3, 10.20.1, 11.7.2 and 13.x): a transactional one is rolled back and not recorded; a
 * non-transactional one is recorded as failed (success = false) and blocks the next migrate until repair with the
 * session lock (Flyway 8's only lock; flyway.postgresql.transactional.lock=false from Flyway 9 on); with the
 * transactional lock (the default since 9.1.2) its failed row is rolled back with the lock's transaction. And the
 * transactional lock's hang on CREATE INDEX CONCURRENTLY, which Flyway 8 does not have.
 */
class FlywayFailureTest {
    private static final Map<String, String> SESSION_LOCK = FlywayTesting.SESSION_LOCK;

    @TempDir
    Path project;

    Path dir;

    @BeforeEach
    void migrations() {
        dir = project.resolve(FlywayTesting.LOCATION);
        write(
                dir,
                "V1__customer.sql",
                "CREATE TABLE customer (id int PRIMARY KEY, email text);\n"
                        + "INSERT INTO customer VALUES (1, 'a@example.com'), (2, 'a@example.com');\n");
        write(dir, "V2__orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);\n");
        write(
                dir,
                "V3__unique_email.sql",
                "CREATE TABLE audit (id int);\n\n-- emails must be unique now\n"
                        + "ALTER TABLE customer\n  ADD CONSTRAINT customer_email_key UNIQUE (email);\n");
        write(dir, "V4__later.sql", "CREATE TABLE later (id int);\n");
    }

    @Test
    void a_transactional_migration_is_rolled_back_and_not_recorded() {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class, migrations::deploy);

            assertThat(failure.details().tool()).isEqualTo(MigrationTool.FLYWAY);
            assertThat(failure.details().toolErrorCode()).isEqualTo("FAILED_VERSIONED_MIGRATION");
            assertThat(failure.migrationId()).isEqualTo("3");
            assertThat(failure.details().position()).isEqualTo(3);
            assertThat(failure.details().pendingCount()).isEqualTo(4);
            assertThat(failure.details().file()).isEqualTo("db/migration/V3__unique_email.sql");
            assertThat(failure.details().line()).isEqualTo(4);
            assertThat(failure.details().statement())
                    .isEqualTo("-- emails must be unique now\nALTER TABLE customer\n  ADD CONSTRAINT customer_email_key"
                            + " UNIQUE (email);");
            assertThat(failure.sqlState()).contains("23505");
            assertThat(failure.serverMessage()).isEqualTo("could not create unique index \"customer_email_key\"");
            assertThat(failure.detail()).contains("Key (email)=(a@example.com) is duplicated.");
            assertThat(failure.details().appliedBefore()).isEqualTo(2);
            assertThat(failure.details().stillPending()).isEqualTo(2);
            assertThat(failure.getMessage())
                    .startsWith("Migration 3 failed (Flyway, 3rd of 4 pending)\n"
                            + "  at db/migration/V3__unique_email.sql:4\n")
                    .contains("ERROR 23505: could not create unique index \"customer_email_key\"")
                    .contains("2 migrations applied before, 2 still pending.")
                    .contains("It ran in one transaction, which Flyway rolled back: flyway_schema_history does not"
                            + " record it");
            assertThat(migrations.lastFailure()).containsSame(failure);

            assertThat(historyRows(db)).extracting(row -> row.get("version")).containsExactly("1", "2");
            assertThat(value(db, "SELECT to_regclass('audit')")).isNull();
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.PENDING);
            assertThat(migrations.status("4").state()).isEqualTo(MigrationState.PENDING);
        }
    }

    @Test
    void a_non_transactional_migration_is_recorded_as_failed_with_the_session_lock_and_blocks_until_repair() {
        write(dir, "V3__unique_email.sql.conf", "executeInTransaction=false\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db, SESSION_LOCK);
            MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class, migrations::deploy);

            assertThat(failure.getMessage())
                    .contains("It ran without a transaction ([non-transactional]): what ran before line 4 stays"
                            + " applied, and flyway_schema_history records it as failed (success = false).")
                    .contains("\"Detected failed migration to version 3 (unique email)\", FAILED_VERSIONED_MIGRATION")
                    .contains("migrations().repair(), then deploy()");
            assertThat(historyRows(db))
                    .extracting(row -> row.get("version") + ":" + row.get("success"))
                    .containsExactly("1:t", "2:t", "3:f");
            assertThat(value(db, "SELECT to_regclass('audit')")).isEqualTo("audit");
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.FAILED);
            assertThat(migrations.status("3").toolState()).isEqualTo("Failed");
            assertThat(migrations.status("3").logs().orElseThrow())
                    .startsWith("FAILED_VERSIONED_MIGRATION: Detected failed migration to version 3 (unique email).");

            MigrationRefusedException refusal =
                    catchThrowableOfType(MigrationRefusedException.class, migrations::deploy);
            assertThat(refusal.errorCode()).isEqualTo("FAILED_VERSIONED_MIGRATION");
            assertThat(refusal.getMessage())
                    .startsWith("Flyway refused to migrate (FAILED_VERSIONED_MIGRATION):\nValidate failed: Migrations"
                            + " have failed validation\nDetected failed migration to version 3 (unique email).")
                    .contains("A migration failed earlier (before the backup was taken, or in an earlier run)");

            // The operator's recovery: undo the half-applied changes, fix the data, repair, migrate again.
            db.execute("DROP TABLE audit; UPDATE customer SET email = 'b@example.com' WHERE id = 2");
            migrations.repair();
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.PENDING);
            migrations.deploy();
            assertThat(migrations.lastFailure()).isEmpty();
            assertThat(historyRows(db))
                    .extracting(row -> row.get("version") + ":" + row.get("success"))
                    .containsExactly("1:t", "2:t", "3:t", "4:t");
        }
    }

    @Test
    void with_the_default_lock_a_non_transactional_failure_leaves_no_trace_from_flyway_9_1_2_on() {
        write(dir, "V3__unique_email.sql.conf", "executeInTransaction=false\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class, migrations::deploy);
            assertThat(value(db, "SELECT to_regclass('audit')")).isEqualTo("audit");

            if (!FlywayTesting.transactionalLockByDefault()) {
                // Flyway 8: the session lock is the only one, so the failed row is written and kept.
                assertThat(failure.getMessage())
                        .contains("flyway_schema_history records it as failed (success = false)");
                assertThat(historyRows(db))
                        .extracting(row -> row.get("version") + ":" + row.get("success"))
                        .containsExactly("1:t", "2:t", "3:f");
                return;
            }
            assertThat(failure.getMessage())
                    .contains("flyway_schema_history does not record the failure: with"
                            + " flyway.postgresql.transactional.lock=true (Flyway's default)")
                    .contains("would run the whole script again over the half-applied changes");
            assertThat(historyRows(db)).extracting(row -> row.get("version")).containsExactly("1", "2");
            assertThat(migrations.status("3").state()).isEqualTo(MigrationState.PENDING);

            // What production would see next: the script runs again from the top, over what the first run left.
            MigrationFailedException second = catchThrowableOfType(MigrationFailedException.class, migrations::deploy);
            assertThat(second.sqlState()).contains("42P07");
            assertThat(second.details().line()).isEqualTo(1);
            assertThat(second.serverMessage()).isEqualTo("relation \"audit\" already exists");
        }
    }

    @Test
    @Timeout(120)
    void create_index_concurrently_under_the_default_lock_is_reported_as_the_hang_production_would_have() {
        write(dir, "V3__unique_email.sql", "CREATE INDEX CONCURRENTLY customer_email ON customer (email);\n");
        write(dir, "V3__unique_email.sql.conf", "executeInTransaction=false\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            if (!FlywayTesting.transactionalLockByDefault()) {
                // Flyway 8 has only the session lock: a real `flyway migrate` applies it (verified with plain Flyway
                // 8.5.13), and so does Rehearsal.
                migrations.deploy();
                assertThat(value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'customer_email'::regclass"))
                        .isEqualTo("t");
                assertThat(historyRows(db))
                        .extracting(row -> row.get("version"))
                        .containsExactly("1", "2", "3", "4");
                return;
            }
            MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class, migrations::deploy);

            assertThat(failure.migrationId()).isEqualTo("3");
            assertThat(failure.sqlState()).contains("57014");
            assertThat(failure.details().statement()).contains("CREATE INDEX CONCURRENTLY customer_email");
            assertThat(failure.getMessage())
                    .contains("In production this `flyway migrate` would not fail but hang forever")
                    .contains("(Flyway's default since 9.1.2; this is Flyway " + FlywayTesting.flyway() + ")")
                    .contains("CREATE INDEX CONCURRENTLY customer_email ON customer (email)")
                    .contains("flyway#3492")
                    .contains("leaves an INVALID index behind")
                    .contains("set flyway.postgresql.transactional.lock=false");
            assertThat(historyRows(db)).extracting(row -> row.get("version")).containsExactly("1", "2");
        }
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db, SESSION_LOCK);
            migrations.deploy();
            assertThat(value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'customer_email'::regclass"))
                    .isEqualTo("t");
            assertThat(historyRows(db)).extracting(row -> row.get("version")).containsExactly("1", "2", "3", "4");
        }
    }

    @Test
    void a_missing_placeholder_fails_the_migration_with_flyways_message() {
        write(dir, "V4__later.sql", "CREATE TABLE ${table_name} (id int);\n");
        write(dir, "V3__unique_email.sql", "SELECT 1;\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            FlywayMigrations migrations = FlywayTesting.open(dir, db);
            MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class, migrations::deploy);
            assertThat(failure)
                    .hasMessageStartingWith(
                            "Migration 4 failed (Flyway, 4th of 4 pending)\n  at db/migration/V4__later.sql")
                    .hasMessageContaining("No value provided for placeholder: ${table_name}")
                    .hasMessageContaining("flyway_schema_history does not record it");
            assertThat(failure.details().appliedBefore()).isEqualTo(3);
            assertThat(historyRows(db)).extracting(row -> row.get("version")).containsExactly("1", "2", "3");
        }
    }
}
