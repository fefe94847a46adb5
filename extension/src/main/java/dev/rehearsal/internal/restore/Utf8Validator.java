package dev.rehearsal.internal.restore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are text PostgreSQL accepts in a UTF8 database: well-formed UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF) without NUL bytes. Works on bytes without decoding, piece by piece (a
 * character may continue in the next piece, as COPY data arrives in buffer-sized chunks), eight ASCII bytes at a
 * time, so checking all COPY data of a dump costs little next to reading it.
 *
 * <p>Not thread-safe (carries an unfinished character from one piece to the next). Internal, not API.
 */
final class Utf8Validator {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final long ONES = 0x0101_0101_0101_0101L;

    private int needed;
    private int low = 0x80;
    private int high = 0xbf;
    private int sequenceStart = -1;

    /**
     * Checks {@code bytes[from, to)}, continuing a character an earlier piece left unfinished.
     *
     * @return the index of the first byte that is not acceptable (a NUL, a byte that cannot start a character, or
     *     the byte where a character goes wrong), or -1; then {@link #sequenceStart()} is where that character
     *     started in this piece (-1 if in an earlier one)
     */
    int check(byte[] bytes, int from, int to) {
        int i = from;
        sequenceStart = needed > 0 ? -1 : from;
        while (i < to) {
            if (needed == 0) {
                while (i + Long.BYTES <= to) {
                    long word = (long) LONGS.get(bytes, i);
                    if ((word & HIGH_BITS) != 0 || ((word - ONES) & ~word & HIGH_BITS) != 0) {
                        break;
                    }
                    i += Long.BYTES;
                }
                if (i >= to) {
                    break;
                }
                int b = bytes[i] & 0xff;
                sequenceStart = i;
                if (b < 0x80) {
                    if (b == 0) {
                        return i;
                    }
                } else if (b >= 0xc2 && b <= 0xdf) {
                    expect(1, 0x80, 0xbf);
                } else if (b >= 0xe0 && b <= 0xef) {
                    expect(2, b == 0xe0 ? 0xa0 : 0x80, b == 0xed ? 0x9f : 0xbf);
                } else if (b >= 0xf0 && b <= 0xf4) {
                    expect(3, b == 0xf0 ? 0x90 : 0x80, b == 0xf4 ? 0x8f : 0xbf);
                } else {
                    return i;
                }
            } else {
                int b = bytes[i] & 0xff;
                if (b < low || b > high) {
                    needed = 0;
                    return i;
                }
                expect(needed - 1, 0x80, 0xbf);
            }
            i++;
        }
        return -1;
    }

    private void expect(int count, int lowest, int highest) {
        needed = count;
        low = lowest;
        high = highest;
    }

    /** Where the character that {@link #check} stopped at started in the piece, or -1 if in an earlier piece. */
    int sequenceStart() {
        return sequenceStart;
    }

    /** Whether the text checked so far ends inside a character. */
    boolean unfinished() {
        return needed > 0;
    }

    /** Forgets an unfinished character, to check unrelated text. */
    void reset() {
        needed = 0;
    }
}
