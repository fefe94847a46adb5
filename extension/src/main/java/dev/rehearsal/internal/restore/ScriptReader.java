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

    /** PostgreSQL refuses a query string of 1 GB or more (MaxAllocSize); no statement of a script can be longer. */
    static final int MAX_STATEMENT_LENGTH = (1 << 30) - 1;

    private static final String DUMP_HEADER = "-- PostgreSQL database dump";
    private static final String CLUSTER_HEADER = "-- PostgreSQL database cluster dump";

    private final LineReader lines;
    private final String location;
    private final int maxStatementLength;
    private boolean firstLineDashes;
    private String expectedFooter;
    private boolean footerSeen;
    private final SqlLexer lexer = SqlLexer.forPsqlScript();
    private final Deque<SqlPiece> pending = new ArrayDeque<>();
    private Charset charset = StandardCharsets.UTF_8;
    private String encodingName = "UTF8";
    private CharsetDecoder decoder = newDecoder(charset);
    private final CopyTextCheck copyTextCheck = new CopyTextCheck();
    private final Utf8Validator lineValidator = new Utf8Validator();
    private boolean endOfInput;

    private ScriptStatements.Kind kind = ScriptStatements.Kind.OTHER;
    private SqlStatement copyStatement;
    private int copyDataLine;
    private boolean copyDataTaken;
    private long finishedCopyRows;
    private long statements;

    ScriptReader(InputStream in, String location) {
        this(in, location, MAX_STATEMENT_LENGTH);
    }

    /** A reader that refuses statements longer than {@code maxStatementLength} characters (tests use a small one). */
    ScriptReader(InputStream in, String location, int maxStatementLength) {
        this.lines = new LineReader(in);
        this.location = location;
        this.maxStatementLength = maxStatementLength;
    }

    /** The next statement or meta-command, or null at the end of the script. */
    SqlPiece next() throws IOException {
        if (copyStatement != null) {
            if (!copyDataTaken) {
                skipCopyData();
            }
            finishedCopyRows += Math.max(0, lines.number() - copyDataLine);
            copyStatement = null;
        }
        while (pending.isEmpty() && !endOfInput) {
            if (!lines.next()) {
                endOfInput = true;
                checkFooter();
                lexer.finish().ifPresent(pending::add);
            } else {
                String text = decode(lines.bytes(), lines.length(), lines.number());
                if (lines.number() == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                noteHeaderAndFooter(text);
                pending.addAll(lexer.feed(text, lines.number()));
                if (lexer.pendingLength() > maxStatementLength) {
                    throw tooLong();
                }
            }
        }
        SqlPiece piece = pending.poll();
        kind = ScriptStatements.Kind.OTHER;
        if (piece instanceof SqlStatement statement) {
            statements++;
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

    /**
     * COPY data rows read so far (for progress lines): those of finished COPYs, and the lines of the current one read
     * so far. Read on the thread that reads the script.
     */
    long copyRows() {
        long current = copyStatement == null ? 0 : Math.max(0, lines.number() - copyDataLine + 1);
        return finishedCopyRows + current;
    }

    /** SQL statements read so far (for progress lines; meta-commands and COPY data not counted). */
    long statements() {
        return statements;
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

    /**
     * Skips the COPY data, checking it the way the server would: UTF-8 data in chunks ({@link CopyTextCheck}), data
     * in another encoding line by line with its decoder.
     */
    private void skipCopyData() throws IOException {
        boolean ended;
        if (charset == StandardCharsets.UTF_8) {
            copyTextCheck.start();
            ended = lines.skipCopyData(copyTextCheck);
        } else {
            ended = false;
            while (lines.next()) {
                if (lines.isCopyTerminator()) {
                    ended = true;
                    break;
                }
                decode(lines.bytes(), lines.length(), lines.number());
            }
        }
        if (!ended) {
            throw missingEnd();
        }
    }

    /**
     * Remembers whether the script starts like pg_dump or pg_dumpall output ({@code --} then {@code -- PostgreSQL
     * database [cluster] dump}), and whether the line those end with has come.
     */
    private void noteHeaderAndFooter(String text) {
        int number = lines.number();
        if (number == 1) {
            firstLineDashes = text.strip().equals("--");
        } else if (number == 2 && firstLineDashes) {
            String header = text.strip();
            if (header.equals(DUMP_HEADER) || header.equals(CLUSTER_HEADER)) {
                expectedFooter = header + " complete";
            }
        } else if (expectedFooter != null
                && !footerSeen
                && text.startsWith(expectedFooter)
                && text.strip().equals(expectedFooter)) {
            footerSeen = true;
        }
    }

    /** A pg_dump or pg_dumpall script without the line it ends with is truncated. */
    private void checkFooter() {
        if (expectedFooter != null && !footerSeen) {
            String tool = expectedFooter.contains("cluster") ? "pg_dumpall" : "pg_dump";
            throw new FixtureRestoreException(
                    location + ": the script starts like " + tool + " output ("
                            + expectedFooter.replace(" complete", "")
                            + ") but ends at line " + lines.number() + " without the line " + expectedFooter + " that "
                            + tool + " writes last: the file is truncated (an interrupted dump, copy or download?);"
                            + " nothing was executed. Take or copy the backup again (if the file was shortened on"
                            + " purpose, end it with that line)",
                    location,
                    lines.number(),
                    null);
        }
    }

    private FixtureRestoreException tooLong() {
        int line = lexer.pendingStatementLine();
        return new FixtureRestoreException(
                location + ":" + line + ": the statement starting at line " + line + " is still not finished at line "
                        + lines.number() + " and longer than " + maxStatementLength + " characters, more than"
                        + " PostgreSQL accepts in one query (1 GB). Most likely a quote, dollar quote or comment"
                        + " opened near line " + line + " is never closed; otherwise the file is not a SQL script",
                location,
                line,
                null);
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
        if (charset == StandardCharsets.UTF_8) {
            lineValidator.reset();
            int bad = lineValidator.check(bytes, 0, length);
            if (bad >= 0 || lineValidator.unfinished()) {
                int start = bad < 0 || lineValidator.sequenceStart() >= 0 ? lineValidator.sequenceStart() : bad;
                throw invalidText(utf8Problem(bytes, start, bad < 0 ? length : bad + 1, start + 1), lineNumber, null);
            }
            return isAscii(bytes, length)
                    ? new String(bytes, 0, length, StandardCharsets.ISO_8859_1)
                    : new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
        String text;
        try {
            text = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw invalidText(e.getMessage(), lineNumber, e);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw invalidText(nul(nul + 1), lineNumber, null);
        }
        return text;
    }

    /** A line that is not text in the script's encoding: what is wrong with it, for the message. */
    private FixtureRestoreException invalidText(String what, int lineNumber, CharacterCodingException cause) {
        return new FixtureRestoreException(
                location + ":" + lineNumber + ": this line is not valid " + encodingName + " text (the script's"
                        + " client_encoding" + (encodingName.equals("UTF8") ? ", UTF8 unless it sets one" : "")
                        + "): " + what + "; nothing was executed. The file is damaged, or was written in another"
                        + " encoding: re-create the dump with pg_dump -E UTF8",
                location,
                lineNumber,
                cause);
    }

    /**
     * What is wrong with the bytes from {@code start} (at 1-based byte {@code position} of its line) up to {@code end}
     * (exclusive, at most four shown), for the message.
     */
    private static String utf8Problem(byte[] bytes, int start, int end, long position) {
        if (bytes[start] == 0) {
            return nul(position);
        }
        StringBuilder hex = new StringBuilder();
        for (int i = start; i < Math.min(end, start + 4); i++) {
            hex.append(i == start ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        }
        return "the bytes at byte " + position + " (" + hex + ") are not valid UTF-8";
    }

    private static String nul(long position) {
        return "it holds a NUL byte (at byte " + position + "), which PostgreSQL text never contains";
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
     * Checks UTF-8 COPY data as {@link LineReader#skipCopyData(LineReader.CopyChunks)} skips it, chunk by chunk, and
     * names the line and byte of the first problem.
     */
    private final class CopyTextCheck implements LineReader.CopyChunks {
        private final Utf8Validator validator = new Utf8Validator();
        /** How many bytes of the current line came before the chunk. */
        private long column;

        void start() {
            validator.reset();
            column = 0;
        }

        @Override
        public void accept(byte[] bytes, int from, int to, int line) {
            int bad = validator.check(bytes, from, to);
            if (bad >= 0) {
                int start = validator.sequenceStart() >= 0 ? validator.sequenceStart() : bad;
                int lineBreak = lastIndexOf(bytes, from, start, (byte) '\n');
                long position = lineBreak >= 0 ? start - lineBreak : column + (start - from) + 1;
                throw invalidText(
                        utf8Problem(bytes, start, bad + 1, position),
                        line + ByteScan.count(bytes, from, start, (byte) '\n'),
                        null);
            }
            int lineBreak = lastIndexOf(bytes, from, to, (byte) '\n');
            column = lineBreak >= 0 ? to - lineBreak - 1 : column + (to - from);
        }

        private int lastIndexOf(byte[] bytes, int from, int to, byte value) {
            for (int i = to - 1; i >= from; i--) {
                if (bytes[i] == value) {
                    return i;
                }
            }
            return -1;
        }
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
