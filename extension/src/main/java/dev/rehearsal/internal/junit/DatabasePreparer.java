package dev.rehearsal.internal.junit;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.MigratesTo;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.internal.cache.DigestCache;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.db.DefaultRestoredDatabase;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationRequest;
import dev.rehearsal.internal.migrate.MigrationSetupException;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.report.ProfiledHistory;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.schema.FreshInstall;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.internal.template.MigratedTemplate;
import dev.rehearsal.internal.template.RestoredTemplate;
import dev.rehearsal.internal.template.TemplateCache;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Turns a {@link RehearsalSetup} into a database for one test: resolves and validates the fixture and the
 * migrations, gets the templates from the cache (restoring and migrating on first use) and clones one. A failed
 * migration is thrown here, before the test body, unless the test allows failures.
 */
final class DatabasePreparer {
    private final RunResources resources;
    private final Settings settings;

    /** @param settings the run's settings with what an integration contributed for this test (e.g. Spring's) */
    DatabasePreparer(RunResources resources, Settings settings) {
        this.resources = resources;
        this.settings = settings;
    }

    PreparedDatabase prepare(RehearsalSetup setup) {
        resources.startInBackground(); // the server starts while the fixture and the migrations are read
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Path projectDirectory = Path.of("").toAbsolutePath();
        Fixture fixture = resources.fixture(
                setup.location(),
                () -> resolveFixture(
                        setup, loader, projectDirectory, resources.digests(), Fixtures.allowedDirectories(settings)));
        MigrationsLocation location = setup.migratesTo()
                .map(m -> resolveMigrations(setup, m, loader, projectDirectory))
                .orElse(null);
        TemplateCache cache = resources.cache();
        RestoredTemplate restored = cache.restored(fixture, restoreOptions(setup.restoredFrom()));
        if (setup.migratesTo().isEmpty()) {
            String clone = cache.cloneFor(restored.database());
            Supplier<MigrationHistory> history =
                    new Memo<>(() -> defaultHistory(setup, cache, clone, restored, loader, projectDirectory, settings));
            // a runbook test drives the default location's migrations (tool detected) to the latest
            Supplier<SchemaSnapshot> fresh = new Memo<>(() -> {
                MigrationsLocation defaults;
                try {
                    defaults = MigrationsLocation.resolve(MigratesTo.DEFAULT_MIGRATIONS, projectDirectory, loader);
                } catch (MigrationSetupException e) {
                    throw new IllegalStateException(
                            "matchesFreshInstall() migrates an empty database with the"
                                    + " test's migrations; [" + setup.where() + "] has no @MigratesTo and the default"
                                    + " location " + MigratesTo.DEFAULT_MIGRATIONS + " cannot be used: "
                                    + e.getMessage()
                                    + " Annotate the test with @MigratesTo(migrations = \"…\").",
                            e);
                }
                return FreshInstall.schema(
                        cache,
                        resources.fixture(FreshInstall.LOCATION, () -> FreshInstall.fixture(projectDirectory)),
                        RestoreOptions.defaults(),
                        cache.request(defaults, MigrationTool.AUTO, MigratesTo.LATEST, MigrationOptions.of(settings)));
            });
            // the release: the backup's history as restored (a shared read-only copy), not the clone the test drives
            Supplier<Optional<String>> release = () -> Releases.newestApplied(() -> defaultHistory(
                    setup, cache, cache.beforeMigrationView(restored), restored, loader, projectDirectory, settings));
            return new PreparedDatabase(
                    cache,
                    DefaultRestoredDatabase.lazy(cache.server(), clone, restored.fixture(), history, null)
                            .withFreshInstall(fresh)
                            .withRelease(release));
        }
        MigratesTo migratesTo = setup.migratesTo().get();
        // the one value the template key, the run, each copy's history, the pre-flight and the fresh install all use
        MigrationRequest request;
        try {
            request = cache.request(
                    location, migratesTo.tool(), migratesTo.value(), MigrationOptions.of(migratesTo, settings));
        } catch (MigrationSetupException e) {
            throw new ExtensionConfigurationException("@MigratesTo on [" + setup.where() + "]: " + e.getMessage(), e);
        }
        if (request.appliesNothing()) {
            return unmigrated(setup, request.withTarget(MigratesTo.LATEST), restored, projectDirectory);
        }
        MigratedTemplate migrated;
        try {
            migrated = cache.migrated(restored, request);
        } catch (MigrationSetupException e) {
            throw new ExtensionConfigurationException("@MigratesTo on [" + setup.where() + "]: " + e.getMessage(), e);
        }
        if (!migratesTo.allowFailure()) {
            if (migrated.failure().isPresent()) {
                throw migrated.failure().get();
            }
            if (migrated.refusal().isPresent()) {
                throw migrated.refusal().get();
            }
        }
        String clone = cache.cloneFor(migrated.database());
        ToolMigrations history = ProfiledHistory.of(
                cache.open(request, clone, restored.fixture(), migrated.failure(), Optional.of(request.target())),
                migrated.profiles());
        // the backup as restored, read-only, with its own history against the code's migrations (nothing applied):
        // what `dbmate status`, `flyway info` or `liquibase status` would say before the upgrade
        Supplier<RestoredDatabase> before = new Memo<>(() -> {
            String view = cache.beforeMigrationView(restored);
            Supplier<MigrationHistory> beforeHistory =
                    new Memo<>(() -> cache.open(request, view, restored.fixture(), Optional.empty()));
            return DefaultRestoredDatabase.lazy(cache.server(), view, restored.fixture(), beforeHistory, null);
        });
        Supplier<SchemaSnapshot> fresh = new Memo<>(() -> FreshInstall.schema(
                cache,
                resources.fixture(FreshInstall.LOCATION, () -> FreshInstall.fixture(projectDirectory)),
                RestoreOptions.defaults(),
                request));
        return new PreparedDatabase(
                cache,
                DefaultRestoredDatabase.lazy(cache.server(), clone, restored.fixture(), () -> history, before)
                        .withFreshInstall(fresh)
                        .withPreflight(new Memo<>(() -> cache.preflight(restored, request)))
                        .withRelease(
                                () -> Releases.newestApplied(() -> before.get().migrations())));
    }

