package dev.rehearsal.assertj;

import static dev.rehearsal.assertj.AssertjTestDatabase.message;
import static dev.rehearsal.assertj.AssertjTestDatabase.origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationState;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class RehearsalSoftAssertionsTest {
    private static AssertjTestDatabase database;
    private static RestoredDatabase db;

    @BeforeAll
    static void createDatabase() {
        database = AssertjTestDatabase.create("""
                CREATE TABLE "Session" (id integer PRIMARY KEY, "ipAddress" text);
                INSERT INTO "Session" VALUES (1, NULL), (2, '10.0.0.2');
                """);
        db = database.db();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void should_pass_when_every_soft_assertion_holds() {
        RehearsalSoftAssertions softly = new RehearsalSoftAssertions();

        softly.assertThat(db).table("Session").exists().hasRowCount(2);
        softly.assertThat(db)
                .table("Session")
                .column("id")
                .isNotNullable()
                .returnToTable()
                .hasColumn("ipAddress");
        softly.assertThat(db).query("SELECT count(*) FROM \"Session\"").returnsSingleValue(2);

        softly.assertAll();
        assertThat(softly.errorsCollected()).isEmpty();
    }

    @Test
    void should_collect_failures_through_navigation_and_report_them_together() {
        RehearsalSoftAssertions softly = new RehearsalSoftAssertions();

        softly.assertThat(db).table("Sessions").exists();
        softly.assertThat(db)
                .table("Session")
                .column("ipAddress")
                .hasNoNulls()
                .isNullable()
                .returnToTable()
                .hasRowCount(5)
                .hasColumn("id");
        softly.assertThat(db).query("SELECT id FROM \"Session\" ORDER BY id").returnsNoRows();

        List<Throwable> errors = softly.errorsCollected();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0))
                .hasMessageContaining(message(
                        "table \"Sessions\"",
                        ShouldExist.shouldExist(
                                "\"Sessions\"", "the schemas on the search_path (public)", List.of(), origin(db))));
        assertThat(errors.get(1))
                .hasMessageContaining(message(
                        "column \"Session\".\"ipAddress\"",
                        ShouldHaveNoNulls.shouldHaveNoNulls(
                                "\"Session\".\"ipAddress\"", 1, "primary key (id): 1", origin(db))));
        assertThat(errors.get(2))
                .hasMessageContaining(message(
                        "table \"Session\"",
                        ShouldHaveRowCount.shouldHaveRowCount("\"public\".\"Session\"", 5, 2, origin(db))));
        assertThat(errors.get(3))
                .hasMessageContaining(message(
                        "query SELECT id FROM \"Session\" ORDER BY id",
                        ShouldReturnNoRows.shouldReturnNoRows(
                                DatabaseQuery.of(db, "SELECT id FROM \"Session\" ORDER BY id"),
                                List.of("id"),
                                List.of(List.of(1), List.of(2)),
                                2,
                                origin(db))));

        AssertionError all = catchThrowableOfType(AssertionError.class, softly::assertAll);
        assertThat(all).hasMessageContaining("Multiple Failures (4 failures)");
    }

    @Test
    void should_keep_navigating_after_a_soft_failedAt_failure(@TempDir Path dir) throws IOException {
        Path migrations = MigrationsAssertTest.migrations(dir.resolve("m"), false);
        try (TestDatabase raw = AssertjTestDatabase.empty()) {
            MigrationHistory history = MigrationsAssertTest.open(migrations, raw);
            history.deploy();
            RestoredDatabase upgraded = AssertjTestDatabase.wrap(raw, history, null);
            RehearsalSoftAssertions softly = new RehearsalSoftAssertions();

            softly.assertThat(upgraded)
                    .migrations()
                    .areAllApplied()
                    .failedAt(MigrationsAssertTest.PURGE)
                    .withSqlState("23503");

            List<Throwable> errors = softly.errorsCollected();
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0))
                    .hasMessageContaining(message(
                            "migrations",
                            ShouldHaveFailedAt.shouldHaveFailedAt(
                                    MigrationsAssertTest.PURGE,
                                    MigrationState.APPLIED,
                                    origin(upgraded, "migrations: 3 applied"))));
            assertThat(errors.get(1))
                    .hasMessageContaining("Expecting migration:\n  " + MigrationsAssertTest.PURGE
                            + "\nto have failed with SQLSTATE:\n  23503\nbut no SQLSTATE is recorded");
        }
    }

    @Test
    void should_report_through_assertSoftly() {
        AssertionError error = catchThrowableOfType(
                AssertionError.class,
                () -> RehearsalSoftAssertions.assertSoftly(softly -> {
                    softly.assertThat(db).table("Session").doesNotExist();
                    softly.assertThat(db).table("Session").column("ipAddress").hasNullCount(0);
                }));

        assertThat(error)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("Expecting table:\n  \"Session\"\nnot to exist")
                .hasMessageContaining("to contain NULL in 0 rows\nbut found NULL in 1 row:\n  primary key (id): 1");
    }

    @Test
    void should_work_with_assertjs_soft_assertions_extension() {
        InjectedTestCase.db = db;
        try {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(InjectedTestCase.class))
                    .execute();

            results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
            Throwable failure = results.testEvents().failed().stream()
                    .findFirst()
                    .orElseThrow()
                    .getRequiredPayload(TestExecutionResult.class)
                    .getThrowable()
                    .orElseThrow();
            assertThat(failure)
                    .hasMessageContaining("Multiple Failures (2 failures)")
                    .hasMessageContaining("[table \"Nope\"]")
                    .hasMessageContaining("[column \"Session\".\"ipAddress\"]");
        } finally {
            InjectedTestCase.db = null;
        }
    }

    @ExtendWith(SoftAssertionsExtension.class)
    static class InjectedTestCase {
        static RestoredDatabase db;

        @InjectSoftAssertions
        RehearsalSoftAssertions softly;

        @Test
        void two_failures() {
            Assumptions.assumeTrue(db != null, "run by should_work_with_assertjs_soft_assertions_extension only");
            softly.assertThat(db).table("Nope").exists();
            softly.assertThat(db).table("Session").column("ipAddress").hasNoNulls();
        }
    }
}
