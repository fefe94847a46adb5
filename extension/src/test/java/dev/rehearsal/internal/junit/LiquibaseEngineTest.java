package dev.rehearsal.internal.junit;

import static dev.rehearsal.internal.junit.EngineRuns.assertNothingLeftBehind;
import static dev.rehearsal.internal.junit.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import liquibase.util.LiquibaseUtil;
import org.junit.jupiter.api.Test;

/**
 * Liquibase through the JUnit extension, detected from the layout, on backups Liquibase left at changeset 2: one
 * written by Liquibase 4.33 (checksums version 9), one by Liquibase 4.20 (Spring Boot 3.1; checksums version 8). Run
 * on the Liquibase version CI puts on the classpath ({@code -Dliquibase.version=…}).
 */
class LiquibaseEngineTest {

    @Test
    void detects_liquibase_and_upgrades_the_backup() throws Exception {
        if (writesChecksumVersion9()) {
            run(UpgradeTestCase.class)
                    .testEvents()
                    .assertStatistics(s -> s.started(1).succeeded(1));
        } else {
            // Liquibase 4.20 does not know the version-9 checksums a newer Liquibase wrote: it refuses, as in
            // production.
            run(UpgradeTestCase.class)
                    .testEvents()
                    .assertThatEvents()
                    .haveExactly(
                            1,
                            event(
                                    test("upgraded"),
                                    finishedWithFailure(
                                            instanceOf(MigrationRefusedException.class),
                                            message(m -> m.startsWith("Liquibase refuses to update: Validation Failed:")
                                                    && m.contains("db.changelog-master.sql::1::alice was: 9:")
                                                    && m.contains("but is now: 8:")))));
        }
        assertNothingLeftBehind();
    }

    @Test
    void upgrades_a_backup_written_by_liquibase_4_20() throws Exception {
        run(UpgradeFrom420TestCase.class)
                .testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));
        assertNothingLeftBehind();
    }

    /** Whether the Liquibase on the classpath writes version-9 checksums ({@code liquibase.ChecksumVersion}). */
    static boolean writesChecksumVersion9() {
        try {
            Class.forName("liquibase.ChecksumVersion");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @RestoredFrom("migrate/liquibase/backup_changeset2.sql")
    @MigratesTo(migrations = "migrate/liquibase/sql")
    static class UpgradeTestCase {
        @Test
        void upgraded(RestoredDatabase db) {
            assertThat(db.migrations().tool()).isEqualTo(MigrationTool.LIQUIBASE);
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(
                            "db.changelog-master.sql::1::alice=APPLIED",
                            "db.changelog-master.sql::2::alice=APPLIED",
                            "db.changelog-master.sql::3::bob=APPLIED");
            assertThat(db.query("SELECT display_name FROM customer ORDER BY id").rows())
                    .extracting(row -> row.get(0))
                    .containsExactly("customer 1", "customer 2");
            assertThat(db.query("SELECT count(DISTINCT deployment_id) FROM databasechangelog")
                            .singleValue())
                    .isEqualTo(2L);
        }
    }

    @Test
    void a_failing_changeset_fails_the_test_before_its_body() throws Exception {
        boolean v9 = writesChecksumVersion9();
        String backup = v9 ? "backup_changeset2.sql" : "backup_changeset2_liquibase-4.20.0.sql";
        run(v9 ? FailingTestCase.class : FailingOn420BackupTestCase.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("upgraded"),
                                finishedWithFailure(
                                        instanceOf(MigrationFailedException.class),
                                        message(m -> m.startsWith("Migration db.changelog-master.sql::3::bob failed"
                                                        + " (Liquibase, 1st of 1 pending)\n  at"
                                                        + " migrate/liquibase/sql-failing/db.changelog-master.sql:13")
                                                && m.contains("ERROR 23502")
                                                && m.contains("Restored from migrate/liquibase/" + backup)))));
        assertNothingLeftBehind();
    }

    @RestoredFrom("migrate/liquibase/backup_changeset2.sql")
    @MigratesTo(migrations = "migrate/liquibase/sql-failing")
    static class FailingTestCase {
        @Test
        void upgraded(RestoredDatabase db) {}
    }

    @RestoredFrom("migrate/liquibase/backup_changeset2_liquibase-4.20.0.sql")
    @MigratesTo(migrations = "migrate/liquibase/sql-failing")
    static class FailingOn420BackupTestCase {
        @Test
        void upgraded(RestoredDatabase db) {}
    }

    @RestoredFrom("migrate/liquibase/backup_changeset2_liquibase-4.20.0.sql")
    @MigratesTo(migrations = "migrate/liquibase/sql")
    static class UpgradeFrom420TestCase {
        @Test
        void upgraded(RestoredDatabase db) {
            assertThat(db.migrations().status())
                    .extracting(s -> s.id() + "=" + s.state())
                    .containsExactly(
                            "db.changelog-master.sql::1::alice=APPLIED",
                            "db.changelog-master.sql::2::alice=APPLIED",
                            "db.changelog-master.sql::3::bob=APPLIED");
            assertThat(db.query("SELECT display_name FROM customer ORDER BY id").rows())
                    .extracting(row -> row.get(0))
                    .containsExactly("customer 1", "customer 2");
            // Liquibase with version-9 checksums rewrites the 4.20 rows' version-8 checksums (they still match);
            // LIQUIBASE stays the version that ran each changeset.
            String checksum = writesChecksumVersion9() ? "9:" : "8:";
            String version = LiquibaseUtil.getBuildVersion();
            assertThat(db.query("SELECT id || '|' || left(md5sum, 2) || '|' || liquibase FROM databasechangelog"
                                    + " ORDER BY orderexecuted")
                            .rows())
                    .extracting(row -> row.get(0))
                    .containsExactly(
                            "1|" + checksum + "|4.20.0", "2|" + checksum + "|4.20.0", "3|" + checksum + "|" + version);
            assertThat(db.query("SELECT count(DISTINCT deployment_id) FROM databasechangelog")
                            .singleValue())
                    .isEqualTo(2L);
        }
    }
}
