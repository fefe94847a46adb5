package dev.rehearsal.internal.migrate.flyway;

import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Flyway's SQL layout ({@code V<version>__<description>.sql}, {@code R__<description>.sql}), driven through
 * Flyway's own public Java API (Flyway 8.5.13 to 13.x) when {@code flyway-core} (and, from Flyway 10 on, {@code
 * flyway-database-postgresql}) is on the test classpath.
 *
 * <p>This class loads whether or not Flyway is present (it is listed with every other tool): detection reads file
 * names only, and {@link #open} checks the classpath before it touches {@link FlywayMigrations}, the only class
 * here that uses Flyway types.
 *
 * <p>Internal, not API.
 */
public final class FlywaySupport implements MigrationToolSupport {

    @Override
    public MigrationTool tool() {
        return MigrationTool.FLYWAY;
    }

    @Override
    public Optional<String> detect(Path directory) {
        return FlywayLayout.evidence(directory);
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        String why = FlywayLayout.evidence(context.directory())
                .map(evidence -> context.location() + " holds " + evidence)
                .orElse("the migrations of " + context.location() + " are run with tool = FLYWAY");
        FlywayClasspath.require(FlywaySupport.class.getClassLoader(), why);
        return FlywayMigrations.open(context);
    }
}