    /**
     * {@code @MigratesTo(value = NONE)}: the restored database with the history of the named migrations, opened (and so
     * checked) before the test runs, and nothing applied; {@code latest} is what its fresh install and pre-flight apply.
     */
    private PreparedDatabase unmigrated(
            RehearsalSetup setup, MigrationRequest latest, RestoredTemplate restored, Path projectDirectory) {
        TemplateCache cache = resources.cache();
        String clone = cache.cloneFor(restored.database());
        ToolMigrations history;
        try {
            history = cache.open(latest, clone, restored.fixture(), Optional.empty());
        } catch (RuntimeException e) {
            try {
                cache.drop(clone);
            } catch (RuntimeException dropFailure) {
                e.addSuppressed(dropFailure);
            }
            if (e instanceof MigrationSetupException) {
                throw new ExtensionConfigurationException(
                        "@MigratesTo on [" + setup.where() + "]: " + e.getMessage(), e);
            }
            throw e;
        }
        Supplier<SchemaSnapshot> fresh = new Memo<>(() -> FreshInstall.schema(
                cache,
                resources.fixture(FreshInstall.LOCATION, () -> FreshInstall.fixture(projectDirectory)),
                RestoreOptions.defaults(),
                latest));
        return new PreparedDatabase(
                cache,
                DefaultRestoredDatabase.lazy(cache.server(), clone, restored.fixture(), () -> history, null)
                        .withFreshInstall(fresh)
                        .withPreflight(new Memo<>(() -> cache.preflight(restored, latest))));
    }

    /**
     * Without {@code @MigratesTo} a test drives the migrations itself (a runbook): its history is read from
     * {@code @MigratesTo}'s default location with the tool detected from the layout.
     */
    private static MigrationHistory defaultHistory(
            RehearsalSetup setup,
            TemplateCache cache,
            String database,
            RestoredTemplate restored,
            ClassLoader loader,
            Path projectDirectory,
            Settings settings) {
        String location = MigratesTo.DEFAULT_MIGRATIONS;
        try {
            MigrationsLocation resolved = MigrationsLocation.resolve(location, projectDirectory, loader);
            MigrationOptions options = MigrationOptions.of(settings);
            return cache.open(MigrationTool.AUTO, resolved, database, restored.fixture(), Optional.empty(), options);
        } catch (MigrationSetupException e) {
            throw new IllegalStateException(
                    "[" + setup.where() + "] has no @MigratesTo, so its migration history is read from the default "
                            + "location " + location + ", which failed: " + e.getMessage() + " Annotate the test with "
                            + "@MigratesTo(migrations = \"…\") to name the migrations.",
                    e);
        }
    }

    private static RestoreOptions restoreOptions(RestoredFrom restoredFrom) {
        String database = restoredFrom.database();
        return new RestoreOptions(restoredFrom.roles(), database.isEmpty() ? Optional.empty() : Optional.of(database));
    }

    private static Fixture resolveFixture(
            RehearsalSetup setup,
            ClassLoader loader,
            Path projectDirectory,
            DigestCache digests,
            java.util.List<Path> allowedDirectories) {
        String location = setup.location();
        if (location.isBlank()) {
            throw new ExtensionConfigurationException("@RestoredFrom on [" + setup.where()
                    + "] names no backup: expected a classpath resource or project-relative path such as "
                    + "\"backups/prod.sql.gz\".");
        }
        try {
            return Fixtures.resolve(location, loader, projectDirectory, digests, allowedDirectories);
        } catch (FixtureRestoreException e) {
            throw new ExtensionConfigurationException("@RestoredFrom on [" + setup.where() + "]: " + e.getMessage(), e);
        }
    }

    private static MigrationsLocation resolveMigrations(
            RehearsalSetup setup, MigratesTo migratesTo, ClassLoader loader, Path projectDirectory) {
        try {
            return MigrationsLocation.resolve(migratesTo.migrations(), projectDirectory, loader);
        } catch (MigrationSetupException e) {
            throw new ExtensionConfigurationException("@MigratesTo on [" + setup.where() + "]: " + e.getMessage(), e);
        }
    }

    /** Computes a value once, on first use, thread-safely. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> computation;
        private T value;

        Memo(Supplier<T> computation) {
            this.computation = computation;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = computation.get();
            }
            return value;
        }
    }
}
