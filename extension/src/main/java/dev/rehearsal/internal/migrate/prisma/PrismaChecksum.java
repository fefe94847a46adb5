package dev.rehearsal.internal.migrate.prisma;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Prisma's migration checksums ({@code schema-connector/src/checksum.rs}): SHA-256 of the script's UTF-8 bytes as
 * 64 lowercase hex characters; comparisons tolerate CRLF/LF conversions and the legacy unpadded format.
 */
final class PrismaChecksum {
    private static final int CHECKSUM_LENGTH = 64;

    private PrismaChecksum() {}

    /** The checksum Prisma writes for {@code script} (the file as read: BOM and CRLF kept). */
    static String of(String script) {
        return hex(sha256(script), true);
    }

    /**
     * Whether {@code stored} matches {@code script} as {@code prisma migrate status} decides it: the script as is,
     * with CRLF → LF, or with LF → CRLF; a non-empty stored value that is not 64 characters long is compared in
     * the legacy format (each byte as hex without zero padding, prisma-engines#1887).
     */
    static boolean matches(String script, String stored) {
        boolean legacy = !stored.isEmpty() && stored.length() != CHECKSUM_LENGTH;
        return matchesOne(script, stored, legacy)
                || matchesOne(script.replace("\r\n", "\n"), stored, legacy)
                || matchesOne(script.replace("\n", "\r\n"), stored, legacy);
    }

    private static boolean matchesOne(String script, String stored, boolean legacy) {
        return hex(sha256(script), !legacy).equals(stored);
    }

    private static byte[] sha256(String script) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] bytes, boolean padded) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            String digits = Integer.toHexString(b & 0xff);
            if (padded && digits.length() == 1) {
                text.append('0');
            }
            text.append(digits);
        }
        return text.toString();
    }
}
