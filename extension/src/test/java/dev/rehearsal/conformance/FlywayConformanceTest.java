package dev.rehearsal.conformance;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.conformance.Conformance.attempt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.conformance.Conformance.Answers;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with the real Flyway (its Java API, the flyway-core on the test classpath: CI runs this on 8.5.13 and on
 * 13.x): each situation is built once as a database (the "backup", written by plain Flyway), copied, upgraded by plain
 * Flyway and by Rehearsal, and compared: flyway_schema_history rows, catalog, data, and Flyway's own {@code info}
 * (each migration's state word) and {@code validate} against Rehearsal's {@code status()}; Flyway's verdict (migrate
 * failed at a version, validate passes with nothing pending) against {@code areAllApplied()}, {@code
 * haveNoneFailed()} and {@code failedAt(id)}.
 */
class FlywayConformanceTest {
    private static final List<String> HISTORY_TABLES = List.of("flyway_schema_history");
    private static final String HISTORY = "SELECT concat_ws('|', installed_rank, version, description, type, script,"
            + " checksum, installed_by, success) FROM flyway_schema_history ORDER BY installed_rank";
    private static final String CREATE = "CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL);\n";
    private static final String SEED = "INSERT INTO customer VALUES (1, 'a@example.com'), (2, 'b@example.com');\n";
    private static final String DUPLICATES =
            "INSERT INTO customer VALUES (1, 'a@example.com'), (2, 'a@example.com');\n";
    private static final String UNIQUE_EMAIL = "CREATE UNIQUE INDEX customer_email ON customer (email);\n";
    private static final String ADD_NAME = "ALTER TABLE customer ADD COLUMN name text;\n";
    private static final String AUDIT = "CREATE TABLE audit (id bigint);\n";

    @TempDir
    Path temp;

