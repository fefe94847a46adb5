package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.MigrationRefusedException;
import dev.rehearsal.MigrationTool;

/**
 * Prisma's user-facing error texts, exactly as {@code libs/user-facing-errors/src/schema_engine.rs} renders them,
 * and the {@link MigrationRefusedException} Rehearsal throws with them.
 */
final class PrismaErrors {
    static final String RESOLVE_LINK =
            "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve";

    private PrismaErrors() {}

    /**
     * A refusal: {@code Error: <code>}, a blank line, Prisma's text, then (when given) a blank line and
     * Rehearsal's explanation of what production would do and how to rehearse the fix.
     */
    static MigrationRefusedException refused(String code, String prismaText, String explanation) {
        StringBuilder text =
                new StringBuilder("Error: ").append(code).append("\n\n").append(prismaText.strip());
        if (explanation != null && !explanation.isBlank()) {
            text.append("\n\n").append(explanation);
        }
        return new MigrationRefusedException(MigrationTool.PRISMA, code, text.toString());
    }

    static String p3005() {
        return "The database schema is not empty. Read more about how to baseline an existing production database:"
                + " https://pris.ly/d/migrate-baseline";
    }

    static String p3008(String name) {
        return "The migration `" + name + "` is already recorded as applied in the database.";
    }

    /** {@code details}: one line per failed row, each ending with a newline. */
    static String p3009(String details) {
        return "migrate found failed migrations in the target database, new migrations will not be applied. "
                + RESOLVE_LINK + "\n" + details;
    }

    static String p3011(String name) {
        return "Migration `" + name + "` cannot be rolled back because it was never applied to the database. Hint:"
                + " did you pass in the whole migration name? (example: \"20201207184859_initial_migration\")";
    }

    static String p3012(String name) {
        return "Migration `" + name + "` cannot be rolled back because it is not in a failed state.";
    }

    static String p3015(String path) {
        return "Could not find the migration file at " + path
                + ". Please delete the directory or restore the migration file.";
    }

    static String p3017(String name) {
        return "The migration " + name + " could not be found. Please make sure that the migration exists, and that"
                + " you included the whole name of the directory. (example: \"20201207184859_initial_migration\")";
    }

    static String p3018(String name, String databaseErrorCode, String databaseError) {
        return "A migration failed to apply. New migrations cannot be applied before the error is recovered from. "
                + RESOLVE_LINK + "\n\nMigration name: " + name + "\n\nDatabase error code: " + databaseErrorCode
                + "\n\nDatabase error:\n" + databaseError + "\n";
    }

    static String p3019(String provider, String expectedProvider) {
        return "The datasource provider `" + provider + "` specified in your schema does not match the one specified"
                + " in the migration_lock.toml, `" + expectedProvider + "`. Please remove your current migration"
                + " directory and start a new migration history with prisma migrate dev. Read more:"
                + " https://pris.ly/d/migrate-provider-switch";
    }
}
