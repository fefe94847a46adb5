package dev.rehearsal.internal.migrate.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One evolution file read as Play's {@code ResourceEvolutionsReader} reads it: the text is split at {@code \n}, every
 * line is trimmed, a trimmed line matching {@code ^(#|--).*!Ups.*$} (or {@code !Downs}, case-sensitive, Ups checked
 * first) switches the section, the lines before the first marker are dropped, and each section's lines are joined
 * with {@code \n} and trimmed. Several {@code !Ups} sections of one file are concatenated.
 *
 * <p>Because every line is trimmed, the scripts Play stores in {@code play_evolutions} and hashes are the trimmed
 * lines, not the file's bytes. Rehearsal also keeps each line's number in the file, for {@code file:line} in messages.
 *
 * @param ups the {@code !Ups} script, as Play stores it in {@code apply_script}
 * @param downs the {@code !Downs} script, as Play stores it in {@code revert_script}
 * @param upsLines the 1-based file line of each line of {@code ups}
 * @param downsLines the 1-based file line of each line of {@code downs}
 * @param description the first line before the first marker, without its comment prefix ({@code ""} when none)
 * @param notes lines that look like markers but are not (e.g. {@code # --- !ups}), and a missing {@code !Ups}
 */
record EvolutionScript(
        String ups,
        String downs,
        List<Integer> upsLines,
        List<Integer> downsLines,
        String description,
        List<String> notes) {

    private static final Pattern UPS = Pattern.compile("^(#|--).*!Ups.*$");
    private static final Pattern DOWNS = Pattern.compile("^(#|--).*!Downs.*$");
    private static final Pattern LOOKS_LIKE_MARKER = Pattern.compile("^(#|--).*!\\s*(ups|downs)\\b.*$");
    private static final Pattern COMMENT_PREFIX = Pattern.compile("^[#\\-\\s]+");

    EvolutionScript {
        upsLines = List.copyOf(upsLines);
        downsLines = List.copyOf(downsLines);
        notes = List.copyOf(notes);
    }

    /** A script read back from {@code play_evolutions} (no file lines: its own lines are numbered from 1). */
    static EvolutionScript stored(String ups, String downs) {
        return new EvolutionScript(ups, downs, ownLines(ups), ownLines(downs), "", List.of());
    }

    static EvolutionScript parse(String content) {
        String[] raw = content.split("\n", -1);
        Section ups = new Section();
        Section downs = new Section();
        Section current = null;
        String description = "";
        boolean sawUps = false;
        List<String> notes = new ArrayList<>();
        for (int index = 0; index < raw.length; index++) {
            String line = raw[index].trim();
            int number = index + 1;
            if (UPS.matcher(line).matches()) {
                current = ups.startChunk(number);
                sawUps = true;
            } else if (DOWNS.matcher(line).matches()) {
                current = downs.startChunk(number);
            } else {
                if (LOOKS_LIKE_MARKER.matcher(line.toLowerCase(Locale.ROOT)).matches()) {
                    notes.add("line " + number + " \"" + line + "\" is not a marker for Play (it expects exactly !Ups"
                            + " or !Downs, case-sensitive), so it is "
                            + (current == null ? "dropped with the lines before the first marker" : "kept as SQL"));
                }
                if (current == null) {
                    if (description.isEmpty() && !line.isEmpty()) {
                        description =
                                COMMENT_PREFIX.matcher(line).replaceFirst("").strip();
                    }
                } else {
                    current.add(line, number);
                }
            }
        }
        if (!sawUps) {
            notes.add("it has no !Ups marker (e.g. \"-- !Ups\" or \"# --- !Ups\"), so Play applies nothing for it but"
                    + " still records it in play_evolutions");
        }
        return new EvolutionScript(ups.text(), downs.text(), ups.lines(), downs.lines(), description, notes);
    }

    /** The 1-based file line of the character at {@code offset} in {@code script} (ups or downs). */
    static int lineAt(String script, List<Integer> lines, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < script.length(); i++) {
            if (script.charAt(i) == '\n') {
                line++;
            }
        }
        return line < lines.size() ? lines.get(line) : 0;
    }

    private static List<Integer> ownLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int count = text.split("\n", -1).length;
        for (int i = 1; i <= count; i++) {
            lines.add(i);
        }
        return lines;
    }

    /** All lines of one section, over every chunk of it; an empty chunk counts as one empty line (as in Play). */
    private static final class Section {
        private final List<String> lines = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();
        private int pendingEmptyChunk;

        Section startChunk(int markerLine) {
            closeChunk();
            pendingEmptyChunk = markerLine;
            return this;
        }

        void add(String line, int number) {
            pendingEmptyChunk = 0;
            lines.add(line);
            numbers.add(number);
        }

        private void closeChunk() {
            if (pendingEmptyChunk > 0) {
                lines.add("");
                numbers.add(pendingEmptyChunk);
                pendingEmptyChunk = 0;
            }
        }

        String text() {
            return String.join("\n", lines).trim();
        }

        List<Integer> lines() {
            int first = 0;
            while (first < lines.size() && lines.get(first).isEmpty()) {
                first++;
            }
            int last = lines.size();
            while (last > first && lines.get(last - 1).isEmpty()) {
                last--;
            }
            return numbers.subList(first, last);
        }
    }
}
