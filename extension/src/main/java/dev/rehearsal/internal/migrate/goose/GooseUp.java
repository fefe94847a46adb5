package dev.rehearsal.internal.migrate.goose;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationFailure;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.ScriptFailure;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.migrate.scripts.SimpleQuery;
import dev.rehearsal.internal.migrate.scripts.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code UpToContext} of goose's {@code up.go}, then {@code runSQLMigration} per file. */
final class GooseUp {
    private static final Pattern COMMENT_LINES = Pattern.compile("(?m)^--.*$[\\r\\n]*");
    private static final Pattern EMPTY_LINES = Pattern.compile("(?m)^$[\\r\\n]*");

    private final GooseMigrations owner;
    private final GooseTable table;
    private final Connection connection;

    GooseUp(GooseMigrations owner, GooseTable table, Connection connection) {
        this.owner = owner;
        this.table = table;
        this.connection = connection;
    }

    void run(Optional<Long> target) throws SQLException {
        long to = target.orElse(Long.MAX_VALUE);
        List<GooseMigrations.Local> found =
                owner.files().stream().filter(f -> f.version() <= to).toList();
        if (found.isEmpty()) {
            throw GooseMigrations.refused(
                    "ErrNoMigrationFiles",
                    "no migration files found",
                    owner.location() + " has no <version>_<name>.sql file" + (target.isPresent() ? " up to " + to : "")
                            + ": goose stops here.");
        }
        table.ensure();
        List<GooseTable.Row> rows = table.rows();
        Set<Long> inDb = rows.stream().map(GooseTable.Row::version).collect(Collectors.toSet());
        long max = rows.stream().mapToLong(GooseTable.Row::version).max().orElse(0);
        List<GooseMigrations.Local> missing = found.stream()
                .filter(f -> !inDb.contains(f.version()) && f.version() < max)
                .toList();
        if (!missing.isEmpty() && !owner.allowMissing()) {
            String list = missing.stream()
                    .map(f -> "version " + f.version() + ": " + owner.display(f.file()))
                    .collect(Collectors.joining("\n\t"));
            throw GooseMigrations.refused(
                    "missing migrations",
                    "error: found " + missing.size() + " missing migrations before current version " + max + ":\n\t"
                            + list,
                    "The restored " + table.name() + " is at version " + max + " and the code has "
                            + missing.size() + " migration(s) below it that it never applied (added out of order,"
                            + " e.g. a branch merged after a later release). A real `goose up` refuses to run"
                            + " anything. Renumber them above " + max + ", or rehearse `goose up -allow-missing` with"
                            + " the setting " + GooseMigrations.ALLOW_MISSING + "=true (applies them first, out of"
                            + " order).");
        }
        List<GooseMigrations.Local> toApply = new ArrayList<>(owner.allowMissing() ? missing : List.of());
        found.stream()
                .filter(f -> !inDb.contains(f.version()) && f.version() > max)
                .forEach(toApply::add);
        for (int index = 0; index < toApply.size(); index++) {
            int at = index;
            owner.applyOne(toApply.get(at).id(), () -> {
                apply(toApply, at);
                return null;
            });
        }
    }

    private void apply(List<GooseMigrations.Local> pending, int index) throws SQLException {
        GooseMigrations.Local file = pending.get(index);
        if (file.go()) {
            throw new MigrationSetupException("goose would now run the Go migration " + owner.display(file.file())
                    + " (" + index + " migration(s) applied before it in this run), which Rehearsal cannot: Go"
                    + " migrations are compiled into your goose binary. Run that binary with @MigratesTo(tool ="
                    + " COMMAND, command = \"…\") instead.");
        }
        String contents = MigrationFiles.lenient(
                MigrationFiles.read(owner.context().directory().resolve(file.file())));
        GooseParser.Parsed parsed;
        try {
            parsed = GooseParser.parse(contents, owner.env());
        } catch (GooseParser.ParseException e) {
            String text = "ERROR " + file.file() + ": failed to parse SQL migration file: " + e.getMessage();
            throw MigrationFailure.of(MigrationTool.GOOSE, file.id())
                    .code("parse")
                    .position(index, pending.size())
                    .file(owner.display(file.file()))
                    .message(text)
                    .fixture(owner.fixture())
                    .history("goose parses a file only when it is about to run it: nothing of " + file.file()
                            + " ran and no"
                            + " version row was written; the migrations before it in this run stay applied. A real"
                            + " `goose up` prints \"goose run: " + text + "\". Fix the file.")
                    .build();
        }
        if (parsed.useTx()) {
            Transactions.begin(connection);
        }
        for (GooseParser.Statement statement : parsed.statements()) {
            Optional<ScriptFailure> failure = SimpleQuery.run(connection, statement.text(), statement.line());
            if (failure.isPresent()) {
                if (parsed.useTx()) {
                    Transactions.rollback(connection, failure.get().cause());
                }
                throw failed(pending, index, statement, parsed.useTx(), failure.get());
            }
        }
        table.insert(file.version());
        if (parsed.useTx()) {
            Transactions.commit(connection);
        }
    }

    private MigrationFailedException failed(
            List<GooseMigrations.Local> pending,
            int index,
            GooseParser.Statement statement,
            boolean useTx,
            ScriptFailure f) {
        GooseMigrations.Local file = pending.get(index);
        String cleared = EMPTY_LINES
                .matcher(COMMENT_LINES.matcher(statement.text()).replaceAll(""))
                .replaceAll("");
        String toolText = "ERROR " + file.file() + ": failed to run SQL migration: failed to execute SQL query \""
                + cleared.replace("\n", "\\n") + "\": " + f.pgx();
        String outcome = useTx
                ? "The file's statements and its goose_db_version row ran in one"
                        + " transaction, which was rolled back: nothing of it remains and version " + file.id()
                        + " is not recorded, so the next `goose up` runs it again."
                : "The file has -- +goose NO TRANSACTION: the statements before the failing one stay applied, and"
                        + " version " + file.id() + " is not recorded (goose writes the row after the statements),"
                        + " so the next `goose up` runs the whole file again: make its statements idempotent or undo"
                        + " them first.";
        return MigrationFailure.of(MigrationTool.GOOSE, file.id())
                .code("up")
                .position(index, pending.size())
                .file(owner.display(file.file()))
                .serverError(f)
                .fixture(owner.fixture())
                .history(outcome + " A real `goose up` prints\n    goose run: " + toolText)
                .build();
    }
}
