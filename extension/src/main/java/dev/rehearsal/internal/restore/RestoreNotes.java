package dev.rehearsal.internal.restore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a restore deliberately did not do (a tablespace not created, a cluster-wide setting not applied, another
 * database of a cluster dump left out, ownership skipped …), collected while it runs and logged once at the end
 * through {@link System.Logger} at {@code INFO}, so a test's log says how the restored database differs from
 * what {@code psql} would have made on a fresh server.
 *
 * <p>Notes with the same key are reported once, with the line of the first statement and how many there were.
 *
 * <p>Not thread-safe (one restore). Internal, not API.
 */
final class RestoreNotes {

    private static final System.Logger LOG = System.getLogger(Restorer.class.getName());

    private record Note(int line, String message, int count) {}

    private final Map<String, Note> notes = new LinkedHashMap<>();

    /** Records that a statement at {@code line} was not run (or changed) for the reason {@code message}. */
    void add(String key, int line, String message) {
        notes.merge(key, new Note(line, message, 1), (a, b) -> new Note(a.line(), a.message(), a.count() + 1));
    }

    /** The notes, one line each: {@code line N: message (and K more like it)}. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Note note : notes.values()) {
            String more =
                    note.count() > 1 ? " (" + note.count() + " statements, the first at line " + note.line() + ")" : "";
            String at = note.count() > 1 ? "" : "line " + note.line() + ": ";
            lines.add(at + note.message() + more);
        }
        return lines;
    }

    /** Logs the notes, if any, as one message naming the fixture. */
    void log(String location) {
        if (notes.isEmpty()) {
            return;
        }
        LOG.log(
                System.Logger.Level.INFO,
                () -> "Restoring " + location + ", Rehearsal left out or changed:\n  - "
                        + String.join("\n  - ", lines()));
    }
}
