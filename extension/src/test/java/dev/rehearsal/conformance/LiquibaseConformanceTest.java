package dev.rehearsal.conformance;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.conformance.Conformance.attempt;
import static dev.rehearsal.conformance.Conformance.firstLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.conformance.Conformance.Answers;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.util.LiquibaseUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with the real Liquibase (its Java API, the liquibase-core on the test classpath: CI runs this on
 * 4.20.0 and 4.33.0): each situation is built once as a database (the "backup", written by plain Liquibase), copied,
 * upgraded by plain Liquibase and by Rehearsal, and compared: DATABASECHANGELOG rows, catalog, data, and Liquibase's
 * own status ({@code listUnrunChangeSets}, {@code listUnexpectedChangeSets}, {@code reportStatus}) against Rehearsal's
 * {@code status()}; its verdict (update failed at a changeset, up to date) against {@code areAllApplied()}, {@code
 * haveNoneFailed()} and {@code failedAt(id)}.
 */
class LiquibaseConformanceTest {
    private static final String MASTER = "db.changelog-master.sql";
    private static final List<String> HISTORY_TABLES = List.of("databasechangelog", "databasechangeloglock");
    private static final String HISTORY = "select concat_ws('|', id, author, filename, orderexecuted, exectype, md5sum,"
            + " description, contexts, labels) from databasechangelog order by orderexecuted";
    private static final String HEAD = "--liquibase formatted sql\n\n";
    private static final String CREATE =
            "--changeset alice:1\nCREATE TABLE customer (id bigint PRIMARY KEY, email text" + " NOT NULL);\n\n";
    private static final String SEED =
            "--changeset alice:2\nINSERT INTO customer VALUES (1, 'a@example.com'), (2," + " 'b@example.com');\n\n";
    private static final String DUPLICATES =
            "--changeset alice:2\nINSERT INTO customer VALUES (1, 'a@example.com'), (2," + " 'a@example.com');\n\n";
    private static final String LEGACY = "--changeset alice:3\nCREATE TABLE legacy_audit (id bigint);\n\n";
    private static final String ADD_NAME = "--changeset bob:5\nALTER TABLE customer ADD COLUMN name text;\n\n";
    private static final String UNIQUE_EMAIL =
            "--changeset bob:4\nCREATE UNIQUE INDEX customer_email ON customer (email);\n\n";

    /** Whether plain Liquibase gives up on a held lock at once (the lock situation only). */
    private static volatile boolean noLockWait;

    @TempDir
    Path temp;

    @Test
    void clean_upgrade() {
        Outcome outcome = situation(
                "clean upgrade", HEAD + CREATE + SEED, db -> {}, HEAD + CREATE + SEED + ADD_NAME, Map.of(), null);
        assertThat(outcome.answers.allApplied()).isTrue();
    }

    /**
     * The acceptance story of issue 16: a changeset fails on duplicate data and rolls back with its row (Liquibase
     * writes its DATABASECHANGELOG row in the changeset's transaction); the changelog meanwhile dropped a changeset
     * the history still records. failedAt holds, the state stays NOT_RAN (PENDING); after the data fix and deploy(),
     * everything is applied although the history keeps the dropped changeset's row.
     */
    @Test
    void failure_rolls_back_with_its_row() {
        Outcome outcome = situation(
                "failure, no row left (changeset in a transaction)",
                HEAD + CREATE + DUPLICATES + LEGACY,
                db -> {},
                HEAD + CREATE + DUPLICATES + UNIQUE_EMAIL + ADD_NAME,
                Map.of(),
                "4");
        RestoredDatabase db = outcome.rehearsal;
        assertThat(db).migrations().failedAt("4").withSqlState("23505").withMessageContaining("customer_email");
        assertThat(db.migrations().status("4").state()).isEqualTo(MigrationState.PENDING);
        assertThat(db.migrations().lastFailureAt(MASTER + "::4::bob"))
                .hasValueSatisfying(
                        f -> assertThat(f.details().statement()).contains("CREATE UNIQUE INDEX customer_email"));

        db.execute("DELETE FROM customer WHERE id = 2");
        outcome.real.execute("DELETE FROM customer WHERE id = 2");
        db.migrations().deploy();
        Optional<String> realUpdate = plainUpdate(outcome.code, outcome.real, null);

        assertThat(realUpdate).isEmpty();
        assertThat(plainStatus(outcome.code, outcome.real, null).unrun()).isEmpty();
        assertThat(db).migrations().areAllApplied().haveNoneFailed();
        assertThat(db.migrations().status())
                .filteredOn(s -> s.state() == MigrationState.UNKNOWN_TO_CODE)
                .extracting(MigrationStatus::id)
                .containsExactly(MASTER + "::3::alice");
        assertThat(NativeToolTesting.rows(outcome.rehearsalDb, HISTORY))
                .isEqualTo(NativeToolTesting.rows(outcome.real, HISTORY));
        Conformance.report(
                version(),
                "… after the data fix and `update`",
                "`update`: ok; `status`: "
                        + plainStatus(outcome.code, outcome.real, null).words(),
                Conformance.states(db.migrations().status()) + "; "
                        + Answers.of(db, Optional.of("4")).describe(Optional.of("4")));
    }

