package dev.rehearsal.internal.restore;

import java.nio.charset.StandardCharsets;

/**
 * Tells a backup's format from its first bytes (pg_restore's {@code _discoverArchiveFormat()} does the same):
 * gzip {@code 1f 8b}, zstd {@code 28 b5 2f fd}, LZ4 frame {@code 04 22 4d 18}, custom archive {@code PGDMP}, tar
 * {@code ustar} at offset 257; text is a plain script; anything else is binary of an unknown format.
 *
 * <p>Thread-safe (stateless). Internal, not API.
 */
final class FormatSniffer {

    /** How many leading bytes {@link #sniff} looks at. */
    static final int HEAD = 512;

    private FormatSniffer() {}

    /**
     * The format the bytes start like; {@link DumpFormat#PLAIN} for text; null for binary data of no known format
     * (a NUL byte, or more than one in twenty bytes a control character no script contains). Never
     * {@link DumpFormat#DIRECTORY}, which is not a file.
     */
    static DumpFormat sniff(byte[] head) {
        if (startsWith(head, 0x1f, 0x8b)) {
            return DumpFormat.GZIP;
        }
        if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
            return DumpFormat.ZSTD;
        }
        if (startsWith(head, 0x04, 0x22, 0x4d, 0x18)) {
            return DumpFormat.LZ4;
        }
        if (startsWith(head, 'P', 'G', 'D', 'M', 'P')) {
            return DumpFormat.CUSTOM;
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return DumpFormat.TAR;
        }
        return isText(head) ? DumpFormat.PLAIN : null;
    }

    private static boolean isText(byte[] head) {
        int length = Math.min(head.length, HEAD);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return false;
            }
            boolean whitespace = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0b;
            if ((b < 0x20 && !whitespace) || b == 0x7f) {
                controls++;
            }
        }
        return controls * 20 <= length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
