package dev.rehearsal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over labelled parts (each length-prefixed, so that no two different sequences hash alike), as lowercase
 * hex: the one fingerprint of Rehearsal (a migrations directory, a template cache key, a server's settings), as
 * pgtestdb has one {@code hash.go} for every migrator.
 *
 * <p>Internal, not API.
 */
public final class Fingerprint {
    private final MessageDigest digest;

    public Fingerprint(String tool) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        add(tool);
    }

    /** The fingerprint of {@code label} followed by {@code parts}. */
    public static String of(String label, String... parts) {
        Fingerprint fingerprint = new Fingerprint(label);
        for (String part : parts) {
            fingerprint.add(part);
        }
        return fingerprint.hex();
    }

    public Fingerprint add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** The plain SHA-256 of {@code bytes} (no label), as lowercase hex: a file's digest. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
