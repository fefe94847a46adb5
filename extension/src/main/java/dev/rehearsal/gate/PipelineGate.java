package dev.rehearsal.gate;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.internal.gate.GateArguments;
import dev.rehearsal.internal.gate.ReadOnlyConnections;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.schema.CatalogReader;
import dev.rehearsal.internal.schema.SchemaDiff;
import dev.rehearsal.internal.schema.SnapshotFile;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read-only pipeline gate: points at a real database (staging, production) and reports whether the code's
 * migrations are all applied, which are pending, failed, edited after they were applied or unknown to the code, and
 * whether the schema matches a committed snapshot. It reads the migration tool's own history table with the same
 * reader Rehearsal's tests use (every supported tool) and the catalog; it never writes: every connection it opens is
 * read-only on the server's side ({@code default_transaction_read_only=on}, checked before anything is read).
 *
 * <p><b>From a test</b> (e.g. a CI job's test against staging):
 *
 * <pre>{@code
 * PipelineGate.connectTo(System.getenv("STAGING_JDBC_URL"), "readonly_user", System.getenv("STAGING_PASSWORD"))
 *         .migrations("prisma/migrations")
 *         .snapshot("schema/app.yml")
 *         .check()
 *         .assertDeployable();   // or assertUpToDate() after the deploy
 * }</pre>
 *
 * <p><b>From CI without a test</b>: {@link #main(String[])}, e.g. {@code mvn exec:java
 * -Dexec.mainClass=dev.rehearsal.gate.PipelineGate -Dexec.classpathScope=test -Dexec.args="--url … --migrations
 * prisma/migrations"}; it prints {@link GateReport#text()} and exits with the {@link GateVerdict}'s code.
 *
 * <p>Use a database role that can only read, too: the gate's read-only sessions are its own promise, the role is the
 * server's. Not thread-safe while being configured; {@link #check()} may be called again.
 */
public final class PipelineGate {
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private String migrations = "prisma/migrations";
    private MigrationTool tool = MigrationTool.AUTO;
    private String snapshot;

    private PipelineGate(String jdbcUrl, String user, String password) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = user;
        this.password = password;
    }

    /**
     * A gate on the database at {@code jdbcUrl} ({@code jdbc:postgresql://host:port/name}).
     *
     * @param user the role to connect as, or {@code null} for the URL's or the driver's default
     * @param password its password, or {@code null}
     */
    public static PipelineGate connectTo(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("The gate's database URL is [" + jdbcUrl + "]: expected a PostgreSQL"
                    + " JDBC URL such as jdbc:postgresql://db.internal:5432/app.");
        }
        return new PipelineGate(jdbcUrl, user, password);
    }

    /**
     * The code's migrations: a project-relative directory or a classpath location, as in {@code @MigratesTo}
     * (default {@code prisma/migrations}).
     */
    public PipelineGate migrations(String location) {
        this.migrations = Objects.requireNonNull(location, "location");
        return this;
    }

    /** The migration tool whose history to read; {@link MigrationTool#AUTO} (default) detects it from the layout. */
    public PipelineGate tool(MigrationTool tool) {
        this.tool = Objects.requireNonNull(tool, "tool");
        return this;
    }

    /**
     * A committed schema snapshot ({@code .yml}/{@code .json}, as {@code matchesSnapshot} writes them) to compare the
     * database's schema with, once nothing is pending or failed; project-relative or on the classpath.
     */
    public PipelineGate snapshot(String location) {
        this.snapshot = Objects.requireNonNull(location, "location");
        return this;
    }

    /**
     * Reads the history and, when asked, the catalog, in read-only sessions, and reports.
     *
     * @throws IllegalStateException when the gate could not check: no connection, migrations or snapshot not found,
     *     a history the tool cannot read; the message says which and why
     */
    public GateReport check() {
        ReadOnlyConnections connections = new ReadOnlyConnections(jdbcUrl, user, password);
        MigrationsLocation location;
        try {
            location = MigrationsLocation.resolve(
                    migrations,
                    Path.of("").toAbsolutePath(),
                    Thread.currentThread().getContextClassLoader());
        } catch (RuntimeException e) {
            throw new IllegalStateException("The gate cannot read the code's migrations: " + e.getMessage(), e);
        }
        List<MigrationStatus> status;
        MigrationTool resolved;
        try {
            ToolMigrations history =
                    MigrationTools.open(tool, location.directory(), location.display(), connections, null);
            resolved = history.tool();
            status = history.status();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "The gate could not read the migration history of " + where() + " (" + tool + ", "
                            + location.display() + "): " + e.getMessage(),
                    e);
        }
        Optional<String> skipped = Optional.empty();
        List<String> differences = List.of();
        if (snapshot != null) {
            long unfinished = status.stream()
                    .filter(s -> s.state() == MigrationState.PENDING
                            || s.state() == MigrationState.ROLLED_BACK
                            || s.state() == MigrationState.FAILED)
                    .count();
            if (unfinished > 0) {
                skipped = Optional.of(unfinished + " pending or failed migration" + (unfinished == 1 ? "" : "s")
                        + " would change the schema first");
            } else {
                differences = compare(connections);
            }
        }
        return new GateReport(
                where(), resolved, location.display(), status, Optional.ofNullable(snapshot), differences, skipped);
    }

    private List<String> compare(ReadOnlyConnections connections) {
        SnapshotFile file;
        SchemaSnapshot expected;
        try {
            file = SnapshotFile.locate(snapshot);
            expected = file.read();
        } catch (RuntimeException | AssertionError e) { // a missing snapshot is an AssertionError for tests
            throw new IllegalStateException("The gate cannot read the snapshot " + snapshot + ": " + e.getMessage(), e);
        }
        try (Connection connection = connections.open()) {
            SchemaSnapshot actual = CatalogReader.read(connection);
            return new SchemaDiff("database", "snapshot", false, false).differences(actual, expected);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The gate could not read the catalog of " + where() + ": " + e.getMessage() + " (SQLSTATE "
                            + e.getSQLState() + ")",
                    e);
        }
    }

    /** The database without credentials, for messages. */
    private String where() {
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        return (query < 0 ? rest : rest.substring(0, query)).replaceFirst("^//", "");
    }

    /**
     * Runs the gate from the command line and exits with the verdict's code (0 up to date, 1 pending, 2 drifted, 3
     * blocked, 4 could not check, 64 wrong arguments). Arguments: {@code --url jdbc:postgresql://…} (or {@code
     * REHEARSAL_GATE_URL}), {@code --user name} ({@code REHEARSAL_GATE_USER}), the password only from the environment
     * ({@code REHEARSAL_GATE_PASSWORD}, else {@code PGPASSWORD}) so it never shows in a process list, {@code
     * --migrations dir} (default {@code prisma/migrations}), {@code --tool PRISMA|FLYWAY|…} (default AUTO), {@code
     * --snapshot schema/app.yml}.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv()::get, System.out, System.err));
    }

    /** {@link #main(String[])} without the exit: returns the exit code. */
    static int run(String[] args, java.util.function.Function<String, String> env, PrintStream out, PrintStream err) {
        GateArguments arguments;
        try {
            arguments = GateArguments.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(GateArguments.USAGE);
            return GateVerdict.USAGE_EXIT_CODE;
        }
        try {
            PipelineGate gate = connectTo(arguments.url(), arguments.user(), arguments.password())
                    .migrations(arguments.migrations())
                    .tool(arguments.tool());
            arguments.snapshot().ifPresent(gate::snapshot);
            GateReport report = gate.check();
            out.print(report.text());
            out.flush();
            return report.exitCode();
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println(
                    "Rehearsal gate: could not check (exit " + GateVerdict.ERROR_EXIT_CODE + "): " + e.getMessage());
            return GateVerdict.ERROR_EXIT_CODE;
        }
    }
}
