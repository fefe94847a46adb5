package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.testing.TestDatabase;
import dev.rehearsal.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Migration directories, contexts and history rows for the Flyway tests. */
final class FlywayTesting {
    static final String LOCATION = "db/migration";

    /** Flyway's session lock: {@code flyway.postgresql.transactional.lock=false} (left out, with a warning, on Flyway 8). */
    static final Map<String, String> SESSION_LOCK = Map.of("rehearsal.flyway.postgresql.transactional.lock", "false");

    private FlywayTesting() {}

    /** The flyway-core version the tests run against (the CI matrix runs them on 8.5.13 to 13.x). */
    static FlywayVersion flyway() {
        return FlywayVersion.core(FlywayTesting.class.getClassLoader()).orElseThrow();
    }

    /**
     * Whether the Flyway under test holds its advisory lock in an open transaction by default (9.1.2 and newer), so
     * that a non-transactional CREATE INDEX CONCURRENTLY waits for it forever (flyway#3492).
     */
    static boolean transactionalLockByDefault() {
        return flyway().hasTransactionalLockDefault();
    }

    /**
     * Plain Flyway (its own API, no Rehearsal) on {@code db} and {@code dir}, with the session lock: Flyway 8's only
     * lock, {@code flyway.postgresql.transactional.lock=false} from Flyway 9 on.
     */
    static FluentConfiguration plainFlyway(TestDatabase db, Path dir) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(
                        db.jdbcUrl(),
                        TestPostgres.server().username(),
                        TestPostgres.server().password())
                .locations("filesystem:" + dir);
        if (FlywayLockSetting.supported()) {
            FlywayLockSetting.apply(configuration, false, "test");
        }
        return configuration;
    }

    /** A {@link MigrationContext} on a test database with explicit settings (full keys, e.g. rehearsal.flyway.table). */
    record TestContext(
            Path directory,
            Path projectDirectory,
            TestDatabase db,
            Map<String, String> settings,
            Optional<FixtureInfo> fixture)
            implements MigrationContext {

        @Override
        public String location() {
            return LOCATION;
        }

        @Override
        public Connection connect() throws SQLException {
            return db.connection();
        }

        @Override
        public String jdbcUrl() {
            return db.jdbcUrl();
        }

        @Override
        public String host() {
            return TestPostgres.server().host();
        }

        @Override
        public int port() {
            return TestPostgres.server().port();
        }

        @Override
        public String database() {
            return db.name();
        }

        @Override
        public String username() {
            return TestPostgres.server().username();
        }

        @Override
        public String password() {
            return TestPostgres.server().password();
        }

        @Override
        public Optional<MigrationFailedException> initialFailure() {
            return Optional.empty();
        }

        @Override
        public Optional<String> setting(String key) {
            return Optional.ofNullable(settings.get(key));
        }

        @Override
        public Map<String, String> settingsUnder(String prefix) {
            Map<String, String> under = new TreeMap<>();
            settings.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    under.put(key.substring(prefix.length()), value);
                }
            });
            return under;
        }
    }

    static FlywayMigrations open(Path directory, TestDatabase db) {
        return open(directory, db, Map.of());
    }

    /** Opens {@code <project>/db/migration}; project-relative settings resolve against {@code <project>}. */
    static FlywayMigrations open(Path directory, TestDatabase db, Map<String, String> settings) {
        return FlywayMigrations.open(
                new TestContext(directory, directory.getParent().getParent(), db, settings, Optional.empty()));
    }

    /** Writes {@code name} (and its parent directories) under {@code directory}. */
    static Path write(Path directory, String name, String content) {
        try {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of {@code table}, ordered by installed_rank, as column → text maps. */
    static List<Map<String, String>> historyRows(TestDatabase db, String table) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY installed_rank")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), result.getString(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static List<Map<String, String>> historyRows(TestDatabase db) {
        return historyRows(db, "flyway_schema_history");
    }

    /** One value of a query. */
    static String value(TestDatabase db, String sql) {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
