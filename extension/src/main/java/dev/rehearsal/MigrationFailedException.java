package dev.rehearsal;

import java.util.List;
import java.util.Optional;

/**
 * A migration failed: the message is recovery tooling. It names the migration and its position among the
 * pending ones, the file and line of the failing statement, the statement, the server's SQLSTATE, message and
 * detail, the fixture the database was restored from, how many migrations were applied before and remain
 * pending, and what state the history is now in (what the real tool would do next).
 *
 * <pre>
 * Migration 20240311120000_purge_abandoned_drafts failed (Prisma Migrate, 12th of 40 pending)
 *   at prisma/migrations/20240311120000_purge_abandoned_drafts/migration.sql:7
 *     DELETE FROM "Draft" WHERE "status" = 'ABANDONED';
 *   ERROR 23503: update or delete on table "Draft" violates foreign key constraint …
 *   DETAIL: Key (id)=(41) is still referenced from table "Attachment".
 *   Restored from backups/app_2024_01.sql.gz (sha256 1f3a…, pg_dump 15.18); 11 migrations applied before,
 *   28 still pending. The history now records this migration as failed: …
 * </pre>
 */
public class MigrationFailedException extends RehearsalException {
    private static final long serialVersionUID = 1L;

    /**
     * Everything known about a failed migration.
     *
     * @param tool the tool that ran it
     * @param toolErrorCode the tool's own code for the failure (Prisma: {@code P3018})
     * @param migrationId the migration id in the tool's vocabulary
     * @param position 1-based position of the migration among the pending ones at the start of the run
     * @param pendingCount how many migrations were pending at the start of the run
     * @param file the migration file, relative to the project when possible
     * @param line 1-based line in {@code file} where the failing statement starts
     * @param statement the failing statement
     * @param sqlState the server's SQLSTATE ({@code null} when the failure was not a server error)
     * @param serverMessage the server's message (or the failure's message)
     * @param detail the server's DETAIL, if any
     * @param hint the server's HINT, if any
     * @param fixture the fixture the database was restored from, if any
     * @param appliedBefore migrations of this run applied before the failing one
     * @param stillPending migrations pending after the failure as {@link MigrationHistory#status()} counts them: the
     *     failing one is among them unless the history records it as failed (Prisma, golang-migrate's dirty flag, …)
     * @param historyState what the history records now and what the real tool would do next
     */
    public record Details(
            MigrationTool tool,
            String toolErrorCode,
            String migrationId,
            int position,
            int pendingCount,
            String file,
            int line,
            String statement,
            String sqlState,
            String serverMessage,
            String detail,
            String hint,
            FixtureInfo fixture,
            int appliedBefore,
            int stillPending,
            String historyState) {

        /** Empty details, to fill by name: {@code Details.builder().tool(…).migrationId(…)….build()}. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding these details, to change some of them by name (e.g. {@code toBuilder().hint(…)}). */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.tool = tool;
            b.toolErrorCode = toolErrorCode;
            b.migrationId = migrationId;
            b.position = position;
            b.pendingCount = pendingCount;
            b.file = file;
            b.line = line;
            b.statement = statement;
            b.sqlState = sqlState;
            b.serverMessage = serverMessage;
            b.detail = detail;
            b.hint = hint;
            b.fixture = fixture;
            b.appliedBefore = appliedBefore;
            b.stillPending = stillPending;
            b.historyState = historyState;
            return b;
        }

        /** {@link Details} by name; each setter is the component of the same name. */
        public static final class Builder {
            private MigrationTool tool;
            private String toolErrorCode;
            private String migrationId;
            private int position;
            private int pendingCount;
            private String file;
            private int line;
            private String statement;
            private String sqlState;
            private String serverMessage;
            private String detail;
            private String hint;
            private FixtureInfo fixture;
            private int appliedBefore;
            private int stillPending;
            private String historyState;

            public Builder tool(MigrationTool tool) {
                this.tool = tool;
                return this;
            }

            public Builder toolErrorCode(String toolErrorCode) {
                this.toolErrorCode = toolErrorCode;
                return this;
            }

            public Builder migrationId(String migrationId) {
                this.migrationId = migrationId;
                return this;
            }

            public Builder position(int position) {
                this.position = position;
                return this;
            }

            public Builder pendingCount(int pendingCount) {
                this.pendingCount = pendingCount;
                return this;
            }

            public Builder file(String file) {
                this.file = file;
                return this;
            }

            public Builder line(int line) {
                this.line = line;
                return this;
            }

            public Builder statement(String statement) {
                this.statement = statement;
                return this;
            }

