package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.ConfigurationKeys;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code prisma migrate deploy} sends a {@code migration.sql} to PostgreSQL, which depends on the Prisma version
 * (setting {@value #SETTING}):
 *
 * <ul>
 *   <li>{@link #ONE_IMPLICIT_TRANSACTION} (Prisma 2 to 7.3, the default): the whole script as one simple-protocol
 *       query, which PostgreSQL runs as one implicit transaction: atomic, and {@code CREATE INDEX CONCURRENTLY}
 *       fails with 25001 unless it is alone in its file.
 *   <li>{@link #STATEMENT_BY_STATEMENT} (Prisma 7.4 and later, prisma-engines PR #5767): when every statement
 *       parses with the engine's SQL parser, each statement is sent as its own query and autocommits, so a failure
 *       part-way leaves the earlier statements applied; when one does not parse, the engine falls back to the whole
 *       script as one query. Rehearsal reproduces the fallback for the parser gap known from prisma-engines PR
 *       #5847 ({@code DROP INDEX CONCURRENTLY}); other statements the parser rejects are not predicted.
 * </ul>
 *
 * <p>Internal, not API.
 */
enum PrismaScriptMode {
    ONE_IMPLICIT_TRANSACTION,
    STATEMENT_BY_STATEMENT;

    /** The setting naming the Prisma version to reproduce, e.g. {@code 6.19.0} or {@code 7.4}. */
    static final String SETTING = ConfigurationKeys.Prisma.VERSION;

    private static final Pattern VERSION = Pattern.compile("^v?(\\d+)(?:\\.(\\d+))?(?:\\.\\d+)?(?:[-+].*)?$");

    /**
     * The mode of the Prisma version {@code version} names; the default when empty.
     *
     * @throws IllegalArgumentException naming the key, the value and the expected form when it is not a version
     */
    static PrismaScriptMode of(Optional<String> version) {
        if (version.isEmpty()) {
            return ONE_IMPLICIT_TRANSACTION;
        }
        Matcher matcher = VERSION.matcher(version.get().strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid value [" + version.get() + "] for configuration key ["
                    + SETTING + "]; expected the Prisma version the application uses, e.g. 6.19.0, 7.3 or 7.4.1"
                    + " (it decides how each migration.sql is sent: up to 7.3 as one implicit transaction, from 7.4"
                    + " statement by statement).");
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return major > 7 || (major == 7 && minor >= 4) ? STATEMENT_BY_STATEMENT : ONE_IMPLICIT_TRANSACTION;
    }
}
