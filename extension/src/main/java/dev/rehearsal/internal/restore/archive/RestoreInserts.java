package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The statements of INSERT-style table data ({@code pg_dump --inserts} / {@code --column-inserts}), read from the
 * UTF-8 data stream one line at a time and split at semicolons outside quotes, like pg_restore's
 * {@code ExecuteSimpleCommands()} (backslashes count inside {@code '…'} only when standard_conforming_strings is
 * off). Only the statement being read is held in memory.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class RestoreInserts implements AutoCloseable {

    private final Reader reader;
    private final SqlLexer lexer = SqlLexer.forSql();
    private final Deque<String> ready = new ArrayDeque<>();
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line = 1;
    private boolean finished;

    RestoreInserts(InputStream utf8, boolean standardConformingStrings) {
        this.reader = new InputStreamReader(utf8, StandardCharsets.UTF_8);
        lexer.setStandardConformingStrings(standardConformingStrings);
    }

    /** The next statement, or null at the end of the data. */
    String next() throws IOException {
        while (ready.isEmpty() && !finished) {
            String text = nextLine();
            if (text == null) {
                finished = true;
                lexer.finish().ifPresent(last -> ready.add(last.text()));
            } else {
                for (SqlPiece piece : lexer.feed(text, line++)) {
                    ready.add(((SqlStatement) piece).text());
                }
            }
        }
        return ready.poll();
    }

    /** The next line including its {@code \n}, or null at the end. */
    private String nextLine() throws IOException {
        StringBuilder text = null;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return text == null ? null : text.toString();
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            boolean endOfLine = position < limit;
            if (endOfLine) {
                position++;
            }
            if (text == null) {
                text = new StringBuilder(position - start + 16);
            }
            text.append(buffer, start, position - start);
            if (endOfLine) {
                return text.toString();
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
