package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * COPY data read in chunks ({@link LineReader#readCopyData}, {@link LineReader#skipCopyData}) against the line by
 * line rule psql follows: the data ends at the first line that is exactly {@code \.} (with {@code \n}, {@code \r\n}
 * or the end of input after it), wherever the reads of the underlying stream and the reader's buffer happen to
 * split the bytes; line numbers after the data are right.
 */
class ScriptReaderCopyDataTest {

    /** Lines that look like the end marker but are data. */
    private static final List<String> LOOKALIKES =
            List.of("\\.x\n", "\\\\.\n", "a\\.\n", " \\.\n", "\\.\r\r\n", "\\\n", "\\N\t\\.\n", "\\");

    @Test
    void copyDataIsReadAndSkippedLikePsqlWhateverTheChunking() throws IOException {
        Random random = new Random(20_241_121L);
        for (int round = 0; round < 200; round++) {
            boolean tinyReads = random.nextBoolean();
            int maxChunk = 1 + random.nextInt(tinyReads ? 7 : 300_000);
            Script script = randomScript(random, !tinyReads && random.nextInt(4) == 0);
            for (boolean take : new boolean[] {true, false}) {
                List<String> seen = new ArrayList<>();
                try (ScriptReader reader =
                        new ScriptReader(new Chunked(script.bytes(), maxChunk, random.nextLong()), "t.sql")) {
                    for (SqlPiece piece = reader.next(); piece != null; piece = reader.next()) {
                        SqlStatement statement = (SqlStatement) piece;
                        seen.add(statement.line() + ":" + statement.text());
                        if (take && reader.kind() == ScriptStatements.Kind.COPY_FROM_STDIN) {
                            int length = 1 + random.nextInt(random.nextBoolean() ? 5 : 100_000);
                            seen.add(reader.copyDataLine() + "=" + read(reader.copyData(), length));
                        }
                    }
                }
                assertThat(seen)
                        .as("round %d, chunks up to %d bytes, data %s", round, maxChunk, take ? "read" : "skipped")
                        .isEqualTo(take ? script.expected() : script.expectedStatements());
            }
        }
    }

    @Test
    void theEndMarkerMayEndTheInputWithoutLineBreak() throws IOException {
        byte[] script = "COPY t FROM stdin;\n1\n2\n\\.".getBytes(StandardCharsets.UTF_8);
        try (ScriptReader reader = new ScriptReader(new ByteArrayInputStream(script), "t.sql")) {
            reader.next();
            assertThat(read(reader.copyData(), 3)).isEqualTo("1\n2\n");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void dataWithoutEndMarkerNamesTheLastLine() throws IOException {
        for (String tail : List.of("1\n2", "1\n2\n", "1\n\\.\r", "1\n\\.x")) {
            byte[] script = ("COPY t FROM stdin;\n" + tail).getBytes(StandardCharsets.UTF_8);
            try (ScriptReader reader = new ScriptReader(new ByteArrayInputStream(script), "t.sql")) {
                reader.next();
                InputStream data = reader.copyData();
                assertThatThrownBy(() -> read(data, 2))
                        .isInstanceOf(ScriptReader.MissingCopyEndException.class)
                        .hasMessageContaining("the script ends at line 3 ");
            }
            try (ScriptReader reader = new ScriptReader(new ByteArrayInputStream(script), "t.sql")) {
                reader.next();
                assertThatThrownBy(reader::next)
                        .isInstanceOf(ScriptReader.MissingCopyEndException.class)
                        .hasMessageContaining("t.sql:1: the data of COPY t FROM stdin; (from line 2)")
                        .hasMessageContaining("the script ends at line 3 ");
            }
        }
    }

    @Test
    void byteScanFindsAndCountsEveryPosition() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? '\n' : random.nextInt(256));
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int to = from + random.nextInt(bytes.length - from + 1);
            int index = -1;
            int count = 0;
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\n') {
                    index = index < 0 ? i : index;
                    count++;
                }
            }
            assertThat(ByteScan.indexOf(bytes, from, to, (byte) '\n')).isEqualTo(index);
            assertThat(ByteScan.count(bytes, from, to, (byte) '\n')).isEqualTo(count);
            byte value = (byte) random.nextInt(256);
            int expected = -1;
            for (int i = from; i < to && expected < 0; i++) {
                expected = bytes[i] == value ? i : -1;
            }
            assertThat(ByteScan.indexOf(bytes, from, to, value)).isEqualTo(expected);
        }
    }

    private record Script(byte[] bytes, List<String> expected, List<String> expectedStatements) {}

    /**
     * Statements and COPY blocks with random data lines; what a reader must see, computed line by line.
     *
     * @param large whether the data may hold many rows and lines longer than the reader's buffer
     */
    private static Script randomScript(Random random, boolean large) {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        int line = 1;
        int blocks = 1 + random.nextInt(4);
        for (int block = 0; block < blocks; block++) {
            String select = "SELECT " + block + ";";
            text.append(select).append('\n');
            expected.add(line + ":" + select);
            statements.add(line + ":" + select);
            line++;
            String copy = "COPY t" + block + " FROM stdin;";
            text.append(copy).append('\n');
            expected.add(line + ":" + copy);
            statements.add(line + ":" + copy);
            line++;
            int dataLine = line;
            StringBuilder data = new StringBuilder();
            int rows = random.nextInt(large ? 5_000 : 30);
            for (int row = 0; row < rows; row++) {
                String value;
                if (random.nextInt(8) == 0) {
                    value = LOOKALIKES.get(random.nextInt(LOOKALIKES.size() - 1));
                } else if (large && random.nextInt(500) == 0) {
                    value = "x".repeat(150_000 + random.nextInt(200_000)) + "\n";
                } else {
                    value = row + "\t" + "v".repeat(random.nextInt(120)) + (random.nextBoolean() ? "\r\n" : "\n");
                }
                data.append(value);
                line += value.chars().filter(c -> c == '\n').count();
            }
            text.append(data).append(random.nextBoolean() ? "\\.\r\n" : "\\.\n");
            line++;
            expected.add(dataLine + "=" + data);
        }
        String last = "SELECT 'end';";
        text.append(last);
        expected.add(line + ":" + last);
        statements.add(line + ":" + last);
        return new Script(text.toString().getBytes(StandardCharsets.UTF_8), expected, statements);
    }

    private static String read(InputStream data, int length) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[length];
        for (int read; (read = data.read(buffer, 0, length)) >= 0; ) {
            out.write(buffer, 0, read);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Delivers its bytes in reads of random sizes up to {@code maxChunk}. */
    private static final class Chunked extends InputStream {
        private final byte[] bytes;
        private final int maxChunk;
        private final Random random;
        private int position;

        Chunked(byte[] bytes, int maxChunk, long seed) {
            this.bytes = bytes;
            this.maxChunk = maxChunk;
            this.random = new Random(seed);
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, 1 + random.nextInt(maxChunk)), bytes.length - position);
            System.arraycopy(bytes, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
