package dev.rehearsal.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.gate.ReadOnlyConnections;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.schema.CatalogReader;
import dev.rehearsal.internal.schema.SnapshotFile;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The read-only pipeline gate against real databases in each state (up to date, pending, failed, drifted, edited,
 * unknown to the code), through its command line: the report, the exit code, and every table, sequence and the
 * catalog hashed before and after, unchanged. Then every tool with a history table: pending, then up to date.
 */
class PipelineGateTest {
    static final String OK = "engine/migrations-ok";
    static final String FAILING = "engine/migrations-failing";
    static final String SNAPSHOT = "gate/shop-schema.yml";

    record Outcome(int exitCode, String out, String err) {}

    @Test
    void up_to_date_exits_0_and_the_schema_matches_the_snapshot() throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            prisma(db, OK).deploy();
            writeSnapshotWhenAsked(db);
            Outcome outcome = gate(db, "--migrations", OK, "--snapshot", SNAPSHOT);
            assertThat(outcome.exitCode()).as(outcome.toString()).isZero();
            assertThat(outcome.out())
                    .startsWith("Rehearsal gate: UP_TO_DATE (exit 0)\n")
                    .contains("PRISMA history against " + OK)
                    .contains("  migrations: 3 applied of 3 in the code\n")
                    .contains("  schema: matches " + SNAPSHOT + "\n");
        }
    }

    @Test
    void pending_exits_1_naming_them_and_leaves_the_snapshot_for_later() throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            prisma(db, OK).migrateTo("20240201000000_add_email");
            Outcome outcome = gate(db, "--migrations", OK, "--snapshot", SNAPSHOT);
            assertThat(outcome.exitCode()).as(outcome.toString()).isEqualTo(1);
            assertThat(outcome.out())
                    .startsWith("Rehearsal gate: PENDING (exit 1)\n")
                    .contains("  migrations: 2 applied of 3 in the code\n")
                    .contains("  1 pending (a deploy applies them): 20240301000000_index_order_customer\n")
                    .contains("  schema: not compared with " + SNAPSHOT
                            + ": 1 pending or failed migration would change the schema first\n");
        }
    }

    @Test
    void failed_exits_3() throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations migrations = prisma(db, FAILING);
            migrations.migrateTo("20240201000000_add_email");
            db.execute("INSERT INTO \"Customer\" (\"name\") VALUES ('Ada');"
                    + " INSERT INTO \"Order\" (\"customerId\", \"total\") VALUES (1, 100)");
            assertThatThrownBy(migrations::deploy).isInstanceOf(MigrationFailedException.class);
            Outcome outcome = gate(db, "--migrations", FAILING, "--snapshot", SNAPSHOT);
            assertThat(outcome.exitCode()).as(outcome.toString()).isEqualTo(3);
            assertThat(outcome.out())
                    .startsWith("Rehearsal gate: BLOCKED (exit 3)\n")
                    .contains("  1 FAILED (the tool refuses to deploy until it is resolved):"
                            + " 20240301000000_purge_customers\n")
                    .contains("  1 pending (a deploy applies them): 20240401000000_add_phone\n");
        }
    }

    @Test
    void drifted_exits_2_listing_each_difference() throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            prisma(db, OK).deploy();
            db.execute("CREATE INDEX \"Customer_name_idx\" ON \"Customer\" (\"name\");"
                    + " ALTER TABLE \"Customer\" ALTER COLUMN \"email\" TYPE varchar(320)");
            Outcome outcome = gate(db, "--migrations", OK, "--snapshot", SNAPSHOT);
            assertThat(outcome.exitCode()).as(outcome.toString()).isEqualTo(2);
            assertThat(outcome.out())
                    .startsWith("Rehearsal gate: DRIFTED (exit 2)\n")
                    .contains("  schema: DIFFERS from " + SNAPSHOT + " (2 differences):\n")
                    .contains("Customer_name_idx")
                    .contains("character varying(320)");
        }
    }

    @Test
    void edited_and_unknown_migrations_exit_3(@TempDir Path project) throws Exception {
        Path edited = copy(OK, project.resolve("edited"));
        Files.writeString(
                edited.resolve("20240201000000_add_email/migration.sql"),
                "\n-- reviewed\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path older = copy(OK, project.resolve("older"));
        deleteTree(older.resolve("20240301000000_index_order_customer"));
        try (TestDatabase db = TestPostgres.newDatabase()) {
            prisma(db, OK).deploy();
            Outcome editedOutcome = gate(db, "--migrations", edited.toString());
            assertThat(editedOutcome.exitCode()).as(editedOutcome.toString()).isEqualTo(3);
            assertThat(editedOutcome.out())
                    .contains("  migrations: 3 applied of 3 in the code\n")
                    .contains("  1 EDITED after they were applied (checksum differs from the file):"
                            + " 20240201000000_add_email\n");
            Outcome unknownOutcome = gate(db, "--migrations", older.toString());
            assertThat(unknownOutcome.exitCode()).as(unknownOutcome.toString()).isEqualTo(3);
            assertThat(unknownOutcome.out())
                    .contains("  1 UNKNOWN to the code (applied, but no file has them):"
                            + " 20240301000000_index_order_customer\n");
        }
    }

    /** The gate's sessions refuse every write on the server's side, whatever a tool's reader would try. */
    @Test
    void the_gates_connections_refuse_writes() throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            db.execute("CREATE TABLE t (id int)");
            var server = db.server();
            try (Connection connection =
                            new ReadOnlyConnections(db.jdbcUrl(), server.username(), server.password()).open();
                    Statement statement = connection.createStatement()) {
                for (String write :
                        List.of("INSERT INTO t VALUES (1)", "CREATE TABLE u (id int)", "SELECT nextval('x')")) {
                    assertThatThrownBy(() -> statement.execute(write))
                            .isInstanceOf(SQLException.class)
                            .satisfies(e ->
                                    assertThat(((SQLException) e).getSQLState()).isIn("25006", "42P01"));
                }
                assertThatThrownBy(() -> statement.execute("INSERT INTO t VALUES (1)"))
                        .hasMessageContaining("read-only transaction");
            }
        }
    }

    @Test
    void bad_arguments_exit_64_and_an_unreachable_database_4() {
        Outcome noUrl = run(Map.of(), "--migrations", OK);
        assertThat(noUrl.exitCode()).isEqualTo(64);
        assertThat(noUrl.err()).contains("No database given: expected --url jdbc:postgresql://host:port/db");
        Outcome password = run(Map.of(), "--url", "jdbc:postgresql://localhost/app", "--password", "secret");
        assertThat(password.exitCode()).isEqualTo(64);
        assertThat(password.err()).contains("--password is not accepted");
        Outcome unreachable = run(Map.of(), "--url", "jdbc:postgresql://127.0.0.1:1/app", "--migrations", OK);
        assertThat(unreachable.exitCode()).isEqualTo(4);
        assertThat(unreachable.err())
                .startsWith("Rehearsal gate: could not check (exit 4): The gate could not read the migration history"
                        + " of 127.0.0.1:1/app");
    }

    static Stream<Arguments> tools() {
        return Stream.of(
                Arguments.of(MigrationTool.PRISMA, OK),
                Arguments.of(MigrationTool.FLYWAY, "migrate/flyway/shop"),
                Arguments.of(MigrationTool.LIQUIBASE, "migrate/liquibase/xml"),
                Arguments.of(MigrationTool.GOLANG_MIGRATE, "migrate/native/golang-migrate/migrations"),
                Arguments.of(MigrationTool.DBMATE, "migrate/native/dbmate/migrations"),
                Arguments.of(MigrationTool.GOOSE, "migrate/native/goose/migrations"),
                Arguments.of(MigrationTool.SQLX, "migrate/native/sqlx/migrations"),
                Arguments.of(MigrationTool.PLAY_EVOLUTIONS, "migrate/play/shop/conf/evolutions"));
    }

    /** Every tool with a history table: its own reader, read-only; after the first migration, pending; then none. */
    @ParameterizedTest
    @MethodSource("tools")
    void every_tool_pending_then_up_to_date(MigrationTool tool, String migrations) throws Exception {
        // the Flyway fixture builds an index CONCURRENTLY, which needs Flyway's non-transactional lock
        String lock = "rehearsal.flyway.postgresql.transactional.lock";
        if (tool == MigrationTool.FLYWAY) {
            System.setProperty(lock, "false");
        }
        try (TestDatabase db = TestPostgres.newDatabase()) {
            ToolMigrations writable = open(db, tool, migrations);
            List<String> ids = writable.localIds();
            // Flyway applies its repeatable view with any target; the view needs V2's table
            writable.migrateTo(ids.get(tool == MigrationTool.FLYWAY ? 1 : 0));
            Outcome pending = gate(db, "--migrations", migrations, "--tool", tool.name());
            assertThat(pending.exitCode()).as(pending.toString()).isEqualTo(1);
            assertThat(pending.out()).contains(tool + " history against " + migrations);
            writable.deploy();
            Outcome upToDate = gate(db, "--migrations", migrations, "--tool", tool.name());
            assertThat(upToDate.exitCode()).as(upToDate.toString()).isZero();
        } finally {
            System.clearProperty(lock);
        }
    }

    /** Runs the gate's command line on {@code db}, asserting that nothing in it changed; prints what it said. */
    static Outcome gate(TestDatabase db, String... args) throws Exception {
        Map<String, String> before;
        try (Connection connection = db.connection()) {
            before = DatabaseHashes.of(connection);
        }
        String[] all = Stream.concat(
                        Stream.of("--url", db.jdbcUrl(), "--user", db.server().username()), Stream.of(args))
                .toArray(String[]::new);
        Outcome outcome = run(Map.of("REHEARSAL_GATE_PASSWORD", db.server().password()), all);
        Map<String, String> after;
        try (Connection connection = db.connection()) {
            after = DatabaseHashes.of(connection);
        }
        System.out.println("$ PipelineGate " + String.join(" ", args) + "\n" + outcome.out() + outcome.err()
                + "exit code " + outcome.exitCode() + "\nhashes before = after (" + before.size() + " objects): "
                + before.equals(after) + " " + before);
        assertThat(after)
                .as("every table, sequence and the catalog after the gate")
                .isEqualTo(before);
        return outcome;
    }

    static Outcome run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = PipelineGate.run(args, env::get, o, e);
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static ToolMigrations prisma(TestDatabase db, String migrations) throws Exception {
        return open(db, MigrationTool.PRISMA, migrations);
    }

    static ToolMigrations open(TestDatabase db, MigrationTool tool, String migrations) throws Exception {
        return MigrationTools.open(tool, resource(migrations), migrations, db::connection, null);
    }

    static Path resource(String location) throws URISyntaxException {
        return Path.of(PipelineGateTest.class.getResource("/" + location).toURI());
    }

    /** With -Drehearsal.snapshots.update=true, (re)writes the committed snapshot from an up-to-date database. */
    static void writeSnapshotWhenAsked(TestDatabase db) throws Exception {
        SnapshotFile file = SnapshotFile.locate(SNAPSHOT);
        if (file.updateRequested()) {
            try (Connection connection = db.connection()) {
                System.err.println(file.write(CatalogReader.read(connection)));
            }
        }
    }

    static Path copy(String location, Path target) throws Exception {
        Path source = resource(location);
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
