package dev.rehearsal.internal.restore;

import java.io.ByteArrayOutputStream;
import org.apache.commons.codec.digest.XXHash32;

/**
 * A small LZ4 frame writer for tests (Commons Compress's writer needs ~20 s for half a megabyte): greedy matching
 * with a hash table, matches crossing block boundaries when blocks are linked (as liblz4, and so pg_dump, does),
 * stored blocks when a block does not compress. Checksums come from Commons Codec's XXHash32, independent of the
 * reader under test.
 */
final class Lz4TestFrames {
    private Lz4TestFrames() {}

    /** Frame options. */
    record Options(
            int blockSizeId, boolean linked, boolean blockChecksum, boolean contentChecksum, boolean contentSize) {
        /** What pg_dump 16+ writes: 64 KB linked blocks, no checksums besides the header's, no content size. */
        static final Options PG_DUMP = new Options(4, true, false, false, false);

        int blockSize() {
            return 1 << (2 * blockSizeId + 8);
        }
    }

    static byte[] frame(byte[] data, Options options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, 0x184D2204);
        int flags = 0x40
                | (options.linked() ? 0 : 0x20)
                | (options.blockChecksum() ? 0x10 : 0)
                | (options.contentSize() ? 0x08 : 0)
                | (options.contentChecksum() ? 0x04 : 0);
        ByteArrayOutputStream descriptor = new ByteArrayOutputStream();
        descriptor.write(flags);
        descriptor.write(options.blockSizeId() << 4);
        if (options.contentSize()) {
            writeLong(descriptor, data.length);
        }
        byte[] header = descriptor.toByteArray();
        out.writeBytes(header);
        out.write((xxh32(header, 0, header.length) >>> 8) & 0xff);
        int[] table = new int[1 << 14];
        java.util.Arrays.fill(table, -1);
        for (int start = 0; start < data.length; start += options.blockSize()) {
            int end = Math.min(data.length, start + options.blockSize());
            if (!options.linked()) {
                java.util.Arrays.fill(table, -1);
            }
            byte[] block = compressBlock(data, start, end, table);
            boolean stored = block.length >= end - start;
            if (stored) {
                block = java.util.Arrays.copyOfRange(data, start, end);
            }
            writeInt(out, block.length | (stored ? 0x80000000 : 0));
            out.writeBytes(block);
            if (options.blockChecksum()) {
                writeInt(out, xxh32(block, 0, block.length));
            }
        }
        writeInt(out, 0);
        if (options.contentChecksum()) {
            writeInt(out, xxh32(data, 0, data.length));
        }
        return out.toByteArray();
    }

    private static byte[] compressBlock(byte[] data, int start, int end, int[] table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int anchor = start;
        int i = start;
        int matchLimit = end - 5;
        while (i + 12 <= end) {
            int h = (Xxh32.intAt(data, i) * 0x9E3779B1) >>> 18;
            int candidate = table[h];
            table[h] = i;
            if (candidate >= 0 && i - candidate <= 65535 && Xxh32.intAt(data, candidate) == Xxh32.intAt(data, i)) {
                int length = 4;
                while (i + length < matchLimit && data[candidate + length] == data[i + length]) {
                    length++;
                }
                sequence(out, data, anchor, i - anchor, i - candidate, length);
                i += length;
                anchor = i;
            } else {
                i++;
            }
        }
        int literals = end - anchor;
        out.write(Math.min(literals, 15) << 4);
        length(out, literals);
        out.write(data, anchor, literals);
        return out.toByteArray();
    }

    private static void sequence(
            ByteArrayOutputStream out, byte[] data, int from, int literals, int offset, int match) {
        out.write(Math.min(literals, 15) << 4 | Math.min(match - 4, 15));
        length(out, literals);
        out.write(data, from, literals);
        out.write(offset & 0xff);
        out.write(offset >>> 8);
        length(out, match - 4);
    }

    private static void length(ByteArrayOutputStream out, int length) {
        if (length < 15) {
            return;
        }
        int rest = length - 15;
        for (; rest >= 255; rest -= 255) {
            out.write(255);
        }
        out.write(rest);
    }

    static int xxh32(byte[] data, int offset, int length) {
        XXHash32 hash = new XXHash32(0);
        hash.update(data, offset, length);
        return (int) hash.getValue();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        for (int i = 0; i < 4; i++) {
            out.write(value >>> (8 * i));
        }
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }
}
