package dev.rehearsal.internal.migrate.dbmate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dbmate migration file parsed as {@code pkg/dbmate/migration.go} (v2.3x) does: one or more sections, each from a
 * {@code -- migrate:up} line to the next one (or the end), holding exactly one {@code -- migrate:down} after the up
 * block. Options follow the directive on its line ({@code -- migrate:up transaction:false}). Only comments and blank
 * lines may precede the first {@code -- migrate:up}. The up block starts at the directive (a SQL comment) and ends at
 * the section's {@code -- migrate:down}.
 *
 * <p>Internal, not API.
 */
record DbmateFile(List<Section> sections) {
    /** dbmate's parse errors, word for word. */
    static final String MISSING_UP = "dbmate requires each migration to define an up block with '-- migrate:up'";

    static final String MISSING_DOWN = "dbmate requires each migration to define a down block with '-- migrate:down'";
    static final String UNEXPECTED_STATEMENT = "dbmate does not support statements preceding the '-- migrate:up' block";

    private static final Pattern UP = Pattern.compile("(?m)^--\\s*migrate:up(\\s*$|\\s+\\S+)");
    private static final Pattern DOWN = Pattern.compile("(?m)^--\\s*migrate:down(\\s*$|\\s+\\S+)");
    private static final Pattern DIRECTIVE = Pattern.compile("^--\\s*migrate:(up|down)");

    /**
     * One section's up block.
     *
     * @param up the up block's text (from its directive to the section's down directive)
     * @param line the 1-based file line of the up directive
     * @param transaction false when the directive says {@code transaction:false}
     */
    record Section(String up, int line, boolean transaction) {}

    /** A file dbmate cannot parse; {@code message} is dbmate's error. */
    static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;

        ParseException(String message) {
            super(message);
        }
    }

    static boolean hasUpDirective(String contents) {
        return UP.matcher(contents).find();
    }

    static DbmateFile parse(String contents) throws ParseException {
        Matcher up = UP.matcher(contents);
        List<Integer> starts = new ArrayList<>();
        while (up.find()) {
            starts.add(up.start());
        }
        if (starts.isEmpty()) {
            throw new ParseException(MISSING_UP);
        }
        for (String line : contents.substring(0, starts.get(0)).split("\n", -1)) {
            if (!line.isBlank() && !line.stripLeading().startsWith("--")) {
                throw new ParseException(UNEXPECTED_STATEMENT);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int begin = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : contents.length();
            String section = contents.substring(begin, end);
            Matcher down = DOWN.matcher(section);
            if (!down.find()) {
                throw new ParseException(MISSING_DOWN);
            }
            int downStart = down.start();
            if (down.find()) {
                throw new ParseException(MISSING_UP);
            }
            String block = section.substring(0, downStart);
            int line = 1
                    + (int) contents.substring(0, begin)
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            sections.add(new Section(block, line, !"false".equals(options(block).get("transaction"))));
        }
        return new DbmateFile(List.copyOf(sections));
    }

    /** {@code parseMigrationOptions}: {@code key:value} pairs after the directive on its line. */
    private static Map<String, String> options(String block) {
        String first = block.split("\n", 2)[0];
        String rest = DIRECTIVE.matcher(first).replaceFirst("").strip();
        Map<String, String> options = new java.util.HashMap<>();
        if (rest.isEmpty()) {
            return options;
        }
        for (String pair : rest.split("\\s+")) {
            String[] kv = pair.split(":", -1);
            if (kv.length == 2) {
                options.put(kv[0], kv[1]);
            }
        }
        return options;
    }
}
