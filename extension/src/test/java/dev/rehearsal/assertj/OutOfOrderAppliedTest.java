package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.internal.migrate.scripts.NativeToolTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting.TestContext;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration the tool applied out of order (after a higher version) is installed as far as the tool is concerned:
 * {@code areAllApplied()} passes, and {@code status()} still says {@link MigrationState#OUT_OF_ORDER} for those who
 * ask.
 */
class OutOfOrderAppliedTest {

    @TempDir
    Path dir;

    /** sqlx applies a pending version below the latest applied one without being asked. */
    @Test
    void sqlx_applies_an_older_pending_version() {
        write(dir, "1_a.sql", "CREATE TABLE a (id int);\n");
        write(dir, "3_c.sql", "CREATE TABLE c (id int);\n");
        try (TestDatabase db = AssertjTestDatabase.empty()) {
            TestContext context = TestContext.of(dir, "migrations", db);
            open(MigrationTool.SQLX, context).deploy();
            write(dir, "2_b.sql", "CREATE TABLE b (id int);\n");

            assertAppliedOutOfOrder(db, open(MigrationTool.SQLX, context), "2");
        }
    }

    /** goose applies a missing version with {@code -allow-missing}. */
    @Test
    void goose_with_allow_missing() {
        write(dir, "00002_b.sql", "-- +goose Up\nCREATE TABLE b (id int);\n");
        try (TestDatabase db = AssertjTestDatabase.empty()) {
            TestContext context = TestContext.of(dir, "migrations", db).with("rehearsal.goose.allow-missing", "true");
            open(MigrationTool.GOOSE, context).deploy();
            write(dir, "00001_a.sql", "-- +goose Up\nCREATE TABLE a (id int);\n");

            assertAppliedOutOfOrder(db, open(MigrationTool.GOOSE, context), "1");
        }
    }

    /** Flyway applies a version below the current one with {@code outOfOrder}. */
    @Test
    void flyway_with_out_of_order() {
        write(dir, "V1__a.sql", "CREATE TABLE a (id int);\n");
        write(dir, "V3__c.sql", "CREATE TABLE c (id int);\n");
        try (TestDatabase db = AssertjTestDatabase.empty()) {
            TestContext context = TestContext.of(dir, "migrations", db).with("rehearsal.flyway.out-of-order", "true");
            open(MigrationTool.FLYWAY, context).deploy();
            write(dir, "V2__b.sql", "CREATE TABLE b (id int);\n");

            assertAppliedOutOfOrder(db, open(MigrationTool.FLYWAY, context), "2");
        }
    }

    private static void assertAppliedOutOfOrder(TestDatabase db, ToolMigrations migrations, String late) {
        migrations.deploy();

        assertThat(migrations.status(late).state()).isEqualTo(MigrationState.OUT_OF_ORDER);
        assertThat(MigrationState.OUT_OF_ORDER.isApplied()).isTrue();
        assertThat(AssertjTestDatabase.wrap(db, migrations, null))
                .migrations()
                .areAllApplied()
                .haveNoneFailed();
    }

    private static ToolMigrations open(MigrationTool tool, MigrationContext context) {
        return MigrationTools.support(tool).open(context);
    }
}