    @Test
    void failure_outside_a_transaction_leaves_its_first_statements() {
        situation(
                "failure, no row left (runInTransaction:false)",
                HEAD + CREATE + DUPLICATES,
                db -> {},
                HEAD + CREATE + DUPLICATES
                        + "--changeset bob:4 runInTransaction:false\nALTER TABLE customer ADD COLUMN note text;\n"
                        + "CREATE UNIQUE INDEX customer_email ON customer (email);\n\n" + ADD_NAME,
                Map.of(),
                "4");
    }

    @Test
    void failure_tolerated_by_failOnError_false_leaves_no_row() {
        situation(
                "failure tolerated (failOnError:false)",
                HEAD + CREATE + DUPLICATES,
                db -> {},
                HEAD + CREATE + DUPLICATES + "--changeset bob:4 failOnError:false\n"
                        + "CREATE UNIQUE INDEX customer_email ON customer (email);\n\n" + ADD_NAME,
                Map.of(),
                "4");
    }

    @Test
    void lock_left_by_an_earlier_run() {
        try {
            situation(
                    "lock left by an earlier run (DATABASECHANGELOGLOCK)",
                    HEAD + CREATE + SEED,
                    db -> {
                        db.execute("UPDATE databasechangeloglock SET locked = true, lockgranted = now(),"
                                + " lockedby = 'deploy-7f9c (10.0.0.7)' WHERE id = 1");
                        noLockWait = true;
                    },
                    HEAD + CREATE + SEED + ADD_NAME,
                    Map.of(),
                    null);
        } finally {
            noLockWait = false;
        }
    }

    @Test
    void history_rows_unknown_to_the_changelog() {
        Outcome outcome = situation(
                "history rows unknown to the code",
                HEAD + CREATE + SEED + LEGACY,
                db -> {},
                HEAD + CREATE + SEED + ADD_NAME,
                Map.of(),
                null);
        assertThat(outcome.answers.allApplied()).isTrue();
    }

    @Test
    void out_of_order() {
        situation(
                "out-of-order (a changeset inserted before applied ones)",
                HEAD + CREATE + LEGACY,
                db -> {},
                HEAD + CREATE + SEED + LEGACY,
                Map.of(),
                null);
    }

    @Test
    void applied_changeset_edited() {
        Outcome outcome = situation(
                "applied changeset edited (checksum)",
                HEAD + CREATE + SEED,
                db -> {},
                HEAD + CREATE
                        + "--changeset alice:2\nINSERT INTO customer VALUES (1, 'a@example.com'), (3,"
                        + " 'c@example.com');\n\n" + ADD_NAME,
                Map.of(),
                null);
        assertThat(outcome.answers.allApplied()).isFalse();
    }

    @Test
    void run_on_change_reruns() {
        String view = "--changeset carol:6 runOnChange:true\nCREATE OR REPLACE VIEW customer_emails AS SELECT email"
                + " FROM customer;\n\n";
        situation(
                "runOnChange rerun",
                HEAD + CREATE + SEED + view,
                db -> {},
                HEAD + CREATE + SEED + view.replace("FROM customer;", "FROM customer WHERE id > 0;"),
                Map.of(),
                null);
    }

    @Test
    void changesets_skipped_by_context() {
        Outcome outcome = situation(
                "ignored / skipped (context filtered out)",
                HEAD + CREATE + SEED,
                db -> {},
                HEAD + CREATE + SEED + "--changeset bob:7 context:test\nINSERT INTO customer VALUES (9,"
                        + " 'test@example.com');\n\n" + ADD_NAME,
                Map.of("rehearsal.liquibase.contexts", "prod"),
                null);
        assertThat(outcome.answers.allApplied()).isTrue();
    }

