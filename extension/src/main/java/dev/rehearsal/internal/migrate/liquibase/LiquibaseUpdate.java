package dev.rehearsal.internal.migrate.liquibase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.command.CommandArgumentDefinition;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.database.Database;
import liquibase.resource.ResourceAccessor;

/**
 * One {@code liquibase update} (or {@code update-count}), through Liquibase's command framework when the version on
 * the classpath has the native update command (4.21 and newer: its {@code database} and {@code changeExecListener}
 * arguments), else through {@link Liquibase#update(Contexts, LabelExpression)}, which writes the same history (the
 * route Spring Boot's {@code SpringLiquibase} takes on those versions).
 *
 * <p>Arguments are passed by the names Liquibase's commands define ({@code database}, {@code changelogFile}, …): they
 * are the same from 4.21 to 4.33, while the classes that declare them moved ({@code DbUrlConnectionArgumentsCommandStep}
 * is new in 4.27, {@code ShowSummaryArgument} in 4.21). An argument a version lacks is detected, not assumed.
 */
final class LiquibaseUpdate {
    private static final String DATABASE = "database";
    private static final String CHANGELOG_FILE = "changelogFile";
    private static final String PARAMETERS = "changelogParameters";
    private static final String CONTEXTS = "contextFilter";
    private static final String CONTEXTS_ALIAS = "contexts";
    private static final String LABELS = "labelFilter";
    private static final String COUNT = "count";
    private static final String LISTENER = "changeExecListener";
    private static final String SHOW_SUMMARY = "showSummary";

    private final String changelog;
    private final LiquibaseSettings settings;
    private final LiquibaseVersion version;

    LiquibaseUpdate(String changelog, LiquibaseSettings settings, LiquibaseVersion version) {
        this.changelog = changelog;
        this.settings = settings;
        this.version = version;
    }

    /**
     * What this Liquibase version lacks for Rehearsal's preferred route, and what Rehearsal does instead; empty when
     * it has everything.
     */
    Optional<String> missing(boolean counted) throws Exception {
        List<String> absent = absent(new CommandScope(commandName(counted)), counted);
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Liquibase " + version + "'s " + (counted ? "update-count" : "update") + " command has no "
                + String.join(", ", absent) + " argument" + (absent.size() > 1 ? "s" : "")
                + " (before 4.21 it wraps Liquibase's command line and takes a URL): Rehearsal runs"
                + " liquibase.Liquibase#update instead, as Spring Boot's SpringLiquibase does on such versions; it"
                + " writes the same DATABASECHANGELOG rows and reports the failing changeset the same way.");
    }

    /**
     * Runs the update on {@code database}; a failure is thrown as Liquibase threw it.
     *
     * @param count the number of changesets for {@code update-count}, empty for {@code update}
     */
    void run(
            Database database,
            ResourceAccessor accessor,
            ChangeLogParameters parameters,
            Optional<Integer> count,
            ChangeExecListener listener)
            throws Exception {
        CommandScope command = new CommandScope(commandName(count.isPresent()));
        if (!absent(command, count.isPresent()).isEmpty()) {
            runThroughFacade(database, accessor, count, listener);
            return;
        }
        Map<String, CommandArgumentDefinition<?>> arguments =
                command.getCommand().getArguments();
        command.addArgumentValue(DATABASE, database);
        command.addArgumentValue(CHANGELOG_FILE, changelog);
        command.addArgumentValue(PARAMETERS, parameters);
        settings.contexts().ifPresent(c -> command.addArgumentValue(contextsName(arguments), c));
        settings.labels().ifPresent(l -> command.addArgumentValue(LABELS, l));
        count.ifPresent(n -> command.addArgumentValue(COUNT, n));
        command.addArgumentValue(LISTENER, listener);
        if (arguments.containsKey(SHOW_SUMMARY)) {
            command.addArgumentValue(SHOW_SUMMARY, UpdateSummaryEnum.OFF);
        }
        command.execute();
    }

    /** Liquibase 4.20 and older: the update commands wrap the command line (URL arguments only). */
    @SuppressWarnings("deprecation") // setChangeExecListener: deprecated once the command framework took over
    private void runThroughFacade(
            Database database, ResourceAccessor accessor, Optional<Integer> count, ChangeExecListener listener)
            throws Exception {
        Liquibase liquibase = new Liquibase(changelog, accessor, database);
        settings.parameters().forEach(liquibase.getChangeLogParameters()::set);
        liquibase.setChangeExecListener(listener);
        Contexts contexts = new Contexts(settings.contexts().orElse(null));
        LabelExpression labels = new LabelExpression(settings.labels().orElse(null));
        if (count.isPresent()) {
            liquibase.update(count.get(), contexts, labels);
        } else {
            liquibase.update(contexts, labels);
        }
    }

    /** The arguments Rehearsal needs that {@code command} does not define. */
    private static List<String> absent(CommandScope command, boolean counted) {
        Map<String, CommandArgumentDefinition<?>> arguments =
                command.getCommand().getArguments();
        List<String> absent = new ArrayList<>();
        for (String name : List.of(DATABASE, CHANGELOG_FILE, PARAMETERS, LABELS, LISTENER)) {
            if (!arguments.containsKey(name)) {
                absent.add(name);
            }
        }
        if (!arguments.containsKey(CONTEXTS) && !arguments.containsKey(CONTEXTS_ALIAS)) {
            absent.add(CONTEXTS);
        }
        if (counted && !arguments.containsKey(COUNT)) {
            absent.add(COUNT);
        }
        return absent;
    }

    private static String contextsName(Map<String, CommandArgumentDefinition<?>> arguments) {
        return arguments.containsKey(CONTEXTS) ? CONTEXTS : CONTEXTS_ALIAS;
    }

    private static String[] commandName(boolean counted) {
        return counted ? UpdateCountCommandStep.COMMAND_NAME : UpdateCommandStep.COMMAND_NAME;
    }
}
