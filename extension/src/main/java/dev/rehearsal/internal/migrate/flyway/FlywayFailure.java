package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A failed {@code flyway migrate} as a {@link MigrationFailedException}: the migration (Flyway's exception and the
 * recorder's {@code AFTER_EACH_MIGRATE_ERROR}), its file and the line Flyway reports, the failing statement (from
 * {@code AFTER_EACH_MIGRATE_STATEMENT_ERROR}), the server's SQLSTATE, message, detail and hint, the counts, and what
 * the history records now, read back from Flyway's {@code info} rather than assumed (see {@link
 * FlywayExplanations#afterFailure}).
 *
 * <p>Internal, not API.
 */
final class FlywayFailure {
    private static final Pattern LINE = Pattern.compile("\\bat line (\\d{1,9})\\b");

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
     * The failure of {@code migration}: {@code e} is Flyway's {@link FlywayMigrateException}, or another {@link
     * FlywayException} thrown while it was prepared or run (e.g. a script that cannot be parsed).
     */
    MigrationFailedException of(FlywayException e, MigrationInfo migration) {
        FlywayMigrateException migrate = e instanceof FlywayMigrateException m ? m : null;
        int line = migrate != null ? migrate.getLineNumber() : lineIn(e.getMessage());
        Optional<Boolean> transactional =
                migrate != null ? Optional.of(migrate.isExecutableInTransaction()) : Optional.empty();
        String id = FlywayIds.of(migration);
        int appliedBefore = recorder.applied().size();
        int index = indexOf(migration);
        int position = index >= 0 ? index + 1 : appliedBefore + 1;
        int pendingCount = Math.max(pending.size(), position);
        Optional<SQLException> sql = sqlCause(e);
        Optional<ServerErrorMessage> server = sql.filter(PSQLException.class::isInstance)
                .map(x -> ((PSQLException) x).getServerErrorMessage())
                .filter(Objects::nonNull);
        String sqlState = migrate != null && migrate.getSqlState() != null
                ? migrate.getSqlState()
                : sql.map(SQLException::getSQLState).orElse(null);
        String message = server.map(ServerErrorMessage::getMessage)
                .or(() -> sql.map(SQLException::getMessage))
                .orElseGet(() -> rootFlywayMessage(e));
        Optional<MigrationState> recorded = recordedState(migration);
        String history =
                FlywayExplanations.afterFailure(session, migration, transactional, line, recorded, cancelledStatement);
        Duration took = recorder.failedAfter().orElse(Duration.ZERO);
        return new MigrationFailedException(
                new MigrationFailedException.Details(
                        MigrationTool.FLYWAY,
                        String.valueOf(migrate != null ? migrate.getMigrationErrorCode() : e.getErrorCode()),
                        id,
                        position,
                        pendingCount,
                        file(migrate, migration),
                        line,
                        recorder.failingStatement().or(() -> cancelledStatement).orElse(null),
                        sqlState,
                        message,
                        server.map(ServerErrorMessage::getDetail).orElse(null),
                        server.map(ServerErrorMessage::getHint).orElse(null),
                        session.context().fixture().orElse(null),
                        appliedBefore,
                        pendingCount - appliedBefore,
                        "Flyway ran " + FlywayIds.describe(migration) + " for " + took.toMillis() + " ms. " + history),
                e);
    }

    private int indexOf(MigrationInfo migration) {
        for (int i = 0; i < pending.size(); i++) {
            MigrationInfo candidate = pending.get(i);
            if (FlywayIds.of(candidate).equals(FlywayIds.of(migration))
                    && candidate.isVersioned() == migration.isVersioned()) {
                return i;
            }
        }
        return -1;
    }

    private String file(FlywayMigrateException e, MigrationInfo migration) {
        String onDisk = e != null && e.getAbsolutePathOnDisk() != null
                ? e.getAbsolutePathOnDisk()
                : migration.getPhysicalLocation();
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