    @Test
    void baseline_has_no_liquibase_equivalent_here() {
        // Liquibase's baseline is changelog-sync (mark every changeset ran without running it); Rehearsal does not
        // reproduce it (its moves: deploy(), migrateTo(id)), so the nearest situation is a schema that predates the
        // changelog: Liquibase runs every changeset, and so does Rehearsal, failing where Liquibase fails.
        situation(
                "baseline (schema predating the changelog, no DATABASECHANGELOG)",
                null,
                db -> db.execute("CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL)"),
                HEAD + CREATE + SEED,
                Map.of(),
                "1");
    }

    /** Both sides of one situation, after the upgrade. */
    private record Outcome(
            Path code, TestDatabase real, TestDatabase rehearsalDb, RestoredDatabase rehearsal, Answers answers) {}

    /**
     * Builds the backup ({@code backupChangelog} run by plain Liquibase, then {@code tamper}), copies it, runs plain
     * Liquibase and Rehearsal with {@code codeChangelog}, compares and reports. The databases live until the JVM's
     * server stops (each test's are few and small).
     */
    private Outcome situation(
            String name,
            String backupChangelog,
            Consumer<TestDatabase> tamper,
            String codeChangelog,
            Map<String, String> settings,
            String failedAtId) {
        Path before = temp.resolve("before");
        Path code = temp.resolve("code");
        String contexts = settings.get("rehearsal.liquibase.contexts");
        TestDatabase backup = TestPostgres.newDatabase();
        if (backupChangelog != null) {
            Conformance.write(before, MASTER, backupChangelog);
            assertThat(plainUpdate(before, backup, contexts)).isEmpty();
        }
        tamper.accept(backup);
        Conformance.write(code, MASTER, codeChangelog);
        TestDatabase real = TestPostgres.copyOf(backup);
        TestDatabase copy = TestPostgres.copyOf(backup);

        ToolStatus toolBefore = plainStatus(code, real, contexts);
        ToolMigrations history = Conformance.open(MigrationTool.LIQUIBASE, code, copy, settings);
        List<MigrationStatus> rehearsalBefore = history.status();
        if (toolBefore.error().isEmpty()) {
            assertThat(ids(rehearsalBefore, MigrationState.PENDING)).isEqualTo(toolBefore.unrun());
        } else {
            assertThat(rehearsalBefore).extracting(MigrationStatus::state).contains(MigrationState.EDITED);
        }

        Optional<String> toolUpdate = plainUpdate(code, real, contexts);
        ToolStatus toolAfter = plainStatus(code, real, contexts);
        Optional<String> rehearsalDeploy = attempt(history::deploy);
        RestoredDatabase db = Conformance.wrap(copy, history);
        List<MigrationStatus> status = history.status();
        Optional<String> failedAt = Optional.ofNullable(failedAtId);
        Answers answers = Answers.of(db, failedAt);

        assertThat(NativeToolTesting.rows(copy, HISTORY)).isEqualTo(NativeToolTesting.rows(real, HISTORY));
        assertThat(Conformance.catalog(copy, HISTORY_TABLES)).isEqualTo(Conformance.catalog(real, HISTORY_TABLES));
        assertThat(Conformance.data(copy, HISTORY_TABLES)).isEqualTo(Conformance.data(real, HISTORY_TABLES));
        if (toolAfter.error().isEmpty()) {
            assertThat(ids(status, MigrationState.PENDING)).isEqualTo(toolAfter.unrun());
            assertThat(ids(status, MigrationState.UNKNOWN_TO_CODE)).isEqualTo(toolAfter.unexpected());
        }
        assertThat(rehearsalDeploy.isPresent()).as("Rehearsal's deploy failed").isEqualTo(toolUpdate.isPresent());
        // The tool's verdict: up to date when update passed and status lists nothing unrun.
        assertThat(answers.allApplied())
                .as("areAllApplied() vs liquibase update+status: %s", answers.allAppliedMessage())
                .isEqualTo(toolUpdate.isEmpty()
                        && toolAfter.error().isEmpty()
                        && toolAfter.unrun().isEmpty());
        boolean toolFailedAtChangeSet = toolUpdate
                        .filter(e -> e.contains("Migration failed for change"))
                        .isPresent()
                || toolFailedRow(real);
        assertThat(answers.noneFailed()).as("haveNoneFailed()").isEqualTo(!toolFailedAtChangeSet);
        failedAt.ifPresent(id -> assertThat(answers.failedAt())
                .as("failedAt(%s)", id)
                .contains(toolUpdate.filter(e -> e.contains("::" + id + "::")).isPresent() || toolFailedRow(real)));

        Conformance.report(
                version(),
                name,
                "`update`: "
                        + toolUpdate.map(LiquibaseConformanceTest::words).orElse("ok") + "; `status`: "
                        + toolAfter.words(),
                Conformance.states(status) + "; " + answers.describe(failedAt));
        return new Outcome(code, real, copy, db, answers);
    }

