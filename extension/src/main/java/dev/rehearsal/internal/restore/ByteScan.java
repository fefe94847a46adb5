package dev.rehearsal.internal.restore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finding and counting one byte value in a byte array eight bytes at a time (SWAR: each {@code long} read checks
 * eight bytes), for the hot loops over a whole script: line breaks in decompressed data, the line ends of COPY data.
 * A plain byte loop costs about as much as the decompression itself on a large dump.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x7F7F_7F7F_7F7F_7F7FL;
    private static final long ONES = 0x0101_0101_0101_0101L;

    private ByteScan() {}

    /** The index of the first {@code value} in {@code bytes[from, to)}, or -1. */
    static int indexOf(byte[] bytes, int from, int to, byte value) {
        long pattern = (value & 0xFFL) * ONES;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long matches = matches((long) LONGS.get(bytes, i), pattern);
            if (matches != 0) {
                return i + (Long.numberOfTrailingZeros(matches) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** How often {@code value} occurs in {@code bytes[from, to)}. */
    static int count(byte[] bytes, int from, int to, byte value) {
        long pattern = (value & 0xFFL) * ONES;
        int count = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            count += Long.bitCount(matches((long) LONGS.get(bytes, i), pattern));
        }
        for (; i < to; i++) {
            if (bytes[i] == value) {
                count++;
            }
        }
        return count;
    }

    /** The high bit of every byte of {@code word} that equals the byte of {@code pattern}, exactly (no carries). */
    private static long matches(long word, long pattern) {
        long zeroWhereEqual = word ^ pattern;
        return ~(((zeroWhereEqual & LOW_BITS) + LOW_BITS) | zeroWhereEqual | LOW_BITS);
    }
}
