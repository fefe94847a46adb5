package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.migrate.MigrationListener;
import dev.rehearsal.internal.migrate.MigrationStatuses;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.ValidationFailedException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import liquibase.util.LiquibaseUtil;

/**
 * The only class (with {@link LiquibaseUpdate}, which it drives) that touches Liquibase's API ({@code
 * org.liquibase:liquibase-core}, an optional dependency): the rest of the package uses plain values, so nothing loads
 * a Liquibase class before {@link LiquibaseSupport} has checked that Liquibase is on the classpath. Only API that
 * Liquibase {@value LiquibaseVersion#OLDEST} to {@value LiquibaseVersion#NEWEST_TESTED} all have is linked; what
 * differs between them is detected at run time (see {@link LiquibaseUpdate}).
 *
 * <p>Every call runs in a Liquibase {@link Scope} with the migrations location as resource accessor, Liquibase's
 * console output sent to its logger, and analytics off.
 */
final class LiquibaseBridge {
    private static final java.util.concurrent.atomic.AtomicLong LAST_DEPLOYMENT =
            new java.util.concurrent.atomic.AtomicLong();
    private final Path directory;
    private final String changelog;
    private final LiquibaseSettings settings;

    LiquibaseBridge(Path directory, String changelog, LiquibaseSettings settings) {
        this.directory = directory;
        this.changelog = changelog;
        this.settings = settings;
    }

    /** The version of the Liquibase on the classpath, as it reports itself. */
    static LiquibaseVersion version() {
        return LiquibaseVersion.parse(LiquibaseUtil.getBuildVersion());
    }

    /**
     * What the Liquibase on the classpath lacks for Rehearsal's preferred route, and what Rehearsal does instead
     * (empty on 4.21 and newer).
     */
    List<String> limitations(LiquibaseVersion version) throws Exception {
        return inScope(() -> {
            LiquibaseUpdate update = new LiquibaseUpdate(changelog, settings, version);
            List<String> notes = new ArrayList<>();
            update.missing(false).ifPresent(notes::add);
            update.missing(true).filter(note -> notes.isEmpty()).ifPresent(notes::add);
            return notes;
        });
    }

    /** The changelog's changesets in Liquibase's order (include order), parsed without a database. */
    List<ChangeSetRef> changeSets() throws Exception {
        return inScope(() -> {
            List<ChangeSetRef> refs = new ArrayList<>();
            for (ChangeSet changeSet : parse(null).getChangeSets()) {
                refs.add(ref(changeSet));
            }
            return refs;
        });
    }

    /**
     * The status of every changeset and of every {@code DATABASECHANGELOG} row the changelog does not have.
     *
     * @param historyExists whether {@code DATABASECHANGELOG} exists (when it does not, nothing is created)
     */
    List<MigrationStatus> status(Connection connection, boolean historyExists) throws Exception {
        return inScope(() -> {
            Database database = database(connection);
            DatabaseChangeLog log = parse(database);
            List<RanChangeSet> ran = historyExists ? history(database).getRanChangeSets() : List.of();
            List<MigrationStatus> result = new ArrayList<>();
            List<RanChangeSet> matched = new ArrayList<>();
            for (ChangeSet changeSet : log.getChangeSets()) {
                Optional<RanChangeSet> row =
                        ran.stream().filter(r -> r.isSameAs(changeSet)).findFirst();
                row.ifPresent(matched::add);
                result.add(status(changeSet, row, database));
            }
            for (RanChangeSet row : ran) {
                if (!matched.contains(row)) {
                    result.add(MigrationStatuses.at(
                            row.getChangeLog() + "::" + row.getId() + "::" + row.getAuthor(),
                            MigrationState.UNKNOWN_TO_CODE,
                            Optional.ofNullable(row.getDateExecuted()).map(java.util.Date::toInstant),
                            Optional.empty(),
                            row.getDescription() == null ? "" : row.getDescription(),
                            row.getExecType() == null ? "" : row.getExecType().name()));
                }
            }
            return result;
        });
    }

    /**
     * Runs {@code liquibase update} (or {@code update-count} with {@code count}) on {@code connection}.
     *
     * @return the outcome: empty on success, else the failing changeset (if Liquibase reported one) and the failure
     */
    UpdateOutcome update(Connection connection, Optional<Integer> count) throws Exception {
        // Scope.Attr.deploymentId (4.2x+); older versions make their own id per history service, and ignore this.
        Map<String, Object> run = Map.of("deploymentId", deploymentId());
        return inScope(() -> Scope.child(run, () -> doUpdate(connection, count)));
    }

    /**
     * A deployment id as Liquibase's root scope makes one (the last 10 digits of the time in milliseconds), new for
     * every update: a real Liquibase run is one process, so each run gets its own {@code DEPLOYMENT_ID}.
     */
    private static String deploymentId() {
        long now = LAST_DEPLOYMENT.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
        String digits = String.valueOf(now);
        return digits.length() > 9 ? digits.substring(digits.length() - 10) : String.format("%010d", now);
    }

