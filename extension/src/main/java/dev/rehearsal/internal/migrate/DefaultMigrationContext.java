package dev.rehearsal.internal.migrate;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.internal.spi.MigrationContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link MigrationContext} of one database on a server. A context made for reading the migration files only
 * ({@link #filesOnly}) refuses to connect.
 *
 * <p>{@code preparedTarget} is the {@code @MigratesTo} target the database was migrated to before it was handed out
 * (its template's run), if any: tools without a history table ({@link dev.rehearsal.MigrationTool#PLAIN_SQL}) use it
 * to tell what has run.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 */
public record DefaultMigrationContext(
        MigrationsLocation migrations,
        Optional<Target> target,
        Optional<FixtureInfo> fixture,
        Optional<MigrationFailedException> initialFailure,
        MigrationOptions options,
        Optional<String> preparedTarget)
        implements MigrationContext {

    /**
     * Where the database is.
     *
     * @param connections opens a new connection to it
     */
    public record Target(
            String host,
            int port,
            String database,
            String username,
            String password,
            String jdbcUrl,
            ConnectionSource connections) {

        public Target {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(connections, "connections");
        }
    }

    public DefaultMigrationContext {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fixture, "fixture");
        Objects.requireNonNull(initialFailure, "initialFailure");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(preparedTarget, "preparedTarget");
    }

    /** A context of a database that was not migrated before it was handed out. */
    public DefaultMigrationContext(
            MigrationsLocation migrations,
            Optional<Target> target,
            Optional<FixtureInfo> fixture,
            Optional<MigrationFailedException> initialFailure,
            MigrationOptions options) {
        this(migrations, target, fixture, initialFailure, options, Optional.empty());
    }

    /**
     * A context of the database {@code connections} reaches, with the settings of the system, for code that has a connection and no server (tests, plain Java).
     */
    public static DefaultMigrationContext of(
            MigrationsLocation migrations,
            ConnectionSource connections,
            Optional<FixtureInfo> fixture,
            Optional<MigrationFailedException> initialFailure) {
        Target target = new Target("localhost", 0, "", "", "", "", connections);
        return new DefaultMigrationContext(
                migrations, Optional.of(target), fixture, initialFailure, MigrationOptions.defaults());
    }

    /** A context for reading the migration files (ids, fingerprint) without a database. */
    public static DefaultMigrationContext filesOnly(MigrationsLocation migrations, MigrationOptions options) {
        return new DefaultMigrationContext(migrations, Optional.empty(), Optional.empty(), Optional.empty(), options);
    }

    @Override
    public Path directory() {
        return migrations.directory();
    }

    @Override
    public Path origin() {
        return migrations.origin();
    }

    @Override
    public String location() {
        return migrations.display();
    }

    @Override
    public Path projectDirectory() {
        return options.settings().projectDirectory();
    }

    @Override
    public Connection connect() throws SQLException {
        return where().connections().open();
    }

    @Override
    public String jdbcUrl() {
        return where().jdbcUrl();
    }

    @Override
    public String host() {
        return where().host();
    }

    @Override
    public int port() {
        return where().port();
    }

    @Override
    public String database() {
        return where().database();
    }

    @Override
    public String username() {
        return where().username();
    }

    @Override
    public String password() {
        return where().password();
    }

    @Override
    public Optional<String> setting(String key) {
        return options.setting(key);
    }

    @Override
    public Map<String, String> settingsUnder(String prefix) {
        return options.under(prefix);
    }

    private Target where() {
        return target.orElseThrow(() -> new IllegalStateException("This context of " + migrations.display()
                + " reads the migration files only; it has no database to connect to."));
    }
}
