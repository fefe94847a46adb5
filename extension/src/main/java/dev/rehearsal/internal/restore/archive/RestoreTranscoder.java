package dev.rehearsal.internal.restore.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes a data stream from the archive's encoding to UTF-8 as it is read, a buffer at a time (never the whole
 * stream), so COPY data from a LATIN1 or WIN1252 archive reaches a session whose client_encoding is UTF8 unchanged
 * in meaning. Bytes that are not valid in the archive's encoding are reported with their offset, not replaced.
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class RestoreTranscoder extends InputStream {

    private static final int SIZE = 1 << 16;

    private final InputStream in;
    private final String location;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer raw = ByteBuffer.allocate(SIZE);
    private final CharBuffer chars = CharBuffer.allocate(SIZE);
    private final ByteBuffer out = ByteBuffer.allocate(SIZE * 3 + 16);
    private long consumed;
    private boolean endOfInput;
    private boolean flushed;

    RestoreTranscoder(InputStream in, Charset from, String location) {
        this.in = in;
        this.location = location;
        this.decoder = from.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        raw.flip();
        out.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!out.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, out.remaining());
        out.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        raw.compact();
        if (!endOfInput) {
            int read = in.read(raw.array(), raw.position(), raw.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                raw.position(raw.position() + read);
            }
        }
        raw.flip();
        int before = raw.position();
        chars.clear();
        CoderResult result = decoder.decode(raw, chars, endOfInput);
        consumed += raw.position() - before;
        if (result.isError()) {
            throw new CharacterCodingException() {
                private static final long serialVersionUID = 1L;

                @Override
                public String getMessage() {
                    return "the data of " + location + " is not valid "
                            + decoder.charset().name() + " at byte " + consumed + " of the entry's data (" + result
                            + ")";
                }
            };
        }
        if (endOfInput && !raw.hasRemaining()) {
            decoder.flush(chars);
        }
        chars.flip();
        out.clear();
        encoder.encode(chars, out, endOfInput && !raw.hasRemaining());
        if (endOfInput && !raw.hasRemaining()) {
            encoder.flush(out);
            flushed = true;
        }
        out.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
