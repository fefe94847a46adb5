package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs of INSERT statements ({@code pg_dump --inserts} / {@code --column-inserts} data) sent to the server many at a
 * time, as one simple-protocol query, instead of one round trip each as psql does. The server runs such a query as one
 * transaction: if any statement fails, none of them stays, and the statements are then sent again one by one, like
 * psql sends them, so that the ones before the failing statement stay and the failure names that statement and its
 * line. Only outside the script's own transactions (inside one, a failure would abort it for good); there, and for a
 * single statement, each statement is sent on its own.
 *
 * <p>One difference to psql remains after a failure: what the rolled-back attempt did outside of transactions
 * stays, such as sequence values a default or trigger took. A failed restore reports its error either way.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class InsertBatch {

    /** At most this many statements go in one query. */
    static final int MAX_STATEMENTS = 1000;

    /** A query grows to about this many characters at most. */
    static final int MAX_CHARACTERS = 1 << 20;

    private final List<SqlStatement> pending = new ArrayList<>();
    private int characters;

    /** Whether a statement the policy runs as written may wait in a batch: a plain INSERT. */
    static boolean accepts(ScriptStatements.Kind kind, StatementClass type, SqlStatement sql) {
        return kind == ScriptStatements.Kind.OTHER
                && type.category() == StatementClass.Category.OTHER
                && ScriptStatements.firstWord(sql.text()).equals("INSERT");
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Whether the batch should be sent before another statement joins it. */
    boolean isFull() {
        return pending.size() >= MAX_STATEMENTS || characters >= MAX_CHARACTERS;
    }

    void add(SqlStatement sql) {
        pending.add(sql);
        characters += sql.text().length() + 2;
    }

    /**
     * Sends the waiting statements on {@code statement} (of {@code connection}); on failure, or inside a
     * transaction, runs each with {@code single}, which reports the failure.
     */
    void flush(Connection connection, Statement statement, Consumer<SqlStatement> single) {
        try {
            if (pending.size() > 1 && CopyTarget.idle(connection)) {
                StringBuilder query = new StringBuilder(characters + pending.size());
                for (SqlStatement sql : pending) {
                    String text = sql.text();
                    query.append(text).append(text.endsWith(";") ? "\n" : "\n;\n");
                }
                try {
                    statement.execute(query.toString());
                    while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                        // drain every statement's result
                    }
                    return;
                } catch (SQLException e) {
                    // rolled back as a whole: run them one by one to keep what psql keeps and name the failing one
                }
            }
            pending.forEach(single);
        } finally {
            pending.clear();
            characters = 0;
        }
    }
}
