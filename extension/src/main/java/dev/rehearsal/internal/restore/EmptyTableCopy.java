package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Loading an empty table faster without changing what ends up in it: psql sends a script's {@code COPY … FROM
 * STDIN} on its own in autocommit mode, so every row is written to the WAL as well. Sent as {@code BEGIN; TRUNCATE
 * ONLY t; COPY …; COMMIT} instead, the table gets a new file in the loading transaction, and with {@code
 * wal_level=minimal} (Rehearsal's embedded server) the server writes the data without WAL. pg_restore {@code -j}
 * does the same for the tables it created in the same run; so does the archive restore ({@code RestoreSteps}).
 *
 * <p>Only when truncating cannot change anything or fail: the session is not inside the script's own transaction,
 * and the target is an ordinary table that is empty, has no triggers (TRUNCATE triggers; pg_dump creates triggers
 * after the data), no row-level security, is not referenced by a foreign key (TRUNCATE would fail) and may be
 * truncated by the current role. Otherwise, or when the catalog check itself fails, the COPY is sent as written.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class EmptyTableCopy {

    private static final String QUOTE = "$rehearsal_copy$";

    private EmptyTableCopy() {}

    /**
     * The table of a {@code COPY table [(columns)] FROM STDIN …} statement as written (e.g. {@code
     * public."Order"}), if the session may truncate it before loading it: see the class comment.
     */
    static Optional<String> truncatableTarget(Connection connection, String copy, boolean standardConformingStrings) {
        Optional<String> table = table(copy, standardConformingStrings);
        if (table.isEmpty() || table.get().contains(QUOTE) || !idle(connection)) {
            return Optional.empty();
        }
        String check = "SELECT c.relkind = 'r' AND NOT c.relhastriggers AND NOT c.relrowsecurity"
                + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint k WHERE k.confrelid = c.oid)"
                + " AND pg_catalog.has_table_privilege(c.oid, 'TRUNCATE')"
                + " AND NOT EXISTS (SELECT FROM ONLY " + table.get() + ")"
                + " FROM pg_catalog.pg_class c WHERE c.oid = " + QUOTE + table.get() + QUOTE + "::pg_catalog.regclass";
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            try (ResultSet result = statement.executeQuery(check)) {
                return result.next() && result.getBoolean(1) ? table : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty(); // the COPY as written reports whatever is wrong
        }
    }

    /** The table name of a {@code COPY … FROM STDIN} statement, exactly as written. */
    static Optional<String> table(String copy, boolean standardConformingStrings) {
        List<SqlToken> tokens = SqlLexer.tokens(copy, standardConformingStrings);
        if (tokens.isEmpty() || !tokens.get(0).isWord("COPY")) {
            return Optional.empty();
        }
        StringBuilder table = new StringBuilder();
        int end = 1;
        boolean name = true; // expecting a name part (else a dot)
        while (end < tokens.size()) {
            SqlToken token = tokens.get(end);
            boolean identifier = token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
            if (name && identifier && !token.isWord("FROM")) {
                name = false;
            } else if (!name && token.isSymbol('.')) {
                name = true;
            } else {
                break;
            }
            table.append(token.text());
            end++;
        }
        if (end == 1 || name || end >= tokens.size()) {
            return Optional.empty();
        }
        SqlToken next = tokens.get(end);
        return next.isSymbol('(') || next.isWord("FROM") ? Optional.of(table.toString()) : Optional.empty();
    }

    /** Whether the session is outside a transaction block (the script did not BEGIN one). */
    static boolean idle(Connection connection) {
        try {
            return connection.getAutoCommit()
                    && connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE;
        } catch (SQLException e) {
            return false;
        }
    }
}