    private UpdateOutcome doUpdate(Connection connection, Optional<Integer> count) throws Exception {
        {
            Database database = database(connection);
            AtomicReference<ChangeSetRef> failed = new AtomicReference<>();
            AtomicReference<Exception> failure = new AtomicReference<>();
            List<ChangeSetRef> ran = new ArrayList<>();
            AbstractChangeExecListener listener = new AbstractChangeExecListener() {
                @Override
                public void willRun(
                        ChangeSet changeSet,
                        DatabaseChangeLog databaseChangeLog,
                        Database db,
                        ChangeSet.RunStatus runStatus) {
                    MigrationListener.current().starting(ref(changeSet).id());
                }

                @Override
                public void ran(
                        ChangeSet changeSet,
                        DatabaseChangeLog databaseChangeLog,
                        Database db,
                        ChangeSet.ExecType execType) {
                    ran.add(ref(changeSet));
                    MigrationListener.current().finished(ref(changeSet).id());
                }

                @Override
                public void runFailed(
                        ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database db, Exception exception) {
                    failed.set(ref(changeSet));
                    failure.set(exception);
                    MigrationListener.current().finished(ref(changeSet).id());
                }
            };
            try {
                new LiquibaseUpdate(changelog, settings, version())
                        .run(
                                database,
                                Scope.getCurrentScope().getResourceAccessor(),
                                parameters(database),
                                count,
                                listener);
                return new UpdateOutcome(ran, Optional.empty(), Optional.empty(), false);
            } catch (Exception e) {
                boolean validation = causes(e).stream().anyMatch(ValidationFailedException.class::isInstance);
                Exception cause = failure.get() != null ? failure.get() : e;
                return new UpdateOutcome(ran, Optional.ofNullable(failed.get()), Optional.of(cause), validation);
            }
        }
    }

    /** The ids of the changesets an update would run, in order (filters and run status as Liquibase applies them). */
    List<String> pending(Connection connection, boolean historyExists) throws Exception {
        List<String> ids = new ArrayList<>();
        for (MigrationStatus status : status(connection, historyExists)) {
            if (status.state() == MigrationState.PENDING) {
                ids.add(status.id());
            }
        }
        return ids;
    }

    private MigrationStatus status(ChangeSet changeSet, Optional<RanChangeSet> row, Database database)
            throws Exception {
        ChangeSetRef ref = ref(changeSet);
        Optional<java.time.Instant> executed =
                row.map(RanChangeSet::getDateExecuted).map(java.util.Date::toInstant);
        String execType = row.map(RanChangeSet::getExecType).map(Enum::name).orElse("");
        boolean filteredOut =
                !new ContextChangeSetFilter(new Contexts(settings.contexts().orElse(null)))
                                .accepts(changeSet)
                                .isAccepted()
                        || !new LabelChangeSetFilter(
                                        new LabelExpression(settings.labels().orElse(null)))
                                .accepts(changeSet)
                                .isAccepted()
                        || !new DbmsChangeSetFilter(database).accepts(changeSet).isAccepted();
        MigrationState state;
        String word;
        if (row.isEmpty()) {
            state = filteredOut ? MigrationState.IGNORED : MigrationState.PENDING;
            word = filteredOut ? "filtered out (contexts, labels or dbms)" : "NOT_RAN";
        } else {
            ChangeSet.RunStatus run = history(database).getRunStatus(changeSet);
            word = execType.isEmpty() ? run.name() : execType;
            state = switch (run) {
                case INVALID_MD5SUM -> MigrationState.EDITED;
                case RUN_AGAIN -> filteredOut ? MigrationState.APPLIED : MigrationState.PENDING;
                case NOT_RAN -> filteredOut ? MigrationState.IGNORED : MigrationState.PENDING;
                default -> "FAILED".equals(execType) ? MigrationState.FAILED : MigrationState.APPLIED;
            };
            if (run == ChangeSet.RunStatus.RUN_AGAIN) {
                word = execType + " (runs again: " + (changeSet.shouldAlwaysRun() ? "runAlways" : "runOnChange") + ")";
            }
        }
        return MigrationStatuses.at(ref.id(), state, executed, Optional.empty(), ref.description(), word);
    }

    private DatabaseChangeLog parse(Database database) throws Exception {
        ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
        return ChangeLogParserFactory.getInstance()
                .getParser(changelog, accessor)
                .parse(changelog, parameters(database), accessor);
    }

    private ChangeLogParameters parameters(Database database) {
        ChangeLogParameters parameters =
                database == null ? new ChangeLogParameters() : new ChangeLogParameters(database);
        settings.parameters().forEach(parameters::set);
        return parameters;
    }

    @SuppressWarnings("deprecation") // getInstance(): a Scope singleton only from 4.2x on, deprecated there
    private static ChangeLogHistoryService history(Database database) {
        return ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database);
    }

    /**
     * Liquibase's view of {@code connection} as a new Liquibase process has it. Liquibase keeps one history service
     * per database for the life of the JVM, with the rows it read and (before the deployment id moved to the scope
     * in 4.3x) its {@code DEPLOYMENT_ID}: both are reset, so that every update is a run of its own, as in
     * production, and reads the history the database has now.
     */
    @SuppressWarnings("deprecation") // resetDeploymentId(): a no-op from 4.3x on, where the scope holds the id
    private static Database database(Connection connection) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        ChangeLogHistoryService history = history(database);
        history.reset();
        history.resetDeploymentId();
        return database;
    }

    private static ChangeSetRef ref(ChangeSet changeSet) {
        return new ChangeSetRef(
                changeSet.toString(false),
                changeSet.getId(),
                changeSet.getAuthor(),
                changeSet.getFilePath(),
                changeSet.getDescription() == null ? "" : changeSet.getDescription());
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private <T> T inScope(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
        DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(directory);
        try {
            Map<String, Object> values = new HashMap<>();
            values.put(Scope.Attr.resourceAccessor.name(), accessor);
            values.put(Scope.Attr.ui.name(), new LoggerUIService());
            values.put("liquibase.analytics.enabled", Boolean.FALSE);
            return Scope.child(values, work);
        } finally {
            accessor.close();
        }
    }
}
