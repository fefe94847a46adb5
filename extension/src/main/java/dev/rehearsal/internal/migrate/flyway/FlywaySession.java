package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.internal.spi.MigrationContext;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * What every Flyway command of one {@link FlywayMigrations} shares: the context, the mirrored configuration, the
 * scripts, and the data source with its {@code application_name}.
 *
 * <p>Internal, not API.
 */
final class FlywaySession {
    private final MigrationContext context;
    private final FlywayConfig config;
    private final FlywayScripts scripts;
    private final String applicationName;

    FlywaySession(MigrationContext context, FlywayConfig config, FlywayScripts scripts) {
        this.context = context;
        this.config = config;
        this.scripts = scripts;
        this.applicationName = "rehearsal-flyway-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    MigrationContext context() {
        return context;
    }

    FlywayConfig config() {
        return config;
    }

    FlywayScripts scripts() {
        return scripts;
    }

    String applicationName() {
        return applicationName;
    }

    /** The configuration of a command on the test's database, with {@code callbacks} added. */
    FluentConfiguration configure(Callback... callbacks) {
        return config.configure(new ContextDataSource(context, applicationName), callbacks);
    }

    /** {@code "flyway_schema_history"} or the configured table, schema-qualified when a schema is configured. */
    String historyTable() {
        FluentConfiguration configuration = config.configure(null);
        String schema = configuration.getDefaultSchema() != null
                ? configuration.getDefaultSchema()
                : configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
        return (schema == null ? "" : schema + ".") + configuration.getTable();
    }

    /** A script's path for messages: the location as the user wrote it, then the path below it. */
    String display(Path file) {
        Path relative = context.directory().relativize(file.toAbsolutePath().normalize());
        return context.location() + "/" + relative.toString().replace('\\', '/');
    }

    /** {@code " (restored from <fixture>)"} or {@code ""}. */
    String fromFixture() {
        return context.fixture()
                .map(fixture -> " on the database restored from " + fixture.describe())
                .orElse("");
    }
}