            public Builder sqlState(String sqlState) {
                this.sqlState = sqlState;
                return this;
            }

            public Builder serverMessage(String serverMessage) {
                this.serverMessage = serverMessage;
                return this;
            }

            public Builder detail(String detail) {
                this.detail = detail;
                return this;
            }

            public Builder hint(String hint) {
                this.hint = hint;
                return this;
            }

            public Builder fixture(FixtureInfo fixture) {
                this.fixture = fixture;
                return this;
            }

            public Builder appliedBefore(int appliedBefore) {
                this.appliedBefore = appliedBefore;
                return this;
            }

            public Builder stillPending(int stillPending) {
                this.stillPending = stillPending;
                return this;
            }

            public Builder historyState(String historyState) {
                this.historyState = historyState;
                return this;
            }

            public Details build() {
                return new Details(
                        tool,
                        toolErrorCode,
                        migrationId,
                        position,
                        pendingCount,
                        file,
                        line,
                        statement,
                        sqlState,
                        serverMessage,
                        detail,
                        hint,
                        fixture,
                        appliedBefore,
                        stillPending,
                        historyState);
            }
        }
    }

    private final transient Details details;
    private final transient List<PreflightFinding> preflight;

    public MigrationFailedException(Details details, Throwable cause) {
        this(details, cause, List.of());
    }

    /**
     * A failure with what the pre-flight found on the data the failing statement saw (the rows that block it); the
     * message lists them after the server's error.
     */
    public MigrationFailedException(Details details, Throwable cause, List<PreflightFinding> preflight) {
        super(render(details, preflight), cause);
        this.details = details;
        this.preflight = List.copyOf(preflight);
    }

    /** This failure with {@code findings} about its statement, in addition to any it has. */
    public MigrationFailedException withPreflight(List<PreflightFinding> findings) {
        List<PreflightFinding> all = new java.util.ArrayList<>(preflight);
        all.addAll(findings);
        MigrationFailedException copy = new MigrationFailedException(details, getCause(), all);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /**
     * The rows of the data that block the failing statement, found by a diagnostic query on the data it saw (a
     * foreign key's orphans, the NULLs of a SET NOT NULL, duplicates of a new unique key, rows a check is false for,
     * values a type change cannot convert, rows a RESTRICT key still references); empty when the failure is not
     * caused by data, or the statement could not be analysed.
     */
    public List<PreflightFinding> preflight() {
        return preflight;
    }

    public Details details() {
        return details;
    }

    public String migrationId() {
        return details.migrationId();
    }

    public Optional<String> sqlState() {
        return Optional.ofNullable(details.sqlState());
    }

    public String serverMessage() {
        return details.serverMessage();
    }

    public Optional<String> detail() {
        return Optional.ofNullable(details.detail());
    }

    private static String render(Details d, List<PreflightFinding> preflight) {
        StringBuilder text = new StringBuilder("Migration ")
                .append(d.migrationId())
                .append(" failed (")
                .append(toolName(d.tool()))
                .append(", ")
                .append(ordinal(d.position()))
                .append(" of ")
                .append(d.pendingCount())
                .append(" pending)\n");
        text.append("  at ").append(d.file());
        if (d.line() > 0) {
            text.append(':').append(d.line());
        }
        text.append('\n');
        if (d.statement() != null) {
            text.append("    ")
                    .append(FixtureRestoreException.excerpt(d.statement()))
                    .append('\n');
        }
        text.append("  ERROR ");
        if (d.sqlState() != null) {
            text.append(d.sqlState()).append(": ");
        }
        text.append(d.serverMessage().strip().replace("\n", "\n    ")).append('\n');
        if (d.detail() != null && !d.detail().isBlank()) {
            text.append("  DETAIL: ").append(d.detail()).append('\n');
        }
        if (d.hint() != null && !d.hint().isBlank()) {
            text.append("  HINT: ").append(d.hint()).append('\n');
        }
        for (PreflightFinding finding : preflight) {
            text.append("  Pre-flight, on the data the statement saw: ")
                    .append(finding.describe().replace("\n", "\n    "))
                    .append('\n');
        }
        text.append("  ");
        if (d.fixture() != null) {
            text.append("Restored from ").append(d.fixture().describe()).append("; ");
        }
        text.append(count(d.appliedBefore(), "migration"))
                .append(" applied before, ")
                .append(d.stillPending())
                .append(" still pending.\n  ")
                .append(d.historyState());
        return text.toString();
    }

    static String toolName(MigrationTool tool) {
        return tool.displayName();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix;
        if (mod100 >= 11 && mod100 <= 13) {
            suffix = "th";
        } else {
            suffix = switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }
}
