package dev.rehearsal.internal.migrate.prisma;

import dev.rehearsal.internal.migrate.ScriptFailure;
import dev.rehearsal.internal.migrate.scripts.SimpleQuery;
import dev.rehearsal.internal.migrate.scripts.Transactions;
import dev.rehearsal.internal.sql.SqlScriptSplitter;
import dev.rehearsal.internal.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs a {@code migration.sql} the way the configured Prisma version does ({@link PrismaScriptMode}).
 *
 * <p>Up to Prisma 7.3: the whole script as one simple-protocol query, which PostgreSQL runs as one implicit
 * transaction — reproduced by {@link SimpleQuery#run}, as for the other tools that send a file as one query: a
 * script of one statement runs alone in autocommit (so a lone {@code CREATE INDEX CONCURRENTLY} works); a longer one
 * is first parsed (a syntax error fails first, with nothing run), then runs as {@code BEGIN}, each statement, {@code
 * COMMIT} (so {@code CREATE INDEX CONCURRENTLY} among others fails with 25001, as in Prisma), a new {@code BEGIN}
 * after a {@code COMMIT}/{@code ROLLBACK} of the script itself; on failure the open transaction is rolled back.
 *
 * <p>From Prisma 7.4 ({@link PrismaScriptMode#STATEMENT_BY_STATEMENT}): each statement autocommits on its own and
 * the first failure stops the script, leaving the earlier statements applied; a script holding {@code DROP INDEX
 * CONCURRENTLY} falls back to the single implicit transaction, as the engine does when its parser rejects a
 * statement.
 *
 * <p>A failure carries the {@link PrismaDatabaseError} Prisma would record, its position translated to the script.
 */
final class PrismaScriptRunner {
    private static final Pattern PARSER_GAP =
            Pattern.compile("^\\s*DROP\\s+INDEX\\s+CONCURRENTLY\\b", Pattern.CASE_INSENSITIVE);

    /** Why a script failed: the server's error, and the database error Prisma records for it. */
    record Failure(ScriptFailure error, PrismaDatabaseError databaseError) {}

    private final Connection connection;
    private final PrismaScriptMode mode;

    PrismaScriptRunner(Connection connection, PrismaScriptMode mode) {
        this.connection = connection;
        this.mode = mode;
    }

    /** Runs {@code script}; returns why it failed, or empty when it succeeded. */
    Optional<Failure> run(String script) throws SQLException {
        List<SqlStatement> statements = SqlScriptSplitter.split(script);
        if (statements.size() > 1
                && mode == PrismaScriptMode.STATEMENT_BY_STATEMENT
                && statements.stream()
                        .noneMatch(s -> PARSER_GAP.matcher(s.text()).find())) {
            for (SqlStatement each : statements) {
                Optional<ScriptFailure> failure = SimpleQuery.execute(connection, each, 1);
                if (failure.isPresent()) {
                    Transactions.rollback(connection, failure.get().cause());
                    return failure.map(f -> failure(f, script));
                }
            }
            return Optional.empty();
        }
        return SimpleQuery.run(connection, script, 1).map(f -> failure(f, script));
    }

    private static Failure failure(ScriptFailure error, String script) {
        return new Failure(error, PrismaDatabaseError.of(error.cause(), script, scriptPosition(script, error)));
    }

    /** The failure's server position translated to the whole script (1-based code points), 0 if unknown. */
    static int scriptPosition(String script, ScriptFailure failure) {
        if (failure.position() <= 0) {
            return 0;
        }
        String text = failure.statement();
        int statementLine = failure.statementLine();
        int lineStart = 0;
        for (int line = 1; line < statementLine && lineStart >= 0; line++) {
            lineStart = script.indexOf('\n', lineStart);
            lineStart = lineStart < 0 ? -1 : lineStart + 1;
        }
        if (lineStart < 0) {
            return 0;
        }
        int start = script.indexOf(text, lineStart);
        if (start < 0) {
            return 0;
        }
        return script.codePointCount(0, start) + failure.position();
    }
}
