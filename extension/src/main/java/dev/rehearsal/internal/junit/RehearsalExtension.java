package dev.rehearsal.internal.junit;

import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.internal.cache.CacheSettings;
import dev.rehearsal.internal.config.Settings;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
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

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<RehearsalSetup> setup = RehearsalSetup.of(context);
        if (setup.isEmpty()) {
            return;
        }
        PreparedDatabase database = new DatabasePreparer(resources(context)).prepare(setup.get());
        context.getStore(StoreSupport.NAMESPACE).put(new TestDatabaseKey(context.getUniqueId()), database);
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
        return StoreSupport.computeIfAbsent(
                        context.getStore(StoreSupport.NAMESPACE),
                        new ClassDatabaseKey(context.getUniqueId()),
                        key -> new DatabasePreparer(resources(context)).prepare(setup),
                        PreparedDatabase.class)
                .database();
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
