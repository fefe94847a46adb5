package dev.rehearsal.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a SQL script (a migration file) into statements the way psql would, without psql's meta-commands:
 * backslashes outside quotes are ordinary characters here. See {@link SqlLexer} for the rules.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
public final class SqlScriptSplitter {

    private SqlScriptSplitter() {}

    /**
     * The statements of {@code script} in order. A final statement without {@code ;} is returned too when it
     * holds a real token (not only whitespace and comments); statements consisting of a lone {@code ;} are
     * dropped.
     */
    public static List<SqlStatement> split(String script) {
        Objects.requireNonNull(script, "script");
        SqlLexer lexer = SqlLexer.forSql();
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlPiece piece : lexer.feed(script, 1)) {
            statements.add((SqlStatement) piece);
        }
        lexer.finish().ifPresent(statements::add);
        return statements;
    }
}
