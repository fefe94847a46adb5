package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationFailure;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * A failed {@code flyway migrate} as a {@link MigrationFailedException}: the migration (the recorder's {@code
 * AFTER_EACH_MIGRATE_ERROR}), its file and the line Flyway reports (the {@code Location} and {@code Line} of Flyway's
 * message, the same in Flyway 8.5 to 13.x; the exception class that carries them as fields is internal API), the
 * failing statement (from {@code AFTER_EACH_MIGRATE_STATEMENT_ERROR}, or from the {@code Statement} of the message on
 * Flyway 8 and 9, whose Community edition fires no statement events), whether it ran in a transaction (the
 * recorder), the server's SQLSTATE, message, detail and hint, the counts, and what the history records now, read
 * back from Flyway's {@code info} rather than assumed (see {@link FlywayExplanations#afterFailure}).
 *
 * <p>Internal, not API.
 */
final class FlywayFailure {
    private static final Pattern LINE = Pattern.compile("\\bat line (\\d{1,9})\\b");
    private static final Pattern LINE_FIELD = Pattern.compile("(?m)^Line\\s*: (\\d{1,9})\\s*$");
    private static final Pattern LOCATION_FIELD = Pattern.compile("(?m)^Location\\s*: (.+?) \\((.+)\\)\\s*$");
    private static final Pattern STATEMENT_FIELD = Pattern.compile("(?ms)^Statement\\s*: (.+)\\z");

    private final FlywaySession session;
    private final FlywayRecorder recorder;
    private final List<MigrationInfo> pending;
    private final Optional<String> cancelledStatement;

    FlywayFailure(
            FlywaySession session,
            FlywayRecorder recorder,
            List<MigrationInfo> pending,
            Optional<String> cancelledStatement) {
        this.session = session;
        this.recorder = recorder;
        this.pending = pending;
        this.cancelledStatement = cancelledStatement;
    }

    /**
     * The failure of {@code migration}: {@code e} is what Flyway threw while it was prepared or run (a failing
     * statement, or e.g. a script that cannot be parsed).
     */
    MigrationFailedException of(FlywayException e, MigrationInfo migration) {
        String flywayMessage = String.valueOf(e.getMessage());
        int line = field(LINE_FIELD, flywayMessage).map(Integer::parseInt).orElseGet(() -> lineIn(flywayMessage));
        Optional<Boolean> transactional = recorder.inTransaction();
        String id = FlywayIds.of(migration);
        int appliedBefore = recorder.applied().size();
        int index = indexOf(migration);
        int position = index >= 0 ? index + 1 : appliedBefore + 1;
        int pendingCount = Math.max(pending.size(), position);
        Optional<SQLException> sql = sqlCause(e);
        Optional<MigrationState> recorded = recordedState(migration);
        String history =
                FlywayExplanations.afterFailure(session, migration, transactional, line, recorded, cancelledStatement);
        Duration took = recorder.failedAfter().orElse(Duration.ZERO);
        String code = sql.isPresent()
                ? (migration.getVersion() != null ? "FAILED_VERSIONED_MIGRATION" : "FAILED_REPEATABLE_MIGRATION")
                : String.valueOf(e.getErrorCode());
        String statement = recorder.failingStatement()
                .or(() -> cancelledStatement)
                .or(() -> statementIn(flywayMessage))
                .orElse(null);
        MigrationFailure failure = MigrationFailure.of(MigrationTool.FLYWAY, id)
                .code(code)
                .position(position - 1, pendingCount)
                .appliedBefore(appliedBefore)
                .file(file(flywayMessage, migration))
                .fixture(session.context().fixture().orElse(null))
                .history("Flyway ran " + FlywayIds.describe(migration) + " for " + took.toMillis() + " ms. " + history);
        if (recorded.filter(MigrationState::isFailed).isPresent()) {
            failure.recordedAsFailed();
        }
        return (sql.isPresent()
                        ? failure.serverError(sql.get(), statement, line)
                        : failure.serverError(line, statement, null, rootFlywayMessage(e), null, null, null))
                .cause(e)
                .build();
    }

    private int indexOf(MigrationInfo migration) {
        for (int i = 0; i < pending.size(); i++) {
            MigrationInfo candidate = pending.get(i);
            if (FlywayIds.of(candidate).equals(FlywayIds.of(migration))
                    && FlywayIds.isVersioned(candidate) == FlywayIds.isVersioned(migration)) {
                return i;
            }
        }
        return -1;
    }

    private String file(String flywayMessage, MigrationInfo migration) {
        String onDisk = Optional.ofNullable(migration.getPhysicalLocation())
                .filter(location -> !location.isEmpty())
                .or(() -> field(LOCATION_FIELD, flywayMessage, 2))
                .orElse(null);
        if (onDisk != null && !onDisk.isEmpty()) {
            Path path = Path.of(onDisk).toAbsolutePath().normalize();
            if (path.startsWith(session.context().directory())) {
                return session.display(path);
            }
            return onDisk;
        }
        return session.context().location() + "/" + migration.getScript();
    }

    /** The state Flyway's {@code info} gives the failed migration now; empty when it is not recorded at all. */
    private Optional<MigrationState> recordedState(MigrationInfo migration) {
        try {
            return Arrays.stream(session.configure().load().info().all())
                    .filter(info -> info.getInstalledRank() != null)
                    .filter(info -> FlywayIds.of(info).equals(FlywayIds.of(migration)))
                    .reduce((first, second) -> second)
                    .map(MigrationInfo::getState);
        } catch (FlywayException e) {
            return Optional.empty();
        }
    }

    /** A field of Flyway's failure message ({@code "Line       : 4"}); empty when the message has none. */
    private static Optional<String> field(Pattern pattern, String message) {
        return field(pattern, message, 1);
    }

    private static Optional<String> field(Pattern pattern, String message, int group) {
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? Optional.of(matcher.group(group).strip()) : Optional.empty();
    }

    /**
     * The {@code Statement} of Flyway's failure message (Flyway 8 and 9 print it; later versions print "Run Flyway
     * with -X option to see the actual statement causing the problem" instead, and fire the statement event).
     */
    private static Optional<String> statementIn(String message) {
        return field(STATEMENT_FIELD, message)
                .filter(statement -> !statement.startsWith("Run Flyway with"))
                .map(statement -> statement.endsWith(";") ? statement : statement + ";");
    }

    /** {@code "… found at line 2: …"} or {@code "… at line 1 col 1 …"} → the line; 0 when the message has none. */
    private static int lineIn(String message) {
        Matcher matcher = LINE.matcher(String.valueOf(message));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String rootFlywayMessage(FlywayException e) {
        Throwable deepest = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof FlywayException) {
                deepest = t;
            }
        }
        return String.valueOf(deepest.getMessage());
    }
}
