package dev.rehearsal.internal.db;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.MigrationHistory;
import dev.rehearsal.Preflight;
import dev.rehearsal.QueryResult;
import dev.rehearsal.RehearsalSqlException;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.SchemaSnapshot;
import dev.rehearsal.internal.restore.ScriptRunner;
import dev.rehearsal.internal.schema.CatalogReader;
import dev.rehearsal.internal.spi.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The {@link RestoredDatabase} handed to tests: one database on a server, with its story. */
public final class DefaultRestoredDatabase implements RestoredDatabase {
    private final PostgresServer server;
    private final String databaseName;
    private final FixtureInfo fixture;
    private final Supplier<MigrationHistory> migrations;
    private final Supplier<RestoredDatabase> beforeMigration;
    private final Supplier<SchemaSnapshot> freshInstall;
    private final Supplier<FixtureInfo> fixtureWithRelease;
    private final Supplier<Preflight> preflight;
    /** The connections of {@link #execute} and {@link #query}, reused; {@code null}: one connection per call. */
    private final ReusedSessions sessions;

    /**
     * @param migrations the history, or {@code null} when no migrations are configured ({@link #migrations()} then
     *     explains how to configure them)
     * @param beforeMigration the database as restored, or {@code null} when this database is that one
     */
    public DefaultRestoredDatabase(
            PostgresServer server,
            String databaseName,
            FixtureInfo fixture,
            MigrationHistory migrations,
            RestoredDatabase beforeMigration) {
        this(
                server,
                databaseName,
                fixture,
                migrations == null ? null : memo(migrations),
                beforeMigration == null ? null : memo(beforeMigration));
    }

    /**
     * A database whose history and {@link #beforeMigration()} view are produced on first use.
     *
     * @param migrations supplies the history; it may throw {@link IllegalStateException} explaining why there is
     *     none
     * @param beforeMigration supplies the database as restored, or {@code null} when this database is that one
     */
    public static DefaultRestoredDatabase lazy(
            PostgresServer server,
            String databaseName,
            FixtureInfo fixture,
            Supplier<MigrationHistory> migrations,
            Supplier<RestoredDatabase> beforeMigration) {
        return new DefaultRestoredDatabase(
                server, databaseName, fixture, Objects.requireNonNull(migrations, "migrations"), beforeMigration);
    }

    private DefaultRestoredDatabase(
            PostgresServer server,
            String databaseName,
            FixtureInfo fixture,
            Supplier<MigrationHistory> migrations,
            Supplier<RestoredDatabase> beforeMigration) {
        this(server, databaseName, fixture, migrations, beforeMigration, null);
    }

    private DefaultRestoredDatabase(
            PostgresServer server,
            String databaseName,
            FixtureInfo fixture,
            Supplier<MigrationHistory> migrations,
            Supplier<RestoredDatabase> beforeMigration,
            Supplier<SchemaSnapshot> freshInstall) {
        this(server, databaseName, fixture, migrations, beforeMigration, freshInstall, null, null, null);
    }

    private DefaultRestoredDatabase(
            PostgresServer server,
            String databaseName,
            FixtureInfo fixture,
            Supplier<MigrationHistory> migrations,
            Supplier<RestoredDatabase> beforeMigration,
            Supplier<SchemaSnapshot> freshInstall,
            Supplier<FixtureInfo> fixtureWithRelease,
            Supplier<Preflight> preflight,
            ReusedSessions sessions) {
        this.sessions = sessions;
        this.freshInstall = freshInstall;
        this.preflight = preflight;
        this.fixtureWithRelease = fixtureWithRelease;
        this.server = Objects.requireNonNull(server, "server");
        this.databaseName = Objects.requireNonNull(databaseName, "databaseName");
        this.fixture = Objects.requireNonNull(fixture, "fixture");
        this.migrations = migrations;
        this.beforeMigration = beforeMigration;
    }

    /**
     * This database, whose {@link #freshInstallSchema()} is supplied by {@code freshInstall}: the catalog of an
     * empty database migrated with the same files by the same tool on the same server.
     */
    public DefaultRestoredDatabase withFreshInstall(Supplier<SchemaSnapshot> freshInstall) {
        return new DefaultRestoredDatabase(
                server,
                databaseName,
                fixture,
                migrations,
                beforeMigration,
                Objects.requireNonNull(freshInstall, "freshInstall"),
                fixtureWithRelease,
                preflight,
                sessions);
    }

    /** This database, whose {@link #preflight()} is supplied by {@code preflight} (a trial run, made on first use). */
    public DefaultRestoredDatabase withPreflight(Supplier<Preflight> preflight) {
        return new DefaultRestoredDatabase(
                server,
                databaseName,
                fixture,
                migrations,
                beforeMigration,
                freshInstall,
                fixtureWithRelease,
                Objects.requireNonNull(preflight, "preflight"),
                sessions);
    }

    /**
     * This database, whose {@link #execute} and {@link #query} reuse their connections ({@link ReusedSessions}: each
     * call still starts in the state of a new session) until {@link #closeSessions()}; for a database whose owner
     * calls that (a test's copy, before it is dropped or kept).
     */
    public DefaultRestoredDatabase reusingSessions() {
        return new DefaultRestoredDatabase(
                server,
                databaseName,
                fixture,
                migrations,
                beforeMigration,
                freshInstall,
                fixtureWithRelease,
                preflight,
                new ReusedSessions(server, databaseName));
    }

