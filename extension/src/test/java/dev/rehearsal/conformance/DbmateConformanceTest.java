package dev.rehearsal.conformance;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.conformance.Conformance.attempt;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with the real dbmate (the Linux binary of the npm package {@code dbmate}, which {@code .ci/run}
 * installs): each situation is built once as a database (the "backup", written by {@code dbmate migrate}), copied,
 * upgraded by {@code dbmate migrate} and by Rehearsal, and compared: schema_migrations rows, catalog, data, and
 * {@code dbmate status} (its {@code [X]}/{@code [ ]} lines and its Applied/Pending counts) against Rehearsal's
 * {@code status()}, before the upgrade ({@code beforeMigration().migrations()}'s question) and after.
 *
 * <p>The binary is found through {@value #BINARY} (a path), else {@code dbmate} on the PATH, else {@code
 * node_modules/.bin/dbmate} under the working directory or its parents; without it every test is skipped, saying so.
 */
class DbmateConformanceTest {
    static final String BINARY = "rehearsal.test.dbmate";
    private static final List<String> HISTORY_TABLES = List.of("schema_migrations");
    private static final String HISTORY = "SELECT version FROM schema_migrations ORDER BY version";
    private static final String CREATE = "-- migrate:up\nCREATE TABLE customer (id bigint PRIMARY KEY, email text NOT"
            + " NULL);\n-- migrate:down\nDROP TABLE customer;\n";
    private static final String SEED = "-- migrate:up\nINSERT INTO customer VALUES (1, 'a@example.com'), (2,"
            + " 'b@example.com');\n-- migrate:down\n";
    private static final String DUPLICATES = "-- migrate:up\nINSERT INTO customer VALUES (1, 'a@example.com'), (2,"
            + " 'a@example.com');\n-- migrate:down\n";
    private static final String UNIQUE_EMAIL =
            "-- migrate:up\nCREATE UNIQUE INDEX customer_email ON customer (email);\n-- migrate:down\n";
    private static final String ADD_NAME =
            "-- migrate:up\nALTER TABLE customer ADD COLUMN name text;\n-- migrate:down\n";
    private static final String AUDIT = "-- migrate:up\nCREATE TABLE audit (id bigint);\n-- migrate:down\n";

    private static Optional<Path> dbmate;

    @TempDir
    Path temp;

    @BeforeAll
    static void findDbmate() {
        dbmate = find();
    }

    private static void requireDbmate() {
        Assumptions.assumeTrue(
                dbmate.isPresent(),
                "no dbmate binary: set -D" + BINARY + "=<path>, put dbmate on the PATH, or `npm install dbmate`"
                        + " (its Linux binary is included) in the project or a parent directory");
    }

    @Test
    void clean_upgrade() {
        situation(
                "clean upgrade",
                files("001_create.sql", CREATE, "002_seed.sql", SEED),
                db -> {},
                files("001_create.sql", CREATE, "002_seed.sql", SEED, "003_add_name.sql", ADD_NAME),
                Map.of(),
                null);
    }

    @Test
    void failure_in_a_transaction_leaves_no_row() {
        Outcome outcome = situation(
                "failure, no row left (transaction, the default)",
                files("001_create.sql", CREATE, "002_seed.sql", DUPLICATES),
                db -> {},
                files(
                        "001_create.sql",
                        CREATE,
                        "002_seed.sql",
                        DUPLICATES,
                        "003_unique_email.sql",
                        UNIQUE_EMAIL,
                        "004_add_name.sql",
                        ADD_NAME),
                Map.of(),
                "003");
        assertThat(outcome.rehearsal).migrations().failedAt("003").withSqlState("23505");
    }

    @Test
    void failure_outside_a_transaction_leaves_its_first_statements() {
        situation(
                "failure, no row left (transaction:false)",
                files("001_create.sql", CREATE, "002_seed.sql", DUPLICATES),
                db -> {},
                files(
                        "001_create.sql",
                        CREATE,
                        "002_seed.sql",
                        DUPLICATES,
                        "003_unique_email.sql",
                        UNIQUE_EMAIL.replace(
                                "-- migrate:up\n",
                                "-- migrate:up transaction:false\nALTER TABLE customer ADD COLUMN note text;\n"),
                        "004_add_name.sql",
                        ADD_NAME),
                Map.of(),
                "003");
    }

    @Test
    void history_rows_unknown_to_the_code() {
        Outcome outcome = situation(
                "history rows unknown to the code",
                files("001_create.sql", CREATE, "002_audit.sql", AUDIT, "003_seed.sql", SEED),
                db -> {},
                files("001_create.sql", CREATE, "003_seed.sql", SEED, "004_add_name.sql", ADD_NAME),
                Map.of(),
                null);
        assertThat(outcome.answers.allApplied()).isTrue();
    }

    @Test
    void out_of_order_is_applied() {
        situation(
                "out-of-order (applied, the default)",
                files("001_create.sql", CREATE, "003_audit.sql", AUDIT),
                db -> {},
                files("001_create.sql", CREATE, "002_seed.sql", SEED, "003_audit.sql", AUDIT),
                Map.of(),
                null);
    }

    @Test
    void out_of_order_refused_with_strict() {
        situation(
                "out-of-order, --strict",
                files("001_create.sql", CREATE, "003_audit.sql", AUDIT),
                db -> {},
                files("001_create.sql", CREATE, "002_seed.sql", SEED, "003_audit.sql", AUDIT),
                Map.of("rehearsal.dbmate.strict", "true"),
                null);
    }

    @Test
    void applied_migration_edited() {
        situation(
                "applied migration edited (dbmate keeps no checksum)",
                files("001_create.sql", CREATE, "002_seed.sql", SEED),
                db -> {},
                files(
                        "001_create.sql",
                        CREATE,
                        "002_seed.sql",
                        SEED.replace("b@example.com", "c@example.com"),
                        "003_add_name.sql",
                        ADD_NAME),
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

    private record Outcome(TestDatabase real, RestoredDatabase rehearsal, Answers answers) {}

    /** What {@code dbmate status} printed: the versions of its {@code [X]} and {@code [ ]} lines, and its counts. */
    private record Status(List<String> applied, List<String> pending, String counts) {
        private static final Pattern LINE = Pattern.compile("^\\[([X ])\\] (\\d+)\\S*$", Pattern.MULTILINE);

        static Status parse(String output) {
            List<String> applied = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            Matcher matcher = LINE.matcher(output);
            while (matcher.find()) {
                (matcher.group(1).equals("X") ? applied : pending).add(matcher.group(2));
            }
            String counts = output.lines()
                    .filter(l -> l.startsWith("Applied:") || l.startsWith("Pending:"))
                    .reduce((a, b) -> a + ", " + b)
                    .orElse(output.strip());
            return new Status(applied, pending, counts);
        }
    }

    private Outcome situation(
            String name,
            Map<String, String> backupFiles,
            Consumer<TestDatabase> tamper,
            Map<String, String> codeFiles,
            Map<String, String> settings,
            String failedAtId) {
        requireDbmate();
        boolean strict = "true".equals(settings.get("rehearsal.dbmate.strict"));
        Path before = temp.resolve("before");
        Path code = temp.resolve("code");
        TestDatabase backup = TestPostgres.newDatabase();
        backupFiles.forEach((file, content) -> Conformance.write(before, file, content));
        Result built = dbmate(backup, before, "migrate");
        assertThat(built.exit())
                .as("dbmate migrate of the backup: %s", built.output())
                .isZero();
        tamper.accept(backup);
        codeFiles.forEach((file, content) -> Conformance.write(code, file, content));
        TestDatabase real = TestPostgres.copyOf(backup);
        TestDatabase copy = TestPostgres.copyOf(backup);
        ToolMigrations history = Conformance.open(MigrationTool.DBMATE, code, copy, settings);

        // Before the upgrade: what beforeMigration().migrations() answers against `dbmate status` on the backup.
        Status toolBefore = Status.parse(dbmate(real, code, "status").output());
        List<MigrationStatus> rehearsalBefore = history.status();
        assertThat(ids(rehearsalBefore, MigrationState.APPLIED)).isEqualTo(toolBefore.applied());
        assertThat(ids(rehearsalBefore, MigrationState.PENDING)).isEqualTo(toolBefore.pending());

        Result migrate = strict ? dbmate(real, code, "migrate", "--strict") : dbmate(real, code, "migrate");
        Status toolAfter = Status.parse(dbmate(real, code, "status").output());
        Optional<String> rehearsalDeploy = attempt(history::deploy);
        RestoredDatabase db = Conformance.wrap(copy, history);
        List<MigrationStatus> status = history.status();
        Optional<String> failedAt = Optional.ofNullable(failedAtId);
        Answers answers = Answers.of(db, failedAt);
        Optional<String> failingMigration = migrate.exit() == 0 ? Optional.empty() : applying(migrate.output());

        Conformance.report(
                version(),
                name,
                "`dbmate " + (strict ? "migrate --strict" : "migrate") + "`: "
                        + (migrate.exit() == 0 ? "ok" : errorLine(migrate.output())) + "; `dbmate status` before: "
                        + toolBefore.counts() + ", after: " + toolAfter.counts(),
                "before: " + counts(rehearsalBefore) + "; after: " + Conformance.states(status) + "; "
                        + answers.describe(failedAt));

        assertThat(NativeToolTesting.rows(copy, HISTORY)).isEqualTo(NativeToolTesting.rows(real, HISTORY));
        assertThat(Conformance.catalog(copy, HISTORY_TABLES)).isEqualTo(Conformance.catalog(real, HISTORY_TABLES));
        assertThat(Conformance.data(copy, HISTORY_TABLES)).isEqualTo(Conformance.data(real, HISTORY_TABLES));
        assertThat(ids(status, MigrationState.APPLIED)).isEqualTo(toolAfter.applied());
        assertThat(ids(status, MigrationState.PENDING)).isEqualTo(toolAfter.pending());
        assertThat(rehearsalDeploy.isPresent()).as("Rehearsal's deploy failed").isEqualTo(migrate.exit() != 0);
        assertThat(answers.allApplied())
                .as("areAllApplied() vs dbmate migrate+status: %s", answers.allAppliedMessage())
                .isEqualTo(migrate.exit() == 0 && toolAfter.pending().isEmpty());
        assertThat(answers.noneFailed()).as("haveNoneFailed()").isEqualTo(failingMigration.isEmpty());
        failedAt.ifPresent(id -> assertThat(answers.failedAt())
                .as("failedAt(%s)", id)
                .contains(failingMigration.filter(f -> f.startsWith(id)).isPresent()));
        return new Outcome(real, db, answers);
    }

    private static String counts(List<MigrationStatus> status) {
        return "Applied: " + ids(status, MigrationState.APPLIED).size() + ", Pending: "
                + ids(status, MigrationState.PENDING).size();
    }

    private static List<String> ids(List<MigrationStatus> status, MigrationState state) {
        return status.stream()
                .filter(s -> s.state() == state)
                .map(MigrationStatus::id)
                .toList();
    }

    /** The migration dbmate was applying when it stopped ({@code Applying: 003_x.sql}), if it was applying one. */
    private static Optional<String> applying(String output) {
        return output.lines()
                .filter(l -> l.startsWith("Applying: "))
                .reduce((a, b) -> b)
                .map(l -> l.substring("Applying: ".length()).strip())
                .filter(f -> output.contains("Error: ") && !output.contains("out of order"));
    }

    private static String errorLine(String output) {
        return output.lines().filter(l -> l.startsWith("Error: ")).findFirst().orElse(output.strip());
    }

    private record Result(int exit, String output) {}

    private static Result dbmate(TestDatabase db, Path dir, String... command) {
        String url = "postgres://" + URLEncoder.encode(db.server().username(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(db.server().password(), StandardCharsets.UTF_8) + "@"
                + db.server().host() + ":"
                + db.server().port() + "/" + db.name() + "?sslmode=disable";
        List<String> line = new ArrayList<>(List.of(
                dbmate.orElseThrow().toString(), "--url", url, "--migrations-dir", dir.toString(), "--no-dump-schema"));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("dbmate " + String.join(" ", command) + " did not end in 60 s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String version() {
        requireDbmate();
        try {
            Process process = new ProcessBuilder(dbmate.orElseThrow().toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return output.strip().replace("dbmate version ", "dbmate ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> find() {
        String configured = System.getProperty(BINARY, "");
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        Optional<Path> onPath = Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(p -> !p.isBlank())
                .map(p -> Path.of(p, "dbmate"))
                .filter(Files::isExecutable)
                .findFirst();
        if (onPath.isPresent()) {
            return onPath;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("node_modules/.bin/dbmate");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
