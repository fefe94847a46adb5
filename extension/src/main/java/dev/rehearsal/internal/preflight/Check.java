package dev.rehearsal.internal.preflight;

import java.util.List;
import java.util.Map;

/**
 * What one risky statement (or one subcommand of an {@code ALTER TABLE}) needs from the data, as parsed from its
 * text; {@link Diagnostician} turns it into a query. Names (tables, columns) and expressions are kept as written, so
 * they mean in the query what they mean in the statement.
 *
 * <p>Internal, not API.
 */
sealed interface Check {
    /** The statement this check belongs to, as written. */
    String statement();

    /** The table the statement changes, as written. */
    String table();

    /** {@code ADD [CONSTRAINT name] FOREIGN KEY (columns) REFERENCES referenced [(referencedColumns)]}. */
    record ForeignKey(
            String statement,
            String table,
            String name,
            List<String> columns,
            String referenced,
            List<String> referencedColumns,
            boolean matchFull)
            implements Check {}

    /** {@code ALTER COLUMN column SET NOT NULL}, or ({@code added}) {@code ADD COLUMN column … NOT NULL} with no default. */
    record NotNull(String statement, String table, String column, boolean added) implements Check {}

    /** {@code ADD UNIQUE / PRIMARY KEY (columns)} or {@code CREATE UNIQUE INDEX … (columns) [WHERE predicate]}. */
    record Unique(
            String statement,
            String table,
            String name,
            List<String> columns,
            String predicate,
            boolean nullsNotDistinct,
            boolean primaryKey)
            implements Check {}

    /** {@code ADD [CONSTRAINT name] CHECK (condition)}. */
    record Condition(String statement, String table, String name, String condition) implements Check {}

    /** {@code VALIDATE CONSTRAINT name}: the constraint is read from the catalog when diagnosed. */
    record Validate(String statement, String table, String name) implements Check {}

    /** {@code ALTER COLUMN column TYPE type [USING using]}. */
    record TypeChange(String statement, String table, String column, String type, String using) implements Check {}

    /**
     * {@code DELETE FROM table [alias] [WHERE condition]} ({@code assignments} empty) or {@code UPDATE table [alias]
     * SET column = expression, … [WHERE condition]}; {@code condition} null when there is none.
     */
    record ReferencedRows(
            String statement, String table, String alias, String condition, Map<String, String> assignments)
            implements Check {
        boolean delete() {
            return assignments.isEmpty();
        }
    }
}
