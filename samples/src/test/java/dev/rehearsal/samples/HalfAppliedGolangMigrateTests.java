package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.GolangMigrateMoves;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * A golang-migrate project whose nightly backup was taken while migration 3 was half-applied: the deploy was killed
 * after {@code first_name} was added, so {@code schema_migrations} says {@code version = 3, dirty = true}
 * (samples/fixtures/golang-migrate/generate.sh produced it that way). {@code allowFailure} lets the tests run on the
 * database as restored, after Rehearsal's {@code migrate up} was refused.
 */
@RestoredFrom("backups/customers_2024_05_dirty.sql")
@MigratesTo(migrations = "golang-migrate/migrations", tool = MigrationTool.GOLANG_MIGRATE, allowFailure = true)
class HalfAppliedGolangMigrateTests {

    @Test
    void rehearsalReportsTheDirtyVersionInGolangMigratesWords(RestoredDatabase db) {
        MigrationHistory migrations = db.migrations();

        assertThatThrownBy(migrations::deploy)
                .isInstanceOfSatisfying(
                        MigrationRefusedException.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo("ErrDirty"))
                .hasMessageStartingWith("error: Dirty database version 3. Fix and force version.")
                .hasMessageContaining("force(\"2\")");
        assertThat(migrations.status("3").state()).isEqualTo(MigrationState.FAILED);
        assertThat(migrations.status("3").toolState()).isEqualTo("dirty");
    }

    @Test
    void theRecoveryRunbookWorks(RestoredDatabase db) {
        MigrationHistory migrations = db.migrations();
        // inspect: the killed run added first_name and nothing else
        assertThat(db).table("customers").hasColumn("first_name");
        assertThat(db)
                .query("SELECT count(*) FROM information_schema.columns"
                        + " WHERE table_name = 'customers' AND column_name = 'last_name'")
                .returnsSingleValue(0L);

        // the fix: undo the half-applied part, so that migration 3 can run again from its start
        db.execute("ALTER TABLE customers DROP COLUMN first_name");
        // migrate force 2
        migrations.as(GolangMigrateMoves.class).force("2");
        // migrate up
        migrations.deploy();

        assertThat(db).migrations().areAllApplied();
        assertThat(db)
                .query("SELECT first_name, last_name FROM customers")
                .returnsRowCount(3)
                .containsRow("Ada", "Lovelace")
                .containsRow("Alan", "Turing");
        assertThat(db).query("SELECT version, dirty FROM schema_migrations").containsRow(3L, false);
    }
}
