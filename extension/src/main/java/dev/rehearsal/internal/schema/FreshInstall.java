package dev.rehearsal.internal.schema;

import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.internal.Fingerprint;
import dev.rehearsal.internal.migrate.MigrationRequest;
import dev.rehearsal.internal.restore.Fixture;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.RestoreOptions;
import dev.rehearsal.internal.template.MigratedTemplate;
import dev.rehearsal.internal.template.RestoredTemplate;
import dev.rehearsal.internal.template.TemplateCache;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The schema a fresh install of the application gets: an empty database (the bundled {@value #LOCATION}, restored
 * like any fixture, so it is a cached template like any other) migrated with the same files, tool, target and
 * settings on the same server, read through a shared read-only copy.
 */
public final class FreshInstall {
    /** The empty fixture, a classpath resource of Rehearsal itself. */
    public static final String LOCATION = "dev/rehearsal/internal/schema/fresh-install.sql";

    private FreshInstall() {}

    /** The empty fixture, resolved from Rehearsal's own class loader. */
    public static Fixture fixture(Path projectDirectory) {
        return Fixtures.resolve(LOCATION, FreshInstall.class.getClassLoader(), projectDirectory);
    }

    /**
     * The catalog of the empty fixture migrated as {@code upgraded} was.
     *
     * @throws IllegalStateException when the migrations fail on the empty database, with that failure as the cause
     */
    public static SchemaSnapshot schema(
            TemplateCache cache, Fixture empty, RestoreOptions restoreOptions, MigrationRequest request) {
        RestoredTemplate base = cache.restored(empty, restoreOptions);
        MigratedTemplate migrated = cache.migrated(base, request);
        String location = request.location().display();
        if (migrated.failure().isPresent() || migrated.refusal().isPresent()) {
            RuntimeException failure = migrated.failure().isPresent()
                    ? migrated.failure().get()
                    : migrated.refusal().get();
            throw new IllegalStateException(
                    "matchesFreshInstall() needs the schema a fresh install gets, but the migrations in " + location
                            + " failed on an empty database: " + failure.getMessage(),
                    failure);
        }
        String key = new Fingerprint("fresh-install").add(migrated.database()).hex();
        String view =
                cache.beforeMigrationView(new RestoredTemplate(migrated.database(), key, base.slot(), base.fixture()));
        try (Connection connection = cache.server().connect(view)) {
            return CatalogReader.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not read the fresh install's catalog (database " + view + "): " + e.getMessage(), e);
        }
    }
}
