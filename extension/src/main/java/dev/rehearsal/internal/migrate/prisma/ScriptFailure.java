package dev.rehearsal.internal.migrate.prisma;

import java.sql.SQLException;

/**
 * Why a migration script failed.
 *
 * @param statement the failing statement, or a description when the failure was not in one (e.g. a deferred
 *     constraint checked at the closing COMMIT)
 * @param line 1-based line in {@code migration.sql} where the failure is (the statement's start, or the line of
 *     the server's error position), 0 when unknown
 * @param sqlState the SQLSTATE, {@code null} when the failure was not a server error
 * @param message the server's message (or the driver's)
 * @param detail the server's DETAIL, {@code null} when none
 * @param hint the server's HINT, {@code null} when none
 * @param databaseError the {@code Database error code} and {@code Database error} Prisma would record
 * @param cause the driver's exception
 */
record ScriptFailure(
        String statement,
        int line,
        String sqlState,
        String message,
        String detail,
        String hint,
        PrismaDatabaseError databaseError,
        SQLException cause) {}
