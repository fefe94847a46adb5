package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.pattern.ValidatePattern;

/**
 * One {@code flyway migrate} on the test's database, with Rehearsal's {@link FlywayRecorder} among the callbacks and
 * a {@link LockWatchdog} against the transactional-lock hang; Flyway's outcome is turned into Rehearsal's: a failed
 * migration into a {@link dev.rehearsal.MigrationFailedException} ({@link FlywayFailure}), a refusal to start
 * (validation, non-empty schema without history, a failed migration in the history) into a {@link
 * MigrationRefusedException} carrying Flyway's error code and message plus an explanation.
 *
 * <p>Internal, not API.
 */
final class FlywayRun {
    private static final System.Logger LOG = System.getLogger(FlywayRun.class.getName());

    private static final String NON_EMPTY = "NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE";

    private final FlywaySession session;

    FlywayRun(FlywaySession session) {
        this.session = session;
    }

    /** Migrates to {@code target} (a version) or to the latest version. */
    void migrate(Optional<String> target) {
        FlywayRecorder recorder = new FlywayRecorder();
        FluentConfiguration configuration = session.configure(recorder);
        target.ifPresent(configuration::target);
        Flyway flyway = configuration.load();
        List<MigrationInfo> pending;
        try {
            pending = Arrays.asList(flyway.info().pending());
        } catch (FlywayException e) {
            throw refusal(e);
        }
        LockWatchdog watchdog = LockWatchdog.start(session.context(), session.applicationName());
        try {
            flyway.migrate();
            logTimings(recorder);
        } catch (FlywayException e) {
            watchdog.stop();
            Optional<MigrationInfo> failed = failingMigration(e, recorder, pending);
            if (failed.isPresent()) {
                throw new FlywayFailure(session, recorder, pending, watchdog.cancelledStatement()).of(e, failed.get());
            }
            throw refusal(e);
        } finally {
            watchdog.stop();
        }
    }

    /**
     * The migration {@code e} is about: the one that failed ({@code AFTER_EACH_MIGRATE_ERROR}) or started and did not
     * finish, as Rehearsal's callback saw it (Flyway's own exception that names it is internal API); or, for Flyway's
     * generic errors (a script that cannot be parsed, mixed statements
     * without {@code mixed}: they fail before the migration's callbacks fire), the next pending one. Empty for a
     * refusal to start: validation, a non-empty schema without history, a failed migration in the history,
     * configuration or connection errors.
     */
    private static Optional<MigrationInfo> failingMigration(
            FlywayException e, FlywayRecorder recorder, List<MigrationInfo> pending) {
        Optional<MigrationInfo> unfinished = recorder.unfinished();
        if (unfinished.isPresent()) {
            return unfinished;
        }
        boolean generic = isCode(e, "ERROR") || isCode(e, "FAULT");
        if (e instanceof FlywayValidateException
                || !generic
                || isNonEmptySchemaWithoutHistory(e)
                || String.valueOf(e.getMessage()).contains("contains a failed")) {
            return Optional.empty();
        }
        int next = recorder.applied().size();
        return next < pending.size() ? Optional.of(pending.get(next)) : Optional.empty();
    }

    /** Each migration's wall-clock time as Rehearsal's callback measured it ({@code INFO}, one line per run). */
    private void logTimings(FlywayRecorder recorder) {
        List<FlywayRecorder.Applied> applied = recorder.applied();
        if (applied.isEmpty()) {
            return;
        }
        LOG.log(
                System.Logger.Level.INFO,
                () -> "Flyway applied " + applied.size() + " migration(s) of "
                        + session.context().location() + ": "
                        + applied.stream()
                                .map(a -> a.id() + " (" + a.took().toMillis() + " ms)")
                                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** Flyway's refusal as Rehearsal's, explained. */
    MigrationRefusedException refusal(FlywayException e) {
        if (isCode(e, "CONFIGURATION")) {
            throw new MigrationSetupException("Flyway refused its configuration: " + e.getMessage(), e);
        }
        String code = String.valueOf(e.getErrorCode());
        String explanation;
        if (e instanceof FlywayValidateException) {
            List<ValidateOutput> findings = validate();
            if (!findings.isEmpty()) {
                code = String.valueOf(findings.get(0).errorDetails.errorCode);
            }
            explanation = FlywayExplanations.validation(findings, session);
        } else if (isNonEmptySchemaWithoutHistory(e)) {
            explanation = FlywayExplanations.nonEmptySchema(session);
            if (!code.equals(NON_EMPTY)) {
                explanation += " (Flyway " + FlywayVersion.describeCore() + " gives this refusal the generic code "
                        + code + "; Rehearsal reports it as " + NON_EMPTY + ", its code from Flyway 9 on.)";
                code = NON_EMPTY;
            }
        } else if (e.getMessage() != null && e.getMessage().contains("contains a failed")) {
            explanation = FlywayExplanations.failedInHistory(session);
        } else {
            explanation = "A real `flyway migrate` would stop with the same error" + session.fromFixture() + ".";
        }
        MigrationRefusedException refusal = new MigrationRefusedException(
                MigrationTool.FLYWAY,
                code,
                "Flyway refused to migrate (" + code + "):\n" + e.getMessage().strip() + "\n\n" + explanation);
        refusal.initCause(e);
        return refusal;
    }

    /** Flyway 9+ says so with an error code; Flyway 8 only in its message ("… but no schema history table"). */
    private static boolean isNonEmptySchemaWithoutHistory(FlywayException e) {
        return isCode(e, NON_EMPTY) || String.valueOf(e.getMessage()).contains("but no schema history table");
    }

    /**
     * Whether Flyway's error code is {@code name}. Compared by name: the code is an enum in Flyway 8 and 9 ({@code
     * ErrorCode}) and an interface implemented by {@code CoreErrorCode} from Flyway 10 on, and some codes do not exist
     * in every version.
     */
    static boolean isCode(FlywayException e, String name) {
        return name.equals(String.valueOf(e.getErrorCode()));
    }

    /**
     * The findings of {@code flyway validate} run the way {@code migrate} runs it (the configured ignore patterns
     * plus {@code *:pending}).
     */
    List<ValidateOutput> validate() {
        FluentConfiguration configuration = session.configure();
        ValidatePattern[] configured = configuration.getIgnoreMigrationPatterns();
        ValidatePattern[] patterns = Arrays.copyOf(configured, configured.length + 1);
        patterns[configured.length] = ValidatePattern.fromPattern("*:pending");
        return configuration.ignoreMigrationPatterns(patterns).load().validateWithResult().invalidMigrations;
    }
}
