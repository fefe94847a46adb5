package dev.rehearsal.internal.junit;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.internal.cache.CacheSettings;
import dev.rehearsal.internal.config.Settings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit glue behind {@code @RestoredFrom} and {@code @MigratesTo}: before each test it asks the core for a
 * clone of the restored (and migrated) template, injects it as {@link RestoredDatabase}, and after the test drops
 * it, or keeps it and prints its URL when the test failed. {@code @BeforeAll}/{@code @AfterAll} methods get a
 * class-wide clone, dropped when the class ends. Holds no state: everything lives in the JUnit Store.
 *
 * <p>Internal, not API: use the annotations.
 */
public final class RehearsalExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private record TestDatabaseKey(String uniqueId) {}

    private record ClassDatabaseKey(String uniqueId) {}

    /** Settings an integration contributed for a test class or method (found in the nearest Store). */
    private record ContributedSettings(Map<String, String> values) {}

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<RehearsalSetup> setup = RehearsalSetup.of(context);
        if (setup.isEmpty()) {
            return;
        }
        testDatabase(context, setup.get());
    }

    /**
     * The database of the test {@code methodContext} belongs to, prepared now if this extension's {@code beforeEach}
     * has not run yet: an integration whose own callback runs first (Spring's transaction opens in {@code
     * SpringExtension.beforeEach}) gets the same database the test's parameter gets. Internal, not API.
     *
     * @throws ExtensionConfigurationException when no {@code @RestoredFrom} applies to the test
     */
    public static RestoredDatabase testDatabase(ExtensionContext methodContext) {
        RehearsalSetup setup = RehearsalSetup.of(methodContext)
                .orElseThrow(() -> new ExtensionConfigurationException(noSetup(methodContext)));
        return testDatabase(methodContext, setup).database();
    }

    /**
     * The class-wide database of {@code classContext}'s test class (the one {@code @BeforeAll} parameters get),
     * prepared on first use and dropped when the class ends. Internal, not API.
     */
    public static RestoredDatabase classDatabase(ExtensionContext classContext) {
        RehearsalSetup setup = RehearsalSetup.of(classContext)
                .orElseThrow(() -> new ExtensionConfigurationException(noSetup(classContext)));
        return classDatabase(classContext, setup).database();
    }

    /**
     * Contributes settings (full keys, e.g. {@code rehearsal.flyway.table}) for the databases prepared in {@code
     * context} and the contexts below it; they rank between the environment and {@code rehearsal.yml} (see {@link
     * Settings}). Must happen before the first database is prepared there. Internal, not API.
     */
    public static void contributeSettings(ExtensionContext context, Map<String, String> settings) {
        context.getStore(StoreSupport.NAMESPACE)
                .put(ContributedSettings.class, new ContributedSettings(Map.copyOf(settings)));
    }

    private static PreparedDatabase testDatabase(ExtensionContext context, RehearsalSetup setup) {
        return StoreSupport.computeIfAbsent(
                context.getStore(StoreSupport.NAMESPACE),
                new TestDatabaseKey(context.getUniqueId()),
                key -> preparer(context).prepare(setup),
                PreparedDatabase.class);
    }

    private static PreparedDatabase classDatabase(ExtensionContext context, RehearsalSetup setup) {
        return StoreSupport.computeIfAbsent(
                context.getStore(StoreSupport.NAMESPACE),
                new ClassDatabaseKey(context.getUniqueId()),
                key -> preparer(context).prepare(setup),
                PreparedDatabase.class);
    }

    private static DatabasePreparer preparer(ExtensionContext context) {
        RunResources resources = resources(context);
        ContributedSettings contributed =
                context.getStore(StoreSupport.NAMESPACE).get(ContributedSettings.class, ContributedSettings.class);
        return new DatabasePreparer(
                resources,
                contributed == null
                        ? resources.settings()
                        : resources.settings().withContributed(contributed.values()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        PreparedDatabase database = context.getStore(StoreSupport.NAMESPACE)
                .get(new TestDatabaseKey(context.getUniqueId()), PreparedDatabase.class);
        if (database == null) {
            return;
        }
        boolean failed = context.getExecutionException().isPresent();
        CacheSettings.Keep keep = resources(context).cacheSettings().keep();
        if (keep == CacheSettings.Keep.ALWAYS || (failed && keep == CacheSettings.Keep.ON_FAILURE)) {
            String note = database.keep(
                    failed ? "of the failed test" : "of " + context.getDisplayName() + " (rehearsal.keep=always)");
            context.publishReportEntry(
                    "rehearsal.keptDatabase", database.database().jdbcUrl());
            System.err.println(note);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RestoredDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            PreparedDatabase database = context.getStore(StoreSupport.NAMESPACE)
                    .get(new TestDatabaseKey(context.getUniqueId()), PreparedDatabase.class);
            if (database == null) {
                throw new ParameterResolutionException(noSetup(parameter, context));
            }
            return database.database();
        }
        RehearsalSetup setup = RehearsalSetup.of(context)
                .orElseThrow(() -> new ParameterResolutionException(noSetup(parameter, context)));
        return classDatabase(context, setup).database();
    }

    private static String noSetup(ExtensionContext context) {
        return "Rehearsal has no database for ["
                + context.getRequiredTestClass().getName()
                + context.getTestMethod().map(m -> "#" + m.getName()).orElse("") + "]: expected @RestoredFrom on the"
                + " test method, its class or an enclosing class, found none.";
    }

    private static String noSetup(ParameterContext parameter, ExtensionContext context) {
        return "Cannot inject " + RestoredDatabase.class.getSimpleName() + " into "
                + parameter.getDeclaringExecutable() + ": expected @RestoredFrom on the test method, its class or an "
                + "enclosing class of " + context.getRequiredTestClass().getName() + ", found none.";
    }

    private static RunResources resources(ExtensionContext context) {
        return StoreSupport.computeIfAbsent(
                context.getRoot().getStore(StoreSupport.NAMESPACE),
                RunResources.class,
                type -> {
                    JupiterVersion.check();
                    return new RunResources(Settings.withJunitParameters(context::getConfigurationParameter));
                },
                RunResources.class);
    }
}
