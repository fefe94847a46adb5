package dev.rehearsal.internal.migrate.play;

import dev.rehearsal.FixtureInfo;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import dev.rehearsal.internal.restore.Fixtures;
import dev.rehearsal.internal.restore.Restorer;
import dev.rehearsal.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Evolution folders, the Play fixture and table readers for the Play Evolutions tests. */
final class PlayTestSupport {
    static final String SHOP = "shop/conf/evolutions/default";
    static final String BACKUP = "migrate/play/backup_rev2.sql";

    private PlayTestSupport() {}

    /** A resource path under {@code migrate/play/}. */
    static Path resource(String name) {
        try {
            return Path.of(
                    PlayTestSupport.class.getResource("/migrate/play/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the shop's evolutions folder under {@code target}/default, to modify. */
    static Path copyShop(Path target) {
        Path source = resource(SHOP);
        Path folder = target.resolve("default");
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(folder);
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, folder.resolve(file.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    static void write(Path folder, String name, String content) {
        try {
            Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder, String... names) {
        try {
            for (String name : names) {
                Files.delete(folder.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlayEvolutionsMigrations open(Path folder, TestDatabase db) {
        return open(folder, db, PlaySettings.defaults(), null);
    }

    static PlayEvolutionsMigrations open(Path folder, TestDatabase db, PlaySettings settings, FixtureInfo fixture) {
        Path display = Path.of("conf/evolutions/default");
        return new PlayEvolutionsMigrations(
                DefaultMigrationContext.of(
                        new MigrationsLocation(folder, display.toString(), "given"),
                        db::connection,
                        Optional.ofNullable(fixture),
                        Optional.empty()),
                EvolutionsFolder.read(folder, display.toString(), settings.database()),
                settings,
                Clock.systemUTC());
    }

    static PlaySettings allowingDowns() {
        PlaySettings d = PlaySettings.defaults();
        return new PlaySettings(
                d.database(), d.schema(), d.metaTable(), d.autocommit(), d.useLocks(), false, d.substitutions(), true);
    }

    static PlaySettings withAutocommit(boolean autocommit) {
        PlaySettings d = PlaySettings.defaults();
        return new PlaySettings(
                d.database(), d.schema(), d.metaTable(), autocommit, d.useLocks(), false, d.substitutions(), false);
    }

    /** Restores the pg_dump of the shop at evolution 2 into {@code db}. */
    static FixtureInfo restoreBackup(TestDatabase db) {
        return Restorer.restore(
                Fixtures.resolve(BACKUP, PlayTestSupport.class.getClassLoader(), Path.of("")), db.server(), db.name());
    }

    /** One {@code play_evolutions} row as read back, without applied_at. */
    record Row(int id, String hash, String applyScript, String revertScript, String state, String lastProblem) {}

    static List<Row> rows(TestDatabase db) {
        List<Row> result = new ArrayList<>();
        query(
                db,
                "select id, hash, apply_script, revert_script, state, last_problem from play_evolutions order by id",
                rs -> result.add(new Row(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6))));
        return result;
    }

    static List<String> strings(TestDatabase db, String sql) {
        List<String> result = new ArrayList<>();
        query(db, sql, rs -> result.add(rs.getString(1)));
        return result;
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(TestDatabase db, String sql, RowReader reader) {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
