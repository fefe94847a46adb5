package dev.rehearsal.conformance;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.internal.db.DefaultRestoredDatabase;
import dev.rehearsal.internal.migrate.MigrationTools;
import dev.rehearsal.internal.migrate.scripts.NativeToolTesting;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the conformance tests share: a situation's database is built once (the "backup"), copied for the real tool
 * and for Rehearsal, and both results are compared (history rows, catalog, data) and reported as one verdict line,
 * "tool says X, Rehearsal says X", printed and appended to {@code target/conformance/verdicts.md}.
 */
final class Conformance {
    static final FixtureInfo FIXTURE = new FixtureInfo(
            "conformance-backup",
            "(built by the conformance test)",
            "0".repeat(64),
            "database copy",
            Optional.empty(),
            Optional.empty(),
            Duration.ZERO);

    private Conformance() {}

    /** Rehearsal's history for {@code tool} on {@code db}, migrations in {@code dir}, with explicit settings. */
    static ToolMigrations open(MigrationTool tool, Path dir, TestDatabase db, Map<String, String> settings) {
        NativeToolTesting.TestContext context =
                NativeToolTesting.TestContext.of(dir, dir.getFileName().toString(), db);
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            context = context.with(setting.getKey(), setting.getValue());
        }
        return MigrationTools.open(tool, context);
    }

    /** {@code db} as a test sees it, with {@code history} as its migrations. */
    static RestoredDatabase wrap(TestDatabase db, MigrationHistory history) {
        return new DefaultRestoredDatabase(db.server(), db.name(), FIXTURE, history, null);
    }

    /** Runs {@code work}, returning what it threw (its class and message), or empty. */
    static Optional<String> attempt(Runnable work) {
        try {
            work.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    /** What Rehearsal's three assertions answer on {@code db}. */
    record Answers(boolean allApplied, String allAppliedMessage, boolean noneFailed, Optional<Boolean> failedAt) {
        static Answers of(RestoredDatabase db, Optional<String> failedAtId) {
            Optional<String> all = fails(() -> assertThat(db).migrations().areAllApplied());
            Optional<String> none = fails(() -> assertThat(db).migrations().haveNoneFailed());
            Optional<Boolean> at = failedAtId.map(
                    id -> fails(() -> assertThat(db).migrations().failedAt(id)).isEmpty());
            return new Answers(all.isEmpty(), all.orElse(""), none.isEmpty(), at);
        }

        private static Optional<String> fails(Runnable assertion) {
            try {
                assertion.run();
                return Optional.empty();
            } catch (AssertionError e) {
                return Optional.of(e.getMessage());
            }
        }

        String describe(Optional<String> failedAtId) {
            return "areAllApplied " + mark(allApplied) + ", haveNoneFailed " + mark(noneFailed)
                    + failedAt.map(f -> ", failedAt(" + failedAtId.orElseThrow() + ") " + mark(f))
                            .orElse("");
        }
    }

    static String mark(boolean passes) {
        return passes ? "passes" : "fails";
    }

    /** {@code id=STATE (tool's word)} for each migration. */
    static String states(List<MigrationStatus> status) {
        return status.stream()
                .map(s -> s.id() + "=" + s.state() + (s.toolState().isBlank() ? "" : " (" + s.toolState() + ")"))
                .collect(Collectors.joining(", "));
    }

    /**
     * The catalog of schema public, one line per column, constraint and index, tables in {@code except} left out
     * (the tools' history tables, compared on their own).
     */
    static List<String> catalog(TestDatabase db, List<String> except) {
        String skip = except.stream().map(t -> "'" + t + "'").collect(Collectors.joining(",", "(", ")"));
        List<String> lines = new ArrayList<>(NativeToolTesting.rows(
                db,
                "SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                        + " || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END"
                        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm') AND a.attnum > 0"
                        + " AND NOT a.attisdropped AND c.relname NOT IN " + skip
                        + " ORDER BY c.relname, a.attnum"));
        lines.addAll(NativeToolTesting.rows(
                db,
                "SELECT c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) FROM pg_constraint k"
                        + " JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relname NOT IN " + skip + " ORDER BY 1"));
        lines.addAll(NativeToolTesting.rows(
                db,
                "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN " + skip
                        + " ORDER BY 1"));
        return lines;
    }

    /** Each table's rows, hashed in the database (count and md5 of the sorted row texts). */
    static List<String> data(TestDatabase db, List<String> except) {
        String skip = except.stream().map(t -> "'" + t + "'").collect(Collectors.joining(",", "(", ")"));
        List<String> hashes = new ArrayList<>();
        for (String table : NativeToolTesting.rows(
                db,
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN " + skip
                        + " ORDER BY 1")) {
            hashes.addAll(NativeToolTesting.rows(
                    db,
                    "SELECT '" + table + " ' || count(*) || ' ' || coalesce(md5(string_agg(t::text, ',' ORDER BY"
                            + " t::text)), '-') FROM \"" + table + "\" t"));
        }
        return hashes;
    }

    /** Writes {@code content} to {@code dir/name}, creating {@code dir}. */
    static void write(Path dir, String name, String content) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the verdict line and appends it to {@code target/conformance/verdicts.md} (one table row: tool and
     * version, situation, the tool's own words, Rehearsal's status and answers).
     */
    static void report(String tool, String situation, String toolSays, String rehearsalSays) {
        String row = "| " + tool + " | " + situation + " | " + toolSays.replace("|", "\\|") + " | "
                + rehearsalSays.replace("|", "\\|") + " |";
        System.out.println("VERDICT " + row);
        try {
            Path file = Path.of("target", "conformance", "verdicts.md");
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
