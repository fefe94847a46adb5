package dev.rehearsal.internal.migrate.plain;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.internal.migrate.DefaultMigrationContext;
import dev.rehearsal.internal.spi.MigrationContext;
import dev.rehearsal.internal.spi.MigrationToolSupport;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Plain SQL files, for projects without a migration tool ({@link PlainSqlMigrations}). Never detected by {@code
 * AUTO}: any folder of {@code .sql} files would match, including every SQL-based tool's; choose it with {@code
 * tool = PLAIN_SQL}.
 *
 * <p>Internal, not API.
 */
public final class PlainSqlSupport implements MigrationToolSupport {

    /** {@code true}: each file runs in one transaction ({@code psql -1}); default {@code false}. */
    static final String SINGLE_TRANSACTION = ConfigurationKeys.PlainSql.SINGLE_TRANSACTION;

    @Override
    public MigrationTool tool() {
        return MigrationTool.PLAIN_SQL;
    }

    @Override
    public Optional<String> detect(Path directory) {
        return Optional.empty();
    }

    @Override
    public ToolMigrations open(MigrationContext context) {
        boolean single = context.setting(SINGLE_TRANSACTION)
                .map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default ->
                        throw new IllegalArgumentException("Invalid value [" + value + "] for configuration key ["
                                + SINGLE_TRANSACTION + "]; expected true or false.");
                })
                .orElse(false);
        Optional<String> prepared =
                context instanceof DefaultMigrationContext known ? known.preparedTarget() : Optional.empty();
        return new PlainSqlMigrations(
                context, PlainSqlFiles.read(context.directory(), context.location()), single, prepared);
    }
}