    @Test
    void clean_upgrade() {
        situation(
                "clean upgrade",
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED),
                db -> {},
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED, "V3__add_name.sql", ADD_NAME),
                Map.of(),
                null);
    }

    @Test
    void failure_in_a_transaction_leaves_no_row() {
        Outcome outcome = situation(
                "failure in a transaction: {row}",
                files("V1__create.sql", CREATE, "V2__seed.sql", DUPLICATES),
                db -> {},
                files(
                        "V1__create.sql",
                        CREATE,
                        "V2__seed.sql",
                        DUPLICATES,
                        "V3__unique_email.sql",
                        UNIQUE_EMAIL,
                        "V4__add_name.sql",
                        ADD_NAME),
                Map.of(),
                "3");
        assertThat(outcome.rehearsal).migrations().failedAt("3").withSqlState("23505");
        assertThat(outcome.rehearsal.migrations().status("3").state()).isEqualTo(MigrationState.PENDING);
        assertThatThrownBy(() -> assertThat(outcome.rehearsal).migrations().haveNoneFailed())
                .hasMessageContaining("3: PENDING (the run failed at it: 23505: could not create unique index")
                .hasMessageContaining("left no history row for it");
    }

    @Test
    void failure_outside_a_transaction_with_the_default_lock() {
        situation(
                "failure outside a transaction (executeInTransaction=false, default lock): {row}",
                files("V1__create.sql", CREATE, "V2__seed.sql", DUPLICATES),
                db -> {},
                files(
                        "V1__create.sql",
                        CREATE,
                        "V2__seed.sql",
                        DUPLICATES,
                        "V3__unique_email.sql",
                        "ALTER TABLE customer ADD COLUMN note text;\n" + UNIQUE_EMAIL,
                        "V3__unique_email.sql.conf",
                        "executeInTransaction=false\n",
                        "V4__add_name.sql",
                        ADD_NAME),
                Map.of(),
                "3");
    }

    @Test
    void failure_outside_a_transaction_with_the_session_lock_leaves_a_failed_row() {
        situation(
                "failure outside a transaction (executeInTransaction=false, session lock): {row}",
                files("V1__create.sql", CREATE, "V2__seed.sql", DUPLICATES),
                db -> {},
                files(
                        "V1__create.sql",
                        CREATE,
                        "V2__seed.sql",
                        DUPLICATES,
                        "V3__unique_email.sql",
                        "ALTER TABLE customer ADD COLUMN note text;\n" + UNIQUE_EMAIL,
                        "V3__unique_email.sql.conf",
                        "executeInTransaction=false\n",
                        "V4__add_name.sql",
                        ADD_NAME),
                sessionLock(),
                "3");
    }

    /**
     * Flyway's session lock ({@code postgresql.transactional.lock=false}, from 9.1.2 on; Flyway 8 has only that lock
     * and refuses the parameter): with the default transactional lock, Flyway's FAILED row for a non-transactional
     * migration is rolled back with the lock's transaction (shared/specs/migration-tools.md §2.6).
     */
    private static Map<String, String> sessionLock() {
        try {
            Flyway.configure().configuration(Map.of("flyway.postgresql.transactional.lock", "false"));
            return Map.of("postgresql.transactional.lock", "false");
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    @Test
    void failed_row_left_by_an_earlier_run() {
        Map<String, String> failing = files(
                "V1__create.sql",
                CREATE,
                "V2__seed.sql",
                DUPLICATES,
                "V3__unique_email.sql",
                "ALTER TABLE customer ADD COLUMN note text;\n" + UNIQUE_EMAIL,
                "V3__unique_email.sql.conf",
                "executeInTransaction=false\n");
        Map<String, String> fixed = new LinkedHashMap<>(failing);
        fixed.put("V3__unique_email.sql", "ALTER TABLE customer ADD COLUMN IF NOT EXISTS note text;\n" + UNIQUE_EMAIL);
        situation(
                "failed run in the backup (session lock): {backup row}", failing, db -> {}, fixed, sessionLock(), "3");
    }

    @Test
    void history_rows_unknown_to_the_code_are_rejected_by_default() {
        Outcome outcome = situation(
                "history rows unknown to the code (missing)",
                files("V1__create.sql", CREATE, "V2__audit.sql", AUDIT, "V3__seed.sql", SEED),
                db -> {},
                files("V1__create.sql", CREATE, "V3__seed.sql", SEED, "V4__add_name.sql", ADD_NAME),
                Map.of(),
                null);
        assertThat(outcome.answers.allAppliedMessage())
                .contains("  2: UNKNOWN_TO_CODE")
                .contains("Flyway's validate rejects history rows that the code no longer has");
    }

    @Test
    void history_rows_unknown_to_the_code_allowed_by_ignore_missing() {
        Outcome outcome = situation(
                "history rows unknown to the code (missing), ignoreMigrationPatterns=*:missing",
                files("V1__create.sql", CREATE, "V2__audit.sql", AUDIT, "V3__seed.sql", SEED),
                db -> {},
                files("V1__create.sql", CREATE, "V3__seed.sql", SEED, "V4__add_name.sql", ADD_NAME),
                Map.of("ignoreMigrationPatterns", "*:missing"),
                null);
        assertThat(outcome.answers.allApplied()).isTrue();
    }

    @Test
    void history_rows_newer_than_the_code() {
        Outcome outcome = situation(
                "history rows unknown to the code (future)",
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED, "V3__audit.sql", AUDIT),
                db -> {},
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED),
                Map.of(),
                null);
        assertThat(outcome.answers.allApplied()).isTrue();
    }

    @Test
    void out_of_order_is_ignored_by_default() {
        situation(
                "out-of-order (outOfOrder=false: Ignored)",
                files("V1__create.sql", CREATE, "V3__audit.sql", AUDIT),
                db -> {},
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED, "V3__audit.sql", AUDIT),
                Map.of(),
                null);
    }

    @Test
    void out_of_order_applied_with_outOfOrder() {
        situation(
                "out-of-order (outOfOrder=true)",
                files("V1__create.sql", CREATE, "V3__audit.sql", AUDIT),
                db -> {},
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED, "V3__audit.sql", AUDIT),
                Map.of("outOfOrder", "true"),
                null);
    }

    @Test
    void ignored_allowed_by_ignore_pattern() {
        Outcome outcome = situation(
                "ignored, ignoreMigrationPatterns=*:ignored",
                files("V1__create.sql", CREATE, "V3__audit.sql", AUDIT),
                db -> {},
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED, "V3__audit.sql", AUDIT),
                Map.of("ignoreMigrationPatterns", "*:ignored"),
                null);
        assertThat(outcome.answers.allApplied()).isTrue();
    }

    @Test
    void applied_migration_edited() {
        situation(
                "applied migration edited (checksum)",
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED),
                db -> {},
                files(
                        "V1__create.sql",
                        CREATE,
                        "V2__seed.sql",
                        SEED.replace("b@example.com", "c@example.com"),
                        "V3__add_name.sql",
                        ADD_NAME),
                Map.of(),
                null);
    }

    @Test
    void baseline_on_migrate() {
        situation(
                "baseline (baselineOnMigrate=true, baselineVersion=1)",
                null,
                db -> db.execute(CREATE),
                files("V1__create.sql", CREATE, "V2__seed.sql", SEED, "V3__add_name.sql", ADD_NAME),
                Map.of("baselineOnMigrate", "true"),
                null);
    }

    @Test
    void repeatable_rerun() {
        String view = "CREATE OR REPLACE VIEW customer_emails AS SELECT email FROM customer;\n";
        situation(
                "repeatable rerun (R__ changed)",
                files("V1__create.sql", CREATE, "R__customer_emails.sql", view),
                db -> {},
                files(
                        "V1__create.sql",
                        CREATE,
                        "R__customer_emails.sql",
                        view.replace("FROM customer;", "FROM customer WHERE id > 0;")),
                Map.of(),
                null);
    }

    private static Map<String, String> files(String... namesAndContents) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1]);
        }
        return files;
    }

    /** Both sides of one situation, after the upgrade. */
    private record Outcome(TestDatabase real, RestoredDatabase rehearsal, Answers answers) {}

    private Outcome situation(
            String name,
            Map<String, String> backupFiles,
            Consumer<TestDatabase> tamper,
            Map<String, String> codeFiles,
            Map<String, String> flywaySettings,
            String failedAtId) {
        Path before = temp.resolve("before");
        Path code = temp.resolve("code");
        TestDatabase backup = TestPostgres.newDatabase();
        if (backupFiles != null) {
            backupFiles.forEach((file, content) -> Conformance.write(before, file, content));
            // The backup is written by the real Flyway; a failure there is part of the situation (a FAILED row).
            attempt(() -> plain(before, backup, flywaySettings).migrate());
        }
        tamper.accept(backup);
        codeFiles.forEach((file, content) -> Conformance.write(code, file, content));
        TestDatabase real = TestPostgres.copyOf(backup);
        TestDatabase copy = TestPostgres.copyOf(backup);
        Map<String, String> settings = new TreeMap<>();
        flywaySettings.forEach((key, value) -> settings.put("rehearsal.flyway." + key, value));
        ToolMigrations history = Conformance.open(MigrationTool.FLYWAY, code, copy, settings);

        assertThat(words(history.status())).isEqualTo(info(code, real, flywaySettings, history.status()));

        Optional<String> toolMigrate =
                attempt(() -> plain(code, real, flywaySettings).migrate());
        Optional<String> rehearsalDeploy = attempt(history::deploy);
        RestoredDatabase db = Conformance.wrap(copy, history);
        List<MigrationStatus> status = history.status();
        ValidateResult validate = plain(code, real, flywaySettings).validateWithResult();
        Optional<String> failedAt = Optional.ofNullable(failedAtId);
        Answers answers = Answers.of(db, failedAt);
        boolean backupFailedRow = failedRow(backup);
        boolean realFailedRow = failedRow(real);
        Conformance.report(
                version(),
                name.replace("{row}", realFailedRow ? "a FAILED row left" : "no row left")
                        .replace(
                                "{backup row}",
                                backupFailedRow
                                        ? "a FAILED row in the backup"
                                        : "no FAILED row in the backup (this Flyway kept none), the run fails again"),
                "`migrate`: " + toolMigrate.map(Conformance::firstLine).orElse("ok") + "; `info`: "
                        + info(code, real, flywaySettings, status) + "; `validate`: "
                        + (validate.validationSuccessful
                                ? "ok"
                                : validate.invalidMigrations.stream()
                                        .map(v -> v.errorDetails.errorCode + "")
                                        .distinct()
                                        .collect(Collectors.joining(", "))),
                Conformance.states(status) + "; " + answers.describe(failedAt));

        assertThat(NativeToolTesting.rows(copy, HISTORY)).isEqualTo(NativeToolTesting.rows(real, HISTORY));
        assertThat(Conformance.catalog(copy, HISTORY_TABLES)).isEqualTo(Conformance.catalog(real, HISTORY_TABLES));
        assertThat(Conformance.data(copy, HISTORY_TABLES)).isEqualTo(Conformance.data(real, HISTORY_TABLES));
        assertThat(words(status)).isEqualTo(info(code, real, flywaySettings, status));
        assertThat(rehearsalDeploy.isPresent()).as("Rehearsal's deploy failed").isEqualTo(toolMigrate.isPresent());
        boolean pending = status.stream().anyMatch(s -> s.state() == MigrationState.PENDING);
        boolean toolAccepts = toolMigrate.isEmpty() && validate.validationSuccessful && !pending;
        assertThat(answers.allApplied())
                .as("areAllApplied() vs flyway migrate+validate: %s", answers.allAppliedMessage())
                .isEqualTo(toolAccepts);
        boolean failedRow = failedRow(real);
        // FlywayMigrateException: a migration failed (its message names the script); a FAILED row: an earlier one did.
        boolean toolFailedAtMigration =
                toolMigrate.filter(e -> e.startsWith("FlywayMigrateException")).isPresent() || failedRow;
        assertThat(answers.noneFailed()).as("haveNoneFailed()").isEqualTo(!toolFailedAtMigration);
        failedAt.ifPresent(
                id -> assertThat(answers.failedAt()).as("failedAt(%s)", id).contains(toolFailedAtMigration));

        return new Outcome(real, db, answers);
    }

    /** Whether flyway_schema_history exists and has a {@code success = false} row. */
    private static boolean failedRow(TestDatabase db) {
        return NativeToolTesting.rows(db, "SELECT to_regclass('flyway_schema_history') IS NOT NULL")
                        .equals(List.of("t"))
                && !NativeToolTesting.rows(db, "SELECT 1 FROM flyway_schema_history WHERE NOT success")
                        .isEmpty();
    }

    private static String words(List<MigrationStatus> status) {
        return status.stream().map(s -> s.id() + " " + s.toolState()).collect(Collectors.joining(", "));
    }

    /** Flyway's own {@code info}, one entry per migration Rehearsal lists (same id), in Rehearsal's order. */
    private static String info(
            Path dir, TestDatabase db, Map<String, String> settings, List<MigrationStatus> rehearsal) {
        MigrationInfo[] all = plain(dir, db, settings).info().all();
        List<String> entries = new ArrayList<>();
        for (MigrationStatus status : rehearsal) {
            // Flyway lists some ids twice (an Outdated row and its Pending file, a Baseline row and its Ignored
            // (Baseline) file): Rehearsal's word must be one of them.
            List<String> words = new ArrayList<>();
            for (MigrationInfo info : all) {
                String id = info.getVersion() != null ? info.getVersion().getVersion() : info.getDescription();
                if (id.equals(status.id())) {
                    words.add(info.getState().getDisplayName());
                }
            }
            entries.add(status.id() + " "
                    + (words.contains(status.toolState())
                            ? status.toolState()
                            : words.isEmpty() ? "(not in flyway info)" : String.join("/", words)));
        }
        return String.join(", ", entries);
    }

    private static Flyway plain(Path dir, TestDatabase db, Map<String, String> settings) {
        Map<String, String> configuration = new TreeMap<>();
        settings.forEach((key, value) -> configuration.put("flyway." + key, value));
        return Flyway.configure()
                .dataSource(db.jdbcUrl(), db.server().username(), db.server().password())
                .locations("filesystem:" + dir)
                .configuration(configuration)
                .load();
    }

    static String version() {
        try (InputStream in =
                Flyway.class.getResourceAsStream("/META-INF/maven/org.flywaydb/flyway-core/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return "Flyway " + properties.getProperty("version", "(unknown)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
