package dev.rehearsal.internal.migrate;

import java.sql.SQLException;

/**
 * The one place a single migration is applied ({@link AbstractToolMigrations#applyOne}), handed to the class that
 * runs a tool's migrations one by one, so that what happens around each migration is added once for every tool.
 *
 * <p>Internal, not API.
 */
@FunctionalInterface
public interface EachMigration {

    /** Runs {@code step}, the work of applying migration {@code id}, and returns what it returns. */
    <T> T apply(String id, Step<T> step) throws SQLException;

    /** The work of applying one migration. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws SQLException;
    }
}
