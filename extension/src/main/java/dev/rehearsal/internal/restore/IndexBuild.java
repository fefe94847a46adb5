package dev.rehearsal.internal.restore;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlToken;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The statements of a script's post-data part that build an index on one ordinary table and do nothing else, the
 * way pg_dump writes them: {@code CREATE [UNIQUE] INDEX name ON [ONLY] table …} and {@code ALTER TABLE [ONLY] table
 * ADD CONSTRAINT name PRIMARY KEY|UNIQUE (…)}. Such builds on different tables may run on several sessions at once
 * ({@link ScriptCopyIn}): each locks only its table, and no other statement of the script runs before they are done.
 * Not {@code CONCURRENTLY}, not on partitioned tables (those reach the partitions).
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class IndexBuild {

    private static final String QUOTE = "$rehearsal_index$";

    private IndexBuild() {}

    /** The table an index-building statement builds on, as written; empty for any other statement. */
    static Optional<String> table(String sql, boolean standardConformingStrings) {
        String first = ScriptStatements.firstWord(sql);
        if (!first.equals("CREATE") && !first.equals("ALTER")) {
            return Optional.empty();
        }
        List<SqlToken> tokens = SqlLexer.tokens(sql, standardConformingStrings);
        for (int k = 0; k < tokens.size() - 1; k++) {
            if (tokens.get(k).isSymbol(';')) {
                return Optional.empty(); // a \; joins another statement
            }
        }
        int i = 1;
        if (first.equals("CREATE")) {
            if (i < tokens.size() && tokens.get(i).isWord("UNIQUE")) {
                i++;
            }
            if (!isWord(tokens, i++, "INDEX") || isWord(tokens, i, "CONCURRENTLY") || isWord(tokens, i, "IF")) {
                return Optional.empty();
            }
            if (!isName(tokens, i++) || !isWord(tokens, i++, "ON")) {
                return Optional.empty();
            }
            if (isWord(tokens, i, "ONLY")) {
                i++;
            }
            return name(tokens, i).map(Name::text);
        }
        if (!isWord(tokens, i++, "TABLE")) {
            return Optional.empty();
        }
        if (isWord(tokens, i, "ONLY")) {
            i++;
        }
        Optional<Name> table = name(tokens, i);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        i = table.get().end();
        if (!isWord(tokens, i++, "ADD") || !isWord(tokens, i++, "CONSTRAINT") || !isName(tokens, i++)) {
            return Optional.empty();
        }
        boolean key = isWord(tokens, i, "PRIMARY") && isWord(tokens, i + 1, "KEY") || isWord(tokens, i, "UNIQUE");
        return key ? Optional.of(table.get().text()) : Optional.empty();
    }

    /** The OID of {@code table} if it is an ordinary table or materialized view; empty otherwise or on failure. */
    static Optional<Long> ordinaryTable(Connection connection, String table) {
        if (table.contains(QUOTE)) {
            return Optional.empty();
        }
        String sql = "SELECT c.oid FROM pg_catalog.pg_class c WHERE c.relkind IN ('r', 'm') AND c.relpersistence <> 't'"
                + " AND c.oid = " + QUOTE + table + QUOTE + "::pg_catalog.regclass";
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            try (ResultSet result = statement.executeQuery(sql)) {
                return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty(); // the statement as written reports whatever is wrong
        }
    }

    private record Name(String text, int end) {}

    /** A possibly qualified name starting at token {@code i}. */
    private static Optional<Name> name(List<SqlToken> tokens, int i) {
        StringBuilder text = new StringBuilder();
        while (isName(tokens, i)) {
            text.append(tokens.get(i).text());
            i++;
            if (i < tokens.size() && tokens.get(i).isSymbol('.')) {
                text.append('.');
                i++;
            } else {
                return Optional.of(new Name(text.toString(), i));
            }
        }
        return Optional.empty();
    }

    private static boolean isName(List<SqlToken> tokens, int i) {
        return i < tokens.size()
                && (tokens.get(i).kind() == SqlToken.Kind.WORD
                        || tokens.get(i).kind() == SqlToken.Kind.QUOTED_IDENTIFIER);
    }

    private static boolean isWord(List<SqlToken> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).isWord(word);
    }
}
