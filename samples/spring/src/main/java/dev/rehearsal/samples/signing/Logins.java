package dev.rehearsal.samples.signing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Release 3.0's sign-in: after the user is authenticated (password or Google, not part of the sample), it opens a
 * session and records where it came from, in {@code "Session"."ipAddress"} and {@code "userAgent"}: the columns
 * migration {@code 20240826103000_add_session_ip_address} adds.
 */
@Service
public class Logins {
    static final Duration SESSION_LIFETIME = Duration.ofDays(30);

    private final JdbcClient jdbc;

    public Logins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a session for the user with {@code email}; returns its token. */
    @Transactional
    public String signIn(String email, String ipAddress, String userAgent) {
        int userId = jdbc.sql("SELECT id FROM \"User\" WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new UnknownUserException(email));
        String token = UUID.randomUUID().toString();
        Instant now = Instant.now();
        jdbc.sql("""
                        INSERT INTO "Session" (id, "sessionToken", "userId", expires, "createdAt", "ipAddress", "userAgent")
                        VALUES (:id, :token, :userId, :expires, :now, :ipAddress, :userAgent)
                        """)
                .param("id", "s" + UUID.randomUUID().toString().replace("-", ""))
                .param("token", token)
                .param("userId", userId)
                .param("expires", Timestamp.from(now.plus(SESSION_LIFETIME)))
                .param("now", Timestamp.from(now))
                .param("ipAddress", ipAddress)
                .param("userAgent", userAgent)
                .update();
        return token;
    }

    /** No user has this email address. */
    public static final class UnknownUserException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownUserException(String email) {
            super("No user with email " + email);
        }
    }
}
