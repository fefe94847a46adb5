package dev.rehearsal.internal.migrate.liquibase;

import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.migrate.MigrationOptions;
import dev.rehearsal.internal.migrate.MigrationsLocation;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Optional;

/**
 * Used by {@code extension/src/test/fixtures/liquibase/generate.sh}: runs Liquibase (through its API) on a database
 * up to one changeset, so that the fixture's DATABASECHANGELOG and DATABASECHANGELOGLOCK are written by Liquibase.
 *
 * <p>Arguments: JDBC URL, user, changelog folder, target changeset id.
 */
public final class LiquibaseFixture {
    private LiquibaseFixture() {}

    public static void main(String[] args) {
        String url = args[0];
        String user = args[1];
        Path folder = Path.of(args[2]).toAbsolutePath();
        DefaultMigrationContext.Target target = new DefaultMigrationContext.Target(
                "localhost", 0, "fixture", user, "", url, () -> DriverManager.getConnection(url, user, ""));
        new LiquibaseSupport()
                .open(new DefaultMigrationContext(
                        new MigrationsLocation(folder, "db/changelog", "fixture generator"),
                        Optional.of(target),
                        Optional.empty(),
                        Optional.empty(),
                        MigrationOptions.of(Settings.of(key -> Optional.empty(), folder))))
                .migrateTo(args[3]);
    }
}
