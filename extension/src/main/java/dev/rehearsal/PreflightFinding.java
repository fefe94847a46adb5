package dev.rehearsal;

import java.util.List;

/**
 * Rows of the restored data that make a migration statement fail, found before (or right after) it runs by a
 * diagnostic query on the data as the statement sees it: which statement, which rows (how many, up to ten keys as
 * PostgreSQL writes them) and why they block it, with the query that lists them all, for the operator who must fix the
 * data before the release.
 *
 * <pre>
 * DELETE/UPDATE of referenced rows: rows are still referenced from table public."Recipient" by
 *     "Recipient_documentId_fkey" (ON DELETE RESTRICT)
 *   16 rows of public."Document", e.g. (id)=(21), (id)=(34), …
 *   all of them: SELECT "Document".id FROM "Document" WHERE (…) AND EXISTS (…)
 * </pre>
 *
 * @param kind the kind of statement
 * @param migrationId the migration the statement belongs to, or {@code null} when unknown
 * @param statement the statement as written
 * @param table the table whose rows block it, as the catalog names it
 * @param why what blocks the statement, naming the constraint, column or referencing key
 * @param rows how many rows block it (for a duplicate key: the rows sharing a duplicated value)
 * @param keys up to ten of them: {@code (id)=(21)}; for a duplicate key the value and its copies, {@code
 *     (email)=(a@x.org) ×2}
 * @param query the query that lists them all
 */
public record PreflightFinding(
        Kind kind,
        String migrationId,
        String statement,
        String table,
        String why,
        long rows,
        List<String> keys,
        String query) {

    /** The kinds of statement that pass on an empty database and can fail on real data. */
    public enum Kind {
        /** {@code ADD FOREIGN KEY} (validated), or {@code VALIDATE CONSTRAINT} of one: keys with no match. */
        FOREIGN_KEY("ADD FOREIGN KEY"),
        /** {@code SET NOT NULL}, a primary key, or a column added {@code NOT NULL} without a default: NULLs. */
        NOT_NULL("SET NOT NULL"),
        /** {@code ADD UNIQUE}, {@code ADD PRIMARY KEY}, {@code CREATE UNIQUE INDEX}: duplicate keys. */
        UNIQUE("UNIQUE"),
        /** {@code ADD CHECK} (validated), or {@code VALIDATE CONSTRAINT} of one: rows it is false for. */
        CHECK("ADD CHECK"),
        /** {@code ALTER COLUMN … TYPE [USING …]}: values the conversion fails on. */
        TYPE_CHANGE("ALTER COLUMN TYPE"),
        /** {@code DELETE} / {@code UPDATE} of rows that a RESTRICT or NO ACTION foreign key still references. */
        REFERENCED_ROWS("DELETE/UPDATE of referenced rows");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the kind reads in a message, e.g. {@code ADD FOREIGN KEY}. */
        public String label() {
            return label;
        }
    }

    public PreflightFinding {
        keys = List.copyOf(keys);
    }

    /** This finding for the statement of migration {@code id}. */
    public PreflightFinding inMigration(String id) {
        return new PreflightFinding(kind, id, statement, table, why, rows, keys, query);
    }

    /** The finding in three lines: what blocks the statement, how many rows with sample keys, the query. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(kind.label()).append(": ").append(why).append('\n');
        text.append("  ")
                .append(rows)
                .append(rows == 1 ? " row" : " rows")
                .append(" of ")
                .append(table);
        if (!keys.isEmpty()) {
            text.append(", e.g. ").append(String.join(", ", keys));
            if (rows > keys.size()) {
                text.append(", …");
            }
        }
        text.append('\n').append("  all of them: ").append(query);
        return text.toString();
    }
}
