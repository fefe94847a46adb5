package dev.rehearsal.internal.migrate.scripts;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.Restorer;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Contexts, files and catalog reads for the native tools' tests. */
public final class NativeToolTesting {
    private NativeToolTesting() {}

    /** A {@link MigrationContext} on a test database with explicit settings. */
    public record TestContext(
            Path directory, String location, TestDatabase db, Map<String, String> settings, FixtureInfo fixtureInfo)
            implements MigrationContext {

        public static TestContext of(Path directory, String location, TestDatabase db) {
            return new TestContext(directory, location, db, Map.of(), null);
        }

        public TestContext with(String key, String value) {
            Map<String, String> more = new TreeMap<>(settings);
            more.put(key, value);
            return new TestContext(directory, location, db, more, fixtureInfo);
        }

        public TestContext restoredFrom(FixtureInfo fixture) {
            return new TestContext(directory, location, db, settings, fixture);
        }

        @Override
        public Path projectDirectory() {
            return directory;
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
            return db.server().host();
        }

        @Override
        public int port() {
            return db.server().port();
        }

        @Override
        public String database() {
            return db.name();
        }

        @Override
        public String username() {
            return db.server().username();
        }

        @Override
        public String password() {
            return db.server().password();
        }

        @Override
        public Optional<FixtureInfo> fixture() {
            return Optional.ofNullable(fixtureInfo);
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
            settings.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    under.put(k.substring(prefix.length()), v);
                }
            });
            return under;
        }
    }

    public static void write(Path dir, String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a test resource directory ({@code /migrate/native/<name>}) to {@code target}. */
    public static Path copyResource(String name, Path target) {
        try {
            Path source = Path.of(NativeToolTesting.class
                    .getResource("/migrate/native/" + name)
                    .toURI());
            try (var files = Files.list(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Restores the pg_dump fixture {@code /migrate/native/<name>} into {@code db}. */
    public static FixtureInfo restore(TestDatabase db, String name) {
        return Restorer.restore(
                Fixtures.resolve("migrate/native/" + name, NativeToolTesting.class.getClassLoader(), Path.of("")),
                db.server(),
                db.name());
    }

    /** The rows of a query, each row's columns joined with "|" (NULL as "<null>"). */
    public static List<String> rows(TestDatabase db, String sql) {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    String value = rs.getString(i);
                    values.add(value == null ? "<null>" : value);
                }
                rows.add(String.join("|", values));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * A table's shape from the catalog: one line per column ({@code name type NOT NULL default …}), then its
     * constraints ({@code pg_get_constraintdef}) and identity columns.
     */
    public static List<String> shape(TestDatabase db, String table) {
        List<String> shape = new ArrayList<>(rows(
                db,
                "SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                        + " || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END"
                        + " || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')"
                        + " || CASE a.attidentity WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY'"
                        + " WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' ELSE '' END"
                        + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " WHERE a.attrelid = '" + table + "'::regclass AND a.attnum > 0 AND NOT a.attisdropped"
                        + " ORDER BY a.attnum"));
        shape.addAll(rows(
                db,
                "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '" + table
                        + "'::regclass ORDER BY conname"));
        return shape;
    }
}
