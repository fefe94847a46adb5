package dev.rehearsal.internal.restore;

/**
 * The 32-bit xxHash (XXH32) that the LZ4 frame format uses for its header, block and content checksums, computed
 * incrementally. Follows the published algorithm ({@code xxhash.h}, "XXH32").
 *
 * <p>Not thread-safe. Internal, not API.
 */
final class Xxh32 {

    private static final int PRIME1 = 0x9E3779B1;
    private static final int PRIME2 = 0x85EBCA77;
    private static final int PRIME3 = 0xC2B2AE3D;
    private static final int PRIME4 = 0x27D4EB2F;
    private static final int PRIME5 = 0x165667B1;

    private final int seed;
    private int v1;
    private int v2;
    private int v3;
    private int v4;
    private final byte[] pending = new byte[16];
    private int pendingLength;
    private long total;

    Xxh32(int seed) {
        this.seed = seed;
        v1 = seed + PRIME1 + PRIME2;
        v2 = seed + PRIME2;
        v3 = seed;
        v4 = seed - PRIME1;
    }

    /** The hash of {@code length} bytes of {@code data} from {@code offset}, with seed 0. */
    static int hash(byte[] data, int offset, int length) {
        Xxh32 hash = new Xxh32(0);
        hash.update(data, offset, length);
        return hash.value();
    }

    void update(byte[] data, int offset, int length) {
        total += length;
        int end = offset + length;
        if (pendingLength > 0) {
            int take = Math.min(16 - pendingLength, length);
            System.arraycopy(data, offset, pending, pendingLength, take);
            pendingLength += take;
            offset += take;
            if (pendingLength < 16) {
                return;
            }
            stripe(pending, 0);
            pendingLength = 0;
        }
        for (; offset + 16 <= end; offset += 16) {
            stripe(data, offset);
        }
        pendingLength = end - offset;
        System.arraycopy(data, offset, pending, 0, pendingLength);
    }

    int value() {
        int hash = total >= 16
                ? Integer.rotateLeft(v1, 1)
                        + Integer.rotateLeft(v2, 7)
                        + Integer.rotateLeft(v3, 12)
                        + Integer.rotateLeft(v4, 18)
                : seed + PRIME5;
        hash += (int) total;
        int i = 0;
        for (; i + 4 <= pendingLength; i += 4) {
            hash += intAt(pending, i) * PRIME3;
            hash = Integer.rotateLeft(hash, 17) * PRIME4;
        }
        for (; i < pendingLength; i++) {
            hash += (pending[i] & 0xff) * PRIME5;
            hash = Integer.rotateLeft(hash, 11) * PRIME1;
        }
        hash ^= hash >>> 15;
        hash *= PRIME2;
        hash ^= hash >>> 13;
        hash *= PRIME3;
        hash ^= hash >>> 16;
        return hash;
    }

    private void stripe(byte[] data, int offset) {
        v1 = round(v1, intAt(data, offset));
        v2 = round(v2, intAt(data, offset + 4));
        v3 = round(v3, intAt(data, offset + 8));
        v4 = round(v4, intAt(data, offset + 12));
    }

    private static int round(int accumulator, int input) {
        return Integer.rotateLeft(accumulator + input * PRIME2, 13) * PRIME1;
    }

    /** The little-endian int at {@code offset}. */
    static int intAt(byte[] data, int offset) {
        return (data[offset] & 0xff)
                | (data[offset + 1] & 0xff) << 8
                | (data[offset + 2] & 0xff) << 16
                | (data[offset + 3] & 0xff) << 24;
    }
}
