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
 * The table a script's {@code COPY … FROM STDIN} loads, and how it may be loaded faster without changing what ends
 * up in it, decided from the catalog just before the COPY runs.
 *
 * <p><b>Truncating</b>: psql sends the COPY on its own in autocommit mode, so every row is also written to the WAL.
 * Sent as {@code BEGIN; TRUNCATE ONLY t; COPY …; COMMIT} instead, the table gets a new file in the loading
 * transaction, and with {@code wal_level=minimal} (Rehearsal's embedded server) the server writes the data without
 * WAL. pg_restore {@code -j} does the same for the tables it created in the same run; so does the archive restore.
 * Only when truncating cannot change anything or fail: the session is not inside the script's own transaction, and
 * the target is an ordinary table that is empty, has no triggers (TRUNCATE triggers; pg_dump creates triggers after
 * the data), no row-level security, is not referenced by a foreign key (TRUNCATE would fail) and may be truncated by
 * the current role.
 *
 * <p><b>Independent</b>: loading the table cannot depend on, or change, anything but the table itself, so it may run
 * on another session at the same time as other such loads ({@link ParallelCopies}): it may be truncated (see above),
 * is a permanent table without rules and without foreign keys of its own, no CHECK constraint of it or of a domain of
 * its columns calls a user-defined function that is not immutable (one that reads another table, which PostgreSQL
 * does not support but people write, would see that table half loaded), and the COPY lists every column that is not
 * generated, so no default (a sequence's {@code nextval}, say) is evaluated. pg_dump's COPY statements are like
 * that.
 *
 * <p>When the catalog check itself fails, neither applies: the COPY is sent as written and reports what is wrong.
 *
 * <p>Thread-safe (immutable). Internal, not API.
 *
 * @param oid the table's OID
 * @param table the table's name as the COPY writes it, e.g. {@code public."Order"}
 * @param truncatable whether the COPY may run as {@code BEGIN; TRUNCATE ONLY t; COPY …; COMMIT}
 * @param independent whether the COPY may run on another session alongside other independent ones
 */
record CopyTarget(long oid, String table, boolean truncatable, boolean independent) {

    private static final String QUOTE = "$rehearsal_copy$";

    /** Inspects the target of {@code copy} on the session that would run it; empty when it cannot be told. */
    static Optional<CopyTarget> inspect(Connection connection, String copy, boolean standardConformingStrings) {
        Optional<Parsed> parsed = parse(copy, standardConformingStrings);
        if (parsed.isEmpty() || parsed.get().table().contains(QUOTE) || !idle(connection)) {
            return Optional.empty();
        }
        String table = parsed.get().table();
        String truncatable = "c.relkind = 'r' AND NOT c.relhastriggers AND NOT c.relrowsecurity"
                + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint k WHERE k.confrelid = c.oid)"
                + " AND pg_catalog.has_table_privilege(c.oid, 'TRUNCATE')"
                + " AND NOT EXISTS (SELECT FROM ONLY " + table + ")";
        String columns = parsed.get().columns() < 0
                ? "true"
                : "(SELECT count(*) FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0"
                        + " AND NOT a.attisdropped AND a.attgenerated = '') = "
                        + parsed.get().columns();
        String independent = "c.relpersistence <> 't' AND NOT c.relhasrules"
                + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f')"
                + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint k"
                + " JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass"
                + " AND d.objid = k.oid AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
                + " JOIN pg_catalog.pg_proc f ON f.oid = d.refobjid AND f.oid >= 16384 AND f.provolatile <> 'i'"
                + " WHERE k.contype = 'c' AND (k.conrelid = c.oid OR k.contypid IN (SELECT a.atttypid"
                + " FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)))"
                + " AND " + columns;
        String check = "SELECT c.oid, " + truncatable + ", " + independent
                + " FROM pg_catalog.pg_class c WHERE c.oid = " + QUOTE + table + QUOTE + "::pg_catalog.regclass";
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            try (ResultSet result = statement.executeQuery(check)) {
                if (!result.next()) {
                    return Optional.empty();
                }
                boolean canTruncate = result.getBoolean(2);
                return Optional.of(
                        new CopyTarget(result.getLong(1), table, canTruncate, canTruncate && result.getBoolean(3)));
            }
        } catch (SQLException e) {
            return Optional.empty(); // the COPY as written reports whatever is wrong
        }
    }

    /**
     * A {@code COPY table [(columns)] FROM …} statement's table as written, and how many columns it lists (-1 for
     * none).
     */
    record Parsed(String table, int columns) {}

    /** The table name (exactly as written) and column count of a {@code COPY … FROM} statement. */
    static Optional<Parsed> parse(String copy, boolean standardConformingStrings) {
        List<SqlToken> tokens = SqlLexer.tokens(copy, standardConformingStrings);
        if (tokens.isEmpty() || !tokens.get(0).isWord("COPY")) {
            return Optional.empty();
        }
        StringBuilder table = new StringBuilder();
        int end = 1;
        boolean name = true; // expecting a name part (else a dot)
        while (end < tokens.size()) {
            SqlToken token = tokens.get(end);
            if (name && isIdentifier(token) && !token.isWord("FROM")) {
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
        if (tokens.get(end).isWord("FROM")) {
            return Optional.of(new Parsed(table.toString(), -1));
        }
        if (!tokens.get(end).isSymbol('(')) {
            return Optional.empty();
        }
        int columns = 0;
        for (int i = end + 1; i < tokens.size(); i += 2) {
            if (!isIdentifier(tokens.get(i)) || i + 1 >= tokens.size()) {
                return Optional.empty();
            }
            columns++;
            if (tokens.get(i + 1).isSymbol(')')) {
                boolean from = i + 2 < tokens.size() && tokens.get(i + 2).isWord("FROM");
                return from ? Optional.of(new Parsed(table.toString(), columns)) : Optional.empty();
            }
            if (!tokens.get(i + 1).isSymbol(',')) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isIdentifier(SqlToken token) {
        return token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
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
