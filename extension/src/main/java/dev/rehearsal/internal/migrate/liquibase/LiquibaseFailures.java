package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a failed Liquibase update into Rehearsal's exceptions, with Liquibase's own message kept. */
final class LiquibaseFailures {
    private static final Pattern FAILED_SQL = Pattern.compile("\\[Failed SQL: \\(\\d+\\) (.*)]", Pattern.DOTALL);

    private LiquibaseFailures() {}

    static MigrationRefusedException validation(Exception failure, FixtureInfo fixture) {
        return new MigrationRefusedException(
                MigrationTool.LIQUIBASE,
                "ValidationFailed",
                "Liquibase refuses to update: " + message(failure).strip() + "\n  "
                        + (fixture == null ? "The database" : "The database restored from " + fixture.describe())
                        + " records changesets whose checksum no longer matches the changelog: a real `liquibase"
                        + " update` stops here before running anything. Restore the changesets as they were when"
                        + " they ran and put the change in a new changeset, or (if the edit is intended) add"
                        + " <validCheckSum> / runOnChange to them, or clear the checksums (liquibase"
                        + " clear-checksums) as the production runbook would.");
    }

    static MigrationFailedException failed(
            ChangeSetRef changeSet,
            Exception failure,
            List<String> pending,
            int ranBefore,
            Path directory,
            String display,
            FixtureInfo fixture) {
        SQLException sql = sqlException(failure);
        String text = message(failure);
        Matcher statement = FAILED_SQL.matcher(text);
        int position = pending.indexOf(changeSet.id()) + 1;
        MigrationFailure built = MigrationFailure.of(MigrationTool.LIQUIBASE, changeSet.id())
                .code("MigrationFailedException")
                .position((position > 0 ? position : ranBefore + 1) - 1, Math.max(pending.size(), ranBefore + 1))
                .appliedBefore(ranBefore)
                .file(display + "/" + changeSet.file())
                .fixture(fixture)
                .history("On PostgreSQL Liquibase runs each changeset and its DATABASECHANGELOG row in one transaction"
                        + " (unless runInTransaction:false), so this changeset left no row and no change; the "
                        + ranBefore + " changeset(s) before it stay applied. A real `liquibase update` stops"
                        + " here the same way; the next update starts again with this changeset. Liquibase"
                        + " reported: " + text.strip());
        int line = changeSetLine(directory.resolve(changeSet.file()), changeSet);
        String failingStatement = statement.find() ? statement.group(1).strip() : null;
        return (sql == null
                        ? built.serverError(line, failingStatement, null, text, null, null, null)
                        : built.serverError(sql, failingStatement, line))
                .cause(failure)
                .build();
    }

    /** The line of {@code --changeset author:id} in a formatted-SQL changelog, 0 for other formats. */
    private static int changeSetLine(Path file, ChangeSetRef changeSet) {
        if (!file.getFileName().toString().endsWith(".sql")) {
            return 0;
        }
        Pattern header = Pattern.compile("^\\s*--\\s*changeset\\s+" + Pattern.quote(changeSet.author()) + ":"
                + Pattern.quote(changeSet.changeSetId()) + "(\\s.*)?$");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (header.matcher(lines.get(i)).matches()) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static String message(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("liquibase.")) {
                deepest = t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return String.valueOf(deepest.getMessage());
    }

    private static SQLException sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
