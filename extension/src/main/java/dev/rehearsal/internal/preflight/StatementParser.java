package dev.rehearsal.internal.preflight;

import dev.rehearsal.internal.sql.SqlLexer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, in one statement's text, what can fail on real data: the subcommands of {@code ALTER TABLE} that check
 * existing rows ({@code ADD FOREIGN KEY}, {@code ADD UNIQUE / PRIMARY KEY}, {@code ADD CHECK}, {@code VALIDATE
 * CONSTRAINT}, {@code SET NOT NULL}, {@code ADD COLUMN … NOT NULL} without a default, {@code ALTER COLUMN … TYPE}),
 * {@code CREATE UNIQUE INDEX}, and {@code DELETE} / {@code UPDATE}, whose rows may be referenced by RESTRICT or NO
 * ACTION keys. A statement of one of these kinds whose shape it cannot follow (an expression index, {@code DELETE …
 * USING}, a DO block, a data-modifying {@code WITH}) is reported as not analysed; every other statement yields
 * nothing.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class StatementParser {

    /** What one statement holds: the checks to run and the risky parts that cannot be checked. */
    record Parsed(List<Check> checks, List<NotAnalysed> notAnalysed) {
        Parsed {
            checks = List.copyOf(checks);
            notAnalysed = List.copyOf(notAnalysed);
        }
    }

    private StatementParser() {}

    static Parsed parse(String statement) {
        String text = statement.strip();
        Tokens tokens = new Tokens(text, SqlLexer.tokens(text, true));
        List<Check> checks = new ArrayList<>();
        List<NotAnalysed> notAnalysed = new ArrayList<>();
        if (tokens.accept("ALTER", "TABLE")) {
            alterTable(text, tokens, checks, notAnalysed);
        } else if (tokens.accept("CREATE", "UNIQUE", "INDEX")) {
            uniqueIndex(text, tokens, checks, notAnalysed);
        } else if (tokens.accept("DELETE", "FROM")) {
            delete(text, tokens, checks, notAnalysed);
        } else if (tokens.accept("UPDATE")) {
            update(text, tokens, checks, notAnalysed);
        } else if (tokens.peekWord("DO")) {
            notAnalysed.add(new NotAnalysed(text, "statements inside a DO block are not analysed"));
        } else if (tokens.peekWord("WITH") && tokens.containsWord("DELETE", "UPDATE")) {
            notAnalysed.add(new NotAnalysed(text, "a DELETE or UPDATE inside a WITH query is not analysed"));
        }
        return new Parsed(checks, notAnalysed);
    }

    private static void alterTable(String text, Tokens tokens, List<Check> checks, List<NotAnalysed> notAnalysed) {
        tokens.accept("IF", "EXISTS");
        tokens.accept("ONLY");
        Optional<String> table = tokens.name();
        if (table.isEmpty()) {
            return;
        }
        tokens.acceptSymbol('*');
        for (Tokens part : tokens.splitOnCommas()) {
            subcommand(text, table.get(), part, checks, notAnalysed);
        }
    }

    private static void subcommand(
            String text, String table, Tokens part, List<Check> checks, List<NotAnalysed> notAnalysed) {
        if (part.accept("ADD")) {
            String name = null;
            if (part.accept("CONSTRAINT")) {
                name = part.name().orElse(null);
            }
            if (part.accept("FOREIGN", "KEY")) {
                foreignKey(text, table, name, part, checks, notAnalysed);
            } else if (part.accept("UNIQUE")) {
                unique(text, table, name, part, false, checks, notAnalysed);
            } else if (part.accept("PRIMARY", "KEY")) {
                unique(text, table, name, part, true, checks, notAnalysed);
            } else if (part.accept("CHECK")) {
                Optional<String> condition = part.group();
                if (condition.isPresent() && !part.containsWord("VALID")) {
                    checks.add(new Check.Condition(text, table, name, condition.get()));
                }
            } else if (name == null && !part.peekWord("EXCLUDE")) {
                addColumn(text, table, part, checks);
            }
        } else if (part.accept("VALIDATE", "CONSTRAINT")) {
            part.name().ifPresent(name -> checks.add(new Check.Validate(text, table, name)));
        } else if (part.accept("ALTER")) {
            part.accept("COLUMN");
            Optional<String> column = part.name();
            if (column.isEmpty()) {
                return;
            }
            if (part.accept("SET", "NOT", "NULL")) {
                checks.add(new Check.NotNull(text, table, column.get(), false));
            } else if (part.accept("SET", "DATA", "TYPE") || part.accept("TYPE")) {
                String type = part.until(',', "COLLATE", "USING").strip();
                if (part.accept("COLLATE")) {
                    part.name();
                }
                String using = part.accept("USING") ? part.until(',').strip() : null;
                checks.add(new Check.TypeChange(text, table, column.get(), type, using));
            }
        }
    }

    private static void foreignKey(
            String text, String table, String name, Tokens part, List<Check> checks, List<NotAnalysed> notAnalysed) {
        Optional<List<String>> columns = part.nameList();
        if (columns.isEmpty() || !part.accept("REFERENCES")) {
            notAnalysed.add(new NotAnalysed(text, "the foreign key's columns could not be read"));
            return;
        }
        Optional<String> referenced = part.name();
        if (referenced.isEmpty()) {
            notAnalysed.add(new NotAnalysed(text, "the referenced table could not be read"));
            return;
        }
        List<String> referencedColumns = part.nameList().orElse(List.of());
        boolean matchFull = part.accept("MATCH", "FULL");
        if (part.containsWord("VALID")) {
            return; // NOT VALID: existing rows are not checked
        }
        checks.add(
                new Check.ForeignKey(text, table, name, columns.get(), referenced.get(), referencedColumns, matchFull));
    }

    private static void unique(
            String text,
            String table,
            String name,
            Tokens part,
            boolean primaryKey,
            List<Check> checks,
            List<NotAnalysed> notAnalysed) {
        if (part.peekWord("USING")) {
            return; // USING INDEX: the index already holds the rows
        }
        boolean nullsNotDistinct = part.accept("NULLS", "NOT", "DISTINCT");
        part.accept("NULLS", "DISTINCT");
        Optional<List<String>> columns = part.nameList();
        if (columns.isEmpty()) {
            notAnalysed.add(new NotAnalysed(text, "the key's columns could not be read"));
            return;
        }
        checks.add(new Check.Unique(text, table, name, columns.get(), null, nullsNotDistinct, primaryKey));
        if (primaryKey) {
            for (String column : columns.get()) {
                checks.add(new Check.NotNull(text, table, column, false));
            }
        }
    }

    private static void addColumn(String text, String table, Tokens part, List<Check> checks) {
        part.accept("COLUMN");
        part.accept("IF", "NOT", "EXISTS");
        Optional<String> column = part.name();
        if (column.isEmpty()) {
            return;
        }
        boolean notNull = false;
        boolean filled = false;
        while (!part.atEnd()) {
            if (part.accept("NOT", "NULL")) {
                notNull = true;
            } else if (part.accept("DEFAULT") || part.accept("GENERATED") || part.accept("PRIMARY", "KEY")) {
                filled = true;
            } else if (part.peek().isSymbol('(')) {
                part.group();
            } else {
                part.skip();
            }
        }
        if (notNull && !filled) {
            checks.add(new Check.NotNull(text, table, column.get(), true));
        }
    }

    private static void uniqueIndex(String text, Tokens tokens, List<Check> checks, List<NotAnalysed> notAnalysed) {
        tokens.accept("CONCURRENTLY");
        tokens.accept("IF", "NOT", "EXISTS");
        String name = null;
        if (!tokens.peekWord("ON")) {
            name = tokens.name().orElse(null);
        }
        if (!tokens.accept("ON")) {
            return;
        }
        tokens.accept("ONLY");
        Optional<String> table = tokens.name();
        if (table.isEmpty()) {
            return;
        }
        if (tokens.accept("USING")) {
            tokens.name();
        }
        Optional<List<String>> columns = tokens.nameList();
        if (columns.isEmpty()) {
            notAnalysed.add(new NotAnalysed(text, "the index has an expression, operator class or sort order"));
            return;
        }
        if (tokens.accept("INCLUDE")) {
            tokens.group();
        }
        boolean nullsNotDistinct = tokens.accept("NULLS", "NOT", "DISTINCT");
        tokens.accept("NULLS", "DISTINCT");
        if (tokens.accept("WITH")) {
            tokens.group();
        }
        if (tokens.accept("TABLESPACE")) {
            tokens.name();
        }
        String predicate = tokens.accept("WHERE") ? tokens.until(';').strip() : null;
        checks.add(new Check.Unique(text, table.get(), name, columns.get(), predicate, nullsNotDistinct, false));
    }

    private static void delete(String text, Tokens tokens, List<Check> checks, List<NotAnalysed> notAnalysed) {
        tokens.accept("ONLY");
        Optional<String> table = tokens.name();
        if (table.isEmpty()) {
            return;
        }
        tokens.acceptSymbol('*');
        String alias = alias(tokens, "USING", "WHERE", "RETURNING");
        if (tokens.peekWord("USING")) {
            notAnalysed.add(new NotAnalysed(text, "DELETE … USING (a join) is not analysed"));
            return;
        }
        String condition = null;
        if (tokens.accept("WHERE")) {
            if (tokens.peekWord("CURRENT")) {
                notAnalysed.add(new NotAnalysed(text, "DELETE … WHERE CURRENT OF a cursor is not analysed"));
                return;
            }
            condition = tokens.until(';', "RETURNING").strip();
        }
        checks.add(new Check.ReferencedRows(text, table.get(), alias, condition, Map.of()));
    }

    private static void update(String text, Tokens tokens, List<Check> checks, List<NotAnalysed> notAnalysed) {
        tokens.accept("ONLY");
        Optional<String> table = tokens.name();
        if (table.isEmpty()) {
            return;
        }
        tokens.acceptSymbol('*');
        String alias = alias(tokens, "SET");
        if (!tokens.accept("SET")) {
            return;
        }
        Map<String, String> assignments = new LinkedHashMap<>();
        while (true) {
            Optional<String> column = tokens.name();
            if (column.isEmpty() || !tokens.acceptSymbol('=')) {
                notAnalysed.add(new NotAnalysed(text, "a multi-column SET (a, b) = … is not analysed"));
                return;
            }
            assignments.put(
                    column.get(),
                    tokens.until(',', "FROM", "WHERE", "RETURNING").strip());
            if (!tokens.acceptSymbol(',')) {
                break;
            }
        }
        if (tokens.peekWord("FROM")) {
            notAnalysed.add(new NotAnalysed(text, "UPDATE … FROM (a join) is not analysed"));
            return;
        }
        String condition = null;
        if (tokens.accept("WHERE")) {
            if (tokens.peekWord("CURRENT")) {
                notAnalysed.add(new NotAnalysed(text, "UPDATE … WHERE CURRENT OF a cursor is not analysed"));
                return;
            }
            condition = tokens.until(';', "RETURNING").strip();
        }
        checks.add(new Check.ReferencedRows(text, table.get(), alias, condition, assignments));
    }

    private static String alias(Tokens tokens, String... following) {
        boolean explicit = tokens.accept("AS");
        if (!explicit) {
            for (String word : following) {
                if (tokens.peekWord(word)) {
                    return null;
                }
            }
        }
        return tokens.name().orElse(null);
    }
}
