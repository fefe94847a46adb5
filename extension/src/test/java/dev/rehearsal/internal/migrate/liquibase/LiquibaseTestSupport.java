package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.spi.ToolMigrations;
import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
import java.util.stream.Stream;

/** Changelogs, contexts and table readers for the Liquibase tests. */
final class LiquibaseTestSupport {
    private LiquibaseTestSupport() {}

    static Path resource(String name) {
        try {
            return Path.of(LiquibaseTestSupport.class
                    .getResource("/migrate/liquibase/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a changelog folder under {@code target}, to modify. */
    static Path copy(String name, Path target) {
        Path source = resource(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static ToolMigrations open(Path folder, TestDatabase db) {
        return open(folder, db, Map.of());
    }

    static ToolMigrations open(Path folder, TestDatabase db, Map<String, String> settings) {
        DefaultMigrationContext.Target target =
                new DefaultMigrationContext.Target("localhost", 0, db.name(), "", "", db.jdbcUrl(), db::connection);
        return new LiquibaseSupport()
                .open(new DefaultMigrationContext(
                        new MigrationsLocation(folder, "db/changelog", "test"),
                        Optional.of(target),
                        Optional.empty(),
                        Optional.empty(),
                        MigrationOptions.of(Settings.of(key -> Optional.ofNullable(settings.get(key)), folder))));
    }

    /**
     * The checksum prefix the Liquibase on the classpath writes: {@code 9:} when it has {@code
     * liquibase.ChecksumVersion} (4.24 has it, 4.21 not yet), {@code 8:} before.
     */
    static String checksumPrefix() {
        try {
            Class.forName("liquibase.ChecksumVersion");
            return "9:";
        } catch (ClassNotFoundException e) {
            return "8:";
        }
    }

    static List<String> strings(TestDatabase db, String sql) {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