    /** Closes the connections {@link #reusingSessions()} kept; later calls open their own. */
    public void closeSessions() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Override
    public Preflight preflight() {
        if (preflight == null) {
            throw new IllegalStateException("preflight() is a trial run of the test's @MigratesTo migrations on the"
                    + " backup as restored, but " + describe() + " has no @MigratesTo migrations to run: annotate the"
                    + " test class or method with @MigratesTo(migrations = \"…\").");
        }
        return preflight.get();
    }

    /**
     * This database, whose {@link #fixture()} names the release {@code release} finds on first use (the newest
     * migration the backup's own history records as applied); {@code release} is asked at most once.
     */
    public DefaultRestoredDatabase withRelease(Supplier<Optional<String>> release) {
        Objects.requireNonNull(release, "release");
        FixtureInfo restored = fixture;
        Supplier<FixtureInfo> named = new Supplier<>() {
            private FixtureInfo value;

            @Override
            public synchronized FixtureInfo get() {
                if (value == null) {
                    value = restored.withRelease(release.get());
                }
                return value;
            }
        };
        return new DefaultRestoredDatabase(
                server, databaseName, fixture, migrations, beforeMigration, freshInstall, named, preflight, sessions);
    }

    /**
     * The schema a fresh install gets: an empty database migrated with this test's migrations, tool and target.
     *
     * @throws IllegalStateException when the test has no {@code @MigratesTo}, or the fresh install failed
     */
    public SchemaSnapshot freshInstallSchema() {
        if (freshInstall == null) {
            throw new IllegalStateException("matchesFreshInstall() compares with an empty database migrated by the"
                    + " test's @MigratesTo, but " + describe() + " has no @MigratesTo: annotate the test class or"
                    + " method with @MigratesTo(migrations = \"…\").");
        }
        return freshInstall.get();
    }

    private static <T> Supplier<T> memo(T value) {
        return () -> value;
    }

    @Override
    public String jdbcUrl() {
        return server.jdbcUrl(databaseName);
    }

    @Override
    public String username() {
        return server.username();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public String databaseName() {
        return databaseName;
    }

    @Override
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(username());
        dataSource.setPassword(password());
        return dataSource;
    }

    @Override
    public Connection connection() throws SQLException {
        return server.connect(databaseName);
    }

    @Override
    public QueryResult query(String sql, Object... args) {
        try {
            return onSession(connection -> query(connection, sql, args));
        } catch (SQLException e) {
            throw new RehearsalSqlException(sql, describe(), e);
        }
    }

    private static QueryResult query(Connection connection, String sql, Object[] args) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, args);
                ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>(meta.getColumnCount());
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            List<List<Object>> values = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(rows.getObject(i));
                }
                values.add(row);
            }
            return new QueryResult(columns, values);
        }
    }

    @Override
    public int execute(String sql, Object... args) {
        try {
            return onSession(connection -> {
                try (PreparedStatement statement = prepare(connection, sql, args)) {
                    statement.execute();
                    return Math.max(statement.getUpdateCount(), 0);
                }
            });
        } catch (SQLException e) {
            throw new RehearsalSqlException(sql, describe(), e);
        }
    }

    /** Runs {@code work} on a reused connection, or on one of its own when sessions are not reused. */
    private <T> T onSession(ReusedSessions.Work<T> work) throws SQLException {
        if (sessions != null) {
            return sessions.with(work);
        }
        try (Connection connection = connection()) {
            return work.run(connection);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setEscapeProcessing(false);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }

    @Override
    public void runScript(String location) {
        Objects.requireNonNull(location, "location");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String resource = location.startsWith("/") ? location.substring(1) : location;
        if (loader != null && loader.getResource(resource) != null) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                ScriptRunner.run(server, databaseName, in, location);
                return;
            } catch (IOException e) {
                throw new FixtureRestoreException(
                        "Could not read script " + location + ": " + e.getMessage(), location, 0, e);
            }
        }
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new FixtureRestoreException(
                    "Script [" + location + "] was not found on the classpath or under the project directory "
                            + Path.of("").toAbsolutePath() + "; expected a SQL file.",
                    location,
                    0,
                    null);
        }
        runScript(file);
    }

    @Override
    public void runScript(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            ScriptRunner.run(server, databaseName, in, file.toString());
        } catch (IOException e) {
            throw new FixtureRestoreException(
                    "Could not read script " + file + ": " + e.getMessage(), file.toString(), 0, e);
        }
    }

    @Override
    public MigrationHistory migrations() {
        if (migrations == null) {
            throw new IllegalStateException(
                    "No migrations are configured for database " + databaseName
                            + " (restored from " + fixture.describe() + "): annotate the test class or method with "
                            + "@MigratesTo (e.g. @MigratesTo(migrations = \"prisma/migrations\")) to get its migration history.");
        }
        return migrations.get();
    }

    @Override
    public RestoredDatabase beforeMigration() {
        return beforeMigration == null ? this : beforeMigration.get();
    }

    @Override
    public FixtureInfo fixture() {
        return fixtureWithRelease == null ? fixture : fixtureWithRelease.get();
    }

    @Override
    public SchemaSnapshot schema() {
        try (Connection connection = connection()) {
            return CatalogReader.read(connection);
        } catch (SQLException e) {
            throw new RehearsalSqlException("(reading the catalog for schema())", describe(), e);
        }
    }

    private String describe() {
        return "database " + databaseName + " (restored from " + fixture.describe() + ")";
    }

    @Override
    public String toString() {
        return "RestoredDatabase[" + jdbcUrl() + ", from " + fixture.describe() + "]";
    }
}
