package dev.rehearsal.internal.migrate.dbmate;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationFailure;
import dev.rehearsal.internal.migrate.ScriptFailure;
import dev.rehearsal.internal.migrate.scripts.MigrationFiles;
import dev.rehearsal.internal.migrate.scripts.SimpleQuery;
import dev.rehearsal.internal.migrate.scripts.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code dbmate migrate} ({@code DB.Migrate} of {@code pkg/dbmate/db.go}) on one connection. */
final class DbmateMigrate {
    private final DbmateMigrations owner;
    private final Connection connection;

    DbmateMigrate(DbmateMigrations owner, Connection connection) {
        this.owner = owner;
        this.connection = connection;
    }

    void run(Optional<String> target) throws SQLException {
        List<DbmateMigrations.Local> files = owner.files();
        if (files.isEmpty()) {
            throw DbmateMigrations.refused(
                    "ErrNoMigrationFiles",
                    "no migration files found",
                    owner.location() + " has no file named <version>_<name>.sql: a real `dbmate migrate` stops"
                            + " here.");
        }
        DbmateTable table = DbmateTable.of(connection, owner.table());
        Set<String> applied = table.versions();
        int end = files.size();
        if (target.isPresent()) {
            end = 0;
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).version().equals(target.get())) {
                    end = i + 1;
                }
            }
        }
        List<DbmateMigrations.Local> pending = files.subList(0, end).stream()
                .filter(f -> !applied.contains(f.version()))
                .toList();
        if (owner.strict() && !pending.isEmpty()) {
            String highest = files.stream()
                    .map(DbmateMigrations.Local::version)
                    .filter(applied::contains)
                    .max(String::compareTo)
                    .orElse("");
            if (pending.get(0).version().compareTo(highest) <= 0) {
                throw DbmateMigrations.refused(
                        "strict",
                        "migration `" + pending.get(0).version() + "` is out of order with already applied"
                                + " migrations, the version number has to be higher than the applied migration `"
                                + highest + "` in --strict mode",
                        "The backup already has " + highest + " applied and the code adds "
                                + pending.get(0).file() + " below it; `dbmate migrate --strict` refuses before running"
                                + " anything (without --strict it would apply it). Renumber the migration above "
                                + highest + ".");
            }
        }
        table.create();
        for (int index = 0; index < pending.size(); index++) {
            int at = index;
            owner.applyOne(pending.get(at).version(), () -> {
                apply(table, pending, at);
                return null;
            });
        }
    }

    private void apply(DbmateTable table, List<DbmateMigrations.Local> pending, int index) throws SQLException {
        DbmateMigrations.Local file = pending.get(index);
        String contents = MigrationFiles.lenient(
                MigrationFiles.read(owner.context().directory().resolve(file.file())));
        DbmateFile parsed;
        try {
            parsed = DbmateFile.parse(contents);
        } catch (DbmateFile.ParseException e) {
            throw MigrationFailure.of(MigrationTool.DBMATE, file.version())
                    .code("parse")
                    .position(index, pending.size())
                    .file(owner.display(file.file()))
                    .message(e.getMessage())
                    .fixture(owner.fixture())
                    .history("dbmate parses a file only when it is about to run it: the " + index
                            + " migration(s) before it"
                            + " were applied and recorded, nothing of " + file.file() + " ran and it is not"
                            + " recorded. A real `dbmate migrate` prints \"Error: " + e.getMessage() + "\". Fix the"
                            + " file.")
                    .build();
        }
        List<DbmateFile.Section> sections = parsed.sections();
        for (int s = 0; s < sections.size(); s++) {
            DbmateFile.Section section = sections.get(s);
            if (section.transaction()) {
                Transactions.begin(connection);
            }
            Optional<ScriptFailure> failure = SimpleQuery.run(connection, section.up(), section.line());
            if (failure.isEmpty()) {
                failure = insert(table, file.version(), section.line());
            }
            if (failure.isPresent()) {
                if (section.transaction()) {
                    Transactions.rollback(connection, failure.get().cause());
                }
                throw failed(file, index, pending.size(), section, s, failure.get());
            }
            if (section.transaction()) {
                Transactions.commit(connection);
            }
        }
    }

    private Optional<ScriptFailure> insert(DbmateTable table, String version, int line) {
        try {
            table.insert(version);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(ScriptFailure.of(
                    e,
                    "insert into " + table.quoted() + " (version) values ('" + version + "') -- dbmate records"
                            + " the migration",
                    line,
                    0,
                    0));
        }
    }

    private MigrationFailedException failed(
            DbmateMigrations.Local file,
            int index,
            int pendingCount,
            DbmateFile.Section section,
            int sectionIndex,
            ScriptFailure f) {
        String at = f.position() > 0 && f.line() > 0
                ? " at position " + (f.line() - section.line() + 1) + ":" + f.column()
                : "";
        String toolText = "Error: " + located(section, f) + "pq: " + f.message() + at
                + (f.sqlState() == null ? "" : " (" + f.sqlState() + ")");
        String outcome;
        if (sectionIndex > 0 && "23505".equals(f.sqlState())) {
            outcome = file.file() + " has " + (sectionIndex + 1) + "+ '-- migrate:up' sections and dbmate inserts the"
                    + " version after each one, so this section's insert hit schema_migrations_pkey and its"
                    + (section.transaction() ? " transaction was rolled back" : " statements stay applied")
                    + " (dbmate issue #820): version " + file.version() + " stays recorded from the first section,"
                    + " so no later run retries this one.";
        } else if (section.transaction()) {
            outcome = "The up block and its schema_migrations insert ran in one transaction, which was rolled back:"
                    + " nothing of " + file.file() + " is recorded or left behind"
                    + (sectionIndex > 0 ? " (its earlier sections stay committed)" : "")
                    + ", so the next `dbmate migrate` runs it again.";
        } else {
            outcome = "The block ran with transaction:false, still as one query, which PostgreSQL runs as one"
                    + " implicit transaction: its statements were rolled back (unless the block committed part of"
                    + " itself) and the version is not recorded, so the next `dbmate migrate` runs it again.";
        }
        return MigrationFailure.of(MigrationTool.DBMATE, file.version())
                .code("migrate")
                .position(index, pendingCount)
                .file(owner.display(file.file()))
                .serverError(f)
                .fixture(owner.fixture())
                .history(outcome + " A real `dbmate migrate` prints\n    " + toolText
                        + "\n  Fix the migration (or the data)," + " then deploy() again.")
                .build();
    }

    /**
     * dbmate's {@code line: L, column: C, position: P: } prefix, relative to the up block, when PostgreSQL gave a
     * position (lib/pq then adds {@code at position L:C} to the message; seen with dbmate 2.36.0).
     */
    private static String located(DbmateFile.Section section, ScriptFailure f) {
        if (f.position() <= 0 || f.line() <= 0) {
            return "";
        }
        int line = f.line() - section.line() + 1;
        String block = section.up();
        int lineStart = 0;
        int statementLine = f.line() - (int) prefixNewlines(f);
        for (int l = section.line(); l < statementLine && lineStart >= 0; l++) {
            int next = block.indexOf('\n', lineStart);
            lineStart = next < 0 ? -1 : next + 1;
        }
        int start = lineStart < 0 ? -1 : block.indexOf(f.statement(), lineStart);
        String position = start < 0 ? "" : ", position: " + (block.codePointCount(0, start) + f.position());
        return "line: " + line + ", column: " + f.column() + position + ": ";
    }

    private static long prefixNewlines(ScriptFailure f) {
        String statement = f.statement();
        int end = statement.offsetByCodePoints(
                0, Math.min(f.position() - 1, statement.codePointCount(0, statement.length())));
        return statement.substring(0, end).chars().filter(c -> c == '\n').count();
    }
}
