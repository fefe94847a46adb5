package dev.rehearsal.internal.preflight;

import java.util.List;

/**
 * One diagnostic query and how to read its rows: {@code query} lists every blocking row (or, for a duplicate key,
 * every duplicated key with its {@code copies}), {@code keyColumns} name the output columns that make up a row's key
 * as the message shows it.
 *
 * <p>Internal, not API.
 *
 * @param check the check it diagnoses
 * @param table the table the rows are in, as the catalog names it
 * @param why what blocks the statement, one sentence
 * @param query the query that lists them all
 * @param keyColumns the names of the key columns, as the catalog spells them
 * @param duplicates whether each output row is a duplicated key with a {@code copies} column
 */
record Probe(Check check, String table, String why, String query, List<String> keyColumns, boolean duplicates) {
    /** How many blocking keys a finding quotes. */
    static final int SAMPLE_SIZE = 10;

    Probe {
        keyColumns = List.copyOf(keyColumns);
    }
}
