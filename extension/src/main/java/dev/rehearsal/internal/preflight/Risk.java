package dev.rehearsal.internal.preflight;

/**
 * The kinds of statement that pass on an empty database and can fail on real data.
 *
 * <p>Internal, not API.
 */
public enum Risk {
    /** {@code ADD FOREIGN KEY} (validated): rows whose key has no match in the referenced table. */
    FOREIGN_KEY("ADD FOREIGN KEY"),
    /** {@code SET NOT NULL}, or a column added {@code NOT NULL} without a default: rows holding NULL. */
    NOT_NULL("SET NOT NULL"),
    /** {@code ADD UNIQUE}, {@code ADD PRIMARY KEY}, {@code CREATE UNIQUE INDEX}: duplicate keys. */
    UNIQUE("UNIQUE"),
    /** {@code ADD CHECK} (validated): rows the condition is false for. */
    CHECK("ADD CHECK"),
    /** {@code ALTER COLUMN … TYPE}: values the conversion fails on. */
    TYPE_CHANGE("ALTER COLUMN TYPE"),
    /** {@code DELETE} / {@code UPDATE} of rows a RESTRICT or NO ACTION foreign key still references. */
    REFERENCED_ROWS("DELETE/UPDATE of referenced rows");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    /** How the statement kind reads in a message, e.g. {@code ADD FOREIGN KEY}. */
    public String label() {
        return label;
    }
}
