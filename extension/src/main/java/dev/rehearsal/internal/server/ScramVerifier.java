package dev.rehearsal.internal.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password ({@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:
 * <ServerKey>}, RFC 5802 / 7677), computed here so that {@code ALTER ROLE … PASSWORD '<verifier>'} stores it as given
 * (PostgreSQL 10+) and the password itself never travels in a statement.
 *
 * <p>Rehearsal's own roles get {@link #ITERATIONS} = 4096, the server's default. Fewer rounds made each connection
 * 4–10 ms cheaper (bench/README.md), but Go's lib/pq (dbmate, and golang-migrate or goose run as COMMAND) refuses a
 * verifier of fewer than 4096 ("server sent an invalid SCRAM-SHA-256 iteration count"), found by {@code
 * DbmateConformanceTest} against the real dbmate; every client of the server must be able to log in.
 */
final class ScramVerifier {
    /** The iteration count of Rehearsal's verifiers: the least every PostgreSQL client accepts (lib/pq: 4096). */
    static final int ITERATIONS = 4096;

    private ScramVerifier() {}

    /** A verifier of {@code password} (ASCII, as every password Rehearsal generates) with a fresh random salt. */
    static String of(String password) {
        return of(password, EmbeddedPostgresServer.randomBytes(16), ITERATIONS);
    }

    static String of(String password, byte[] salt, int iterations) {
        try {
            byte[] salted = hi(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
            byte[] clientKey = hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] serverKey = hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII));
            Base64.Encoder base64 = Base64.getEncoder();
            return "SCRAM-SHA-256$" + iterations + ":" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(storedKey) + ":" + base64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 and SHA-256 are part of every Java runtime", e);
        }
    }

    /** RFC 5802's Hi(): PBKDF2 with HMAC-SHA-256, one block, on one {@link Mac} keyed once by the password. */
    private static byte[] hi(byte[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        Mac mac = mac(password);
        byte[] first = new byte[salt.length + 4];
        System.arraycopy(salt, 0, first, 0, salt.length);
        first[salt.length + 3] = 1;
        byte[] u = mac.doFinal(first);
        byte[] result = u.clone();
        for (int i = 1; i < iterations; i++) {
            u = mac.doFinal(u);
            for (int k = 0; k < result.length; k++) {
                result[k] ^= u[k];
            }
        }
        return result;
    }

    private static byte[] hmac(byte[] key, byte[] message) throws GeneralSecurityException {
        return mac(key).doFinal(message);
    }

    private static Mac mac(byte[] key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac;
    }
}
