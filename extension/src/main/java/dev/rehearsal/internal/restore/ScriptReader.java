package dev.rehearsal.internal.restore;

import dev.rehearsal.FixtureRestoreException;
import dev.rehearsal.internal.sql.SqlLexer;
import dev.rehearsal.internal.sql.SqlPiece;
import dev.rehearsal.internal.sql.SqlStatement;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a psql script as a stream of statements and meta-commands, the way psql does: line by line, decoded with
 * the charset named by the script's {@code SET client_encoding} (UTF-8 until then), split by {@link SqlLexer}.
 * After a {@code COPY … FROM STDIN} statement the following lines up to the {@code \.} line are COPY data: the
 * caller either streams them with {@link #copyData()} or they are skipped on the next {@link #next()}.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class ScriptReader implements Closeable {

    private final LineReader lines;
    private final String location;
    private final SqlLexer lexer = SqlLexer.forPsqlScript();
    private final Deque<SqlPiece> pending = new ArrayDeque<>();
    private Charset charset = StandardCharsets.UTF_8;
    private String encodingName = "UTF8";
    private CharsetDecoder decoder = newDecoder(charset);
    private boolean endOfInput;

    private ScriptStatements.Kind kind = ScriptStatements.Kind.OTHER;
    private SqlStatement copyStatement;
    private int copyDataLine;
    private boolean copyDataTaken;

    ScriptReader(InputStream in, String location) {
        this.lines = new LineReader(in);
        this.location = location;
    }

    /** The next statement or meta-command, or null at the end of the script. */
    SqlPiece next() throws IOException {
        if (copyStatement != null) {
            if (!copyDataTaken) {
                skipCopyData();
            }
            copyStatement = null;
        }
        while (pending.isEmpty() && !endOfInput) {
            if (!lines.next()) {
                endOfInput = true;
                lexer.finish().ifPresent(pending::add);
            } else {
                String text = decode(lines.bytes(), lines.length(), lines.number());
                if (lines.number() == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                pending.addAll(lexer.feed(text, lines.number()));
            }
        }
        SqlPiece piece = pending.poll();
        kind = ScriptStatements.Kind.OTHER;
        if (piece instanceof SqlStatement statement) {
            kind = ScriptStatements.kind(statement.text(), lexer.standardConformingStrings());
            if (kind == ScriptStatements.Kind.COPY_FROM_STDIN) {
                copyStatement = statement;
                copyDataLine = lines.number() + 1;
                copyDataTaken = false;
            } else if (kind == ScriptStatements.Kind.CLIENT_ENCODING) {
                switchEncoding(statement);
            }
        }
        return piece;
    }

    /** How the runner treats the statement last returned by {@link #next()}. */
    ScriptStatements.Kind kind() {
        return kind;
    }

    /** The standard_conforming_strings setting the script is at. */
    boolean standardConformingStrings() {
        return lexer.standardConformingStrings();
    }

    /** After {@code \connect}: a new session starts with the server's default settings. */
    void sessionRestarted() {
        lexer.setStandardConformingStrings(true);
    }

    /** The line the COPY data of the last {@code COPY … FROM STDIN} statement starts on. */
    int copyDataLine() {
        return copyDataLine;
    }

    /**
     * The data of the {@code COPY … FROM STDIN} statement {@link #next()} just returned, re-encoded as UTF-8 and
     * without the {@code \.} line; ends with a {@link MissingCopyEndException} if the script ends first.
     */
    InputStream copyData() {
        if (copyStatement == null || copyDataTaken) {
            throw new IllegalStateException("no COPY FROM STDIN statement is waiting for its data");
        }
        copyDataTaken = true;
        return new CopyData();
    }

    private void skipCopyData() throws IOException {
        if (!lines.skipCopyData()) {
            throw missingEnd();
        }
    }

    private MissingCopyEndException missingEnd() {
        return new MissingCopyEndException(location + ":" + copyStatement.line() + ": the data of "
                + firstLine(copyStatement.text()) + " (from line " + copyDataLine + ") has no end marker: the"
                + " script ends at line " + lines.number() + " without a line holding only \\. — the file is"
                + " probably truncated");
    }

    private void switchEncoding(SqlStatement statement) {
        String name = ScriptStatements.clientEncoding(statement.text(), lexer.standardConformingStrings());
        Charset next = PgEncodings.charset(name)
                .orElseThrow(() -> new FixtureRestoreException(
                        location + ":" + statement.line() + ": the script sets client_encoding to " + name
                                + ", an encoding"
                                + " Rehearsal cannot decode (it knows UTF8, SQL_ASCII, LATIN1-10, WIN125x, KOI8R/U, EUC_*,"
                                + " SJIS, BIG5, GBK, UHC, GB18030). Re-create the dump with pg_dump -E UTF8",
                        location,
                        statement.line(),
                        null));
        encodingName = name;
        if (!next.equals(charset)) {
            charset = next;
            decoder = newDecoder(next);
        }
    }

    private String decode(byte[] bytes, int length, int lineNumber) {
        if (charset == StandardCharsets.UTF_8 && isAscii(bytes, length)) {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new FixtureRestoreException(
                    location + ":" + lineNumber + ": this line is not valid " + encodingName + " (the script's"
                            + " client_encoding" + (encodingName.equals("UTF8") ? ", UTF8 unless it sets one" : "")
                            + "): " + e.getMessage() + ". Re-create the dump with pg_dump -E UTF8",
                    location,
                    lineNumber,
                    e);
        }
    }

    private static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /**
     * The COPY data lines as a byte stream, UTF-8 encoded, ending before the {@code \.} line: UTF-8 scripts in
     * chunks as they are, others line by line, decoded and re-encoded.
     */
    private final class CopyData extends InputStream {
        private byte[] current = new byte[0];
        private int offset;
        private int limit;
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return read < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (charset == StandardCharsets.UTF_8) {
                return readUtf8(target, off, len);
            }
            int copied = 0;
            while (copied < len) {
                if (offset == limit && !nextLine()) {
                    break;
                }
                int count = Math.min(len - copied, limit - offset);
                System.arraycopy(current, offset, target, off + copied, count);
                offset += count;
                copied += count;
            }
            return copied == 0 ? -1 : copied;
        }

        /** UTF-8 data passes as it is, in chunks of the line reader's buffer. */
        private int readUtf8(byte[] target, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            int read = lines.readCopyData(target, off, len);
            if (read == LineReader.COPY_END) {
                done = true;
                return -1;
            }
            if (read == LineReader.COPY_EOF) {
                done = true;
                throw missingEnd();
            }
            return read;
        }

        private boolean nextLine() throws IOException {
            if (done) {
                return false;
            }
            if (!lines.next()) {
                done = true;
                throw missingEnd();
            }
            if (lines.isCopyTerminator()) {
                done = true;
                return false;
            }
            CharBuffer chars = CharBuffer.wrap(decode(lines.bytes(), lines.length(), lines.number()));
            ByteBuffer utf8 = StandardCharsets.UTF_8.encode(chars);
            current = new byte[utf8.remaining()];
            utf8.get(current);
            limit = current.length;
            offset = 0;
            return true;
        }
    }

    /** The script ended inside COPY data. */
    static final class MissingCopyEndException extends IOException {
        private static final long serialVersionUID = 1L;

        MissingCopyEndException(String message) {
            super(message);
        }
    }
}
