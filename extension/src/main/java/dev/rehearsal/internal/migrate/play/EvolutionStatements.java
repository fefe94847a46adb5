package dev.rehearsal.internal.migrate.play;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Play's {@code Script.statements}: the script is split at every {@code ;} that neither follows nor precedes another
 * {@code ;} (regex {@code (?<!;);(?!;)}), each piece is trimmed, {@code ;;} becomes {@code ;}, and empty pieces are
 * dropped. Quotes, dollar quotes and comments are not looked at: a {@code ;} inside a string or a function body
 * splits it, which is why Play's documentation asks for {@code ;;} there.
 */
final class EvolutionStatements {
    private static final Pattern SEPARATOR = Pattern.compile("(?<!;);(?!;)");

    /**
     * One statement as Play sends it.
     *
     * @param sql the statement, trimmed, {@code ;;} unescaped, before variable substitution
     * @param offset where its first character is in the script, for line numbers
     */
    record Statement(String sql, int offset) {}

    private EvolutionStatements() {}

    static List<Statement> of(String script) {
        List<Statement> statements = new ArrayList<>();
        Matcher separators = SEPARATOR.matcher(script);
        int start = 0;
        while (separators.find()) {
            add(script, start, separators.start(), statements);
            start = separators.end();
        }
        add(script, start, script.length(), statements);
        return statements;
    }

    private static void add(String script, int from, int to, List<Statement> statements) {
        String piece = script.substring(from, to);
        String trimmed = piece.trim();
        if (trimmed.isEmpty()) {
            return;
        }
        String sql = trimmed.replace(";;", ";");
        if (sql.isEmpty()) {
            return;
        }
        statements.add(new Statement(sql, from + piece.indexOf(trimmed)));
    }
}
