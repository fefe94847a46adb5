package dev.rehearsal.internal.junit;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.Preflight;
import dev.rehearsal.PreflightFinding;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The pre-flight through the extension, with dbmate (a tool whose migrations run in a transaction each): the second
 * migration fills {@code email} for every customer but the first, then sets it NOT NULL. The failure and the trial run
 * both name customer 1, which only a replay of the migration's own UPDATE tells apart from the nine others.
 */
class PreflightEngineTest {

    @Test
    void theFailureAndTheTrialRunNameTheBlockingRow() throws Exception {
        org.junit.platform.testkit.engine.Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(DbmatePreflightTestCase.class))
                .execute()
                .testEvents();
        events.failed().stream()
                .forEach(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                        .ifPresent(Throwable::printStackTrace));
        events.assertStatistics(s -> s.started(3).succeeded(3));
        assertNothingLeftBehind();
    }

    @RestoredFrom("engine/shop.sql")
    @MigratesTo(migrations = "engine/dbmate-preflight", tool = MigrationTool.DBMATE, allowFailure = true)
    static class DbmatePreflightTestCase {
        @Test
        void theFailureNamesTheRowThatBlocksIt(RestoredDatabase db) {
            MigrationFailedException failure = db.migrations().lastFailure().orElseThrow();

            assertThat(failure.preflight()).singleElement().satisfies(finding -> {
                assertThat(finding.kind()).isEqualTo(PreflightFinding.Kind.NOT_NULL);
                assertThat(finding.migrationId()).isEqualTo("20240601000000");
                assertThat(finding.keys()).containsExactly("(id)=(1)");
                assertThat(finding.why()).isEqualTo("column email holds NULL");
            });
            assertThat(failure.getMessage()).contains("Pre-flight, on the data the statement saw: SET NOT NULL");
        }

        @Test
        void theTrialRunFindsItBeforeAndListsWhatItCannotAnalyse(RestoredDatabase db) {
            Preflight preflight = db.preflight();

            assertThat(preflight.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.migrationId()).isEqualTo("20240601000000");
                assertThat(finding.keys()).containsExactly("(id)=(1)");
                assertThat(finding.rows()).isEqualTo(1);
            });
            assertThat(preflight.notAnalysed()).singleElement().satisfies(statement -> {
                assertThat(statement.migrationId()).isEqualTo("20240501000000");
                assertThat(statement.reason()).isEqualTo("statements inside a DO block are not analysed");
            });
            assertThat(preflight.stoppedAt()).hasValue("20240601000000");
            assertThat(db)
                    .preflight()
                    .finds(PreflightFinding.Kind.NOT_NULL, "Customer")
                    .withRows(1)
                    .withKey("(id)=(1)")
                    .inMigration("20240601000000");
        }

        @Test
        void findsNothingFailsListingTheFinding(RestoredDatabase db) {
            assertThatThrownBy(() -> assertThat(db).preflight().findsNothing())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting the pending migrations to meet no blocking rows on the backup")
                    .hasMessageContaining("20240601000000: SET NOT NULL: column email holds NULL")
                    .hasMessageContaining("1 row of public.\"Customer\", e.g. (id)=(1)")
                    .hasMessageContaining("not analysed: statements inside a DO block are not analysed")
                    .hasMessageContaining("The trial run failed at 20240601000000");
            assertThatThrownBy(() -> assertThat(db).preflight().finds(PreflightFinding.Kind.UNIQUE, "Customer"))
                    .hasMessageContaining("Expecting the pre-flight to find a UNIQUE blocked by rows of Customer");
        }
    }
}