    /** The innermost exception's words of a wrapped Liquibase failure's first line. */
    private static String words(String failure) {
        String line = firstLine(failure);
        int at = line.lastIndexOf("Exception: ");
        String words = at < 0 ? line : line.substring(at + "Exception: ".length());
        if (words.endsWith(":")) {
            words += " "
                    + String.join(
                            " ",
                            failure.strip()
                                    .lines()
                                    .skip(1)
                                    .limit(2)
                                    .map(String::strip)
                                    .toList());
        }
        return words.replaceAll("since .*", "since …").strip();
    }

    private static boolean toolFailedRow(TestDatabase db) {
        return !NativeToolTesting.rows(db, "select id from databasechangelog where exectype = 'FAILED'")
                .isEmpty();
    }

    private static List<String> ids(List<MigrationStatus> status, MigrationState state) {
        return status.stream()
                .filter(s -> s.state() == state)
                .map(MigrationStatus::id)
                .toList();
    }

    static String version() {
        return "Liquibase " + LiquibaseUtil.getBuildVersion();
    }

    /** What plain Liquibase's status commands say. */
    record ToolStatus(List<String> unrun, List<String> unexpected, String report, Optional<String> error) {
        String words() {
            if (error.isPresent()) {
                return error.get();
            }
            return firstLine(report) + (unexpected.isEmpty() ? "" : "; unexpected: " + String.join(", ", unexpected));
        }
    }

    /** {@code liquibase update} through Liquibase's Java API, as a project runs it; what it threw, if anything. */
    static Optional<String> plainUpdate(Path folder, TestDatabase db, String contexts) {
        return attempt(() -> withLiquibase(folder, db, liquibase -> {
            try {
                liquibase.update(new Contexts(contexts), new LabelExpression());
            } catch (Exception e) {
                throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
        }));
    }

    /** {@code liquibase status} (and {@code unexpected-changesets}) through the API. */
    static ToolStatus plainStatus(Path folder, TestDatabase db, String contexts) {
        List<String> unrun = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        StringWriter report = new StringWriter();
        Optional<String> error = attempt(() -> withLiquibase(folder, db, liquibase -> {
            try {
                for (ChangeSet changeSet :
                        liquibase.listUnrunChangeSets(new Contexts(contexts), new LabelExpression())) {
                    unrun.add(changeSet.toString(false));
                }
                for (RanChangeSet row :
                        liquibase.listUnexpectedChangeSets(new Contexts(contexts), new LabelExpression())) {
                    unexpected.add(row.getChangeLog() + "::" + row.getId() + "::" + row.getAuthor());
                }
                liquibase.reportStatus(false, new Contexts(contexts), report);
            } catch (Exception e) {
                throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
        }));
        return new ToolStatus(
                unrun,
                unexpected,
                report.toString().replace(db.server().username() + "@" + db.jdbcUrl(), "<db>"),
                error.map(LiquibaseConformanceTest::words));
    }

    private static void withLiquibase(Path folder, TestDatabase db, Consumer<Liquibase> work) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        if (noLockWait) {
            // Liquibase's default wait for a held lock is 5 minutes. 0 makes it fail at once; before 4.2x it never
            // even tries a free lock with 0, so it is set only where the lock is held.
            scope.put("liquibase.changelogLockWaitTimeInMinutes", 0L);
        }
        try (Connection connection = db.connection();
                DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(folder)) {
            Scope.child(scope, () -> {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                work.accept(new Liquibase(MASTER, accessor, database));
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
