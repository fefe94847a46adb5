package dev.rehearsal.samples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.samples.signing.Logins;
import dev.rehearsal.samples.signing.SigningApplication;
import dev.rehearsal.spring.AutoConfigureRehearsal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * What production would have seen had the deploy shipped release 3.0's code without migration {@value
 * #ADD_SESSION_IP_ADDRESS}: the backup migrated only up to the migration before it ({@value #BEFORE_IT}), and the
 * same sign-in code fails, naming the column it needs.
 */
@SpringBootTest(classes = SigningApplication.class)
@AutoConfigureRehearsal
@RestoredFrom("backups/signing_2024_03_15.sql.gz")
@MigratesTo(value = SpringSignInWithoutTheIpAddressMigrationTests.BEFORE_IT, migrations = "prisma/migrations")
class SpringSignInWithoutTheIpAddressMigrationTests {

    /** Release 3.0's migration that adds {@code "Session"."ipAddress"} and {@code "userAgent"}. */
    static final String ADD_SESSION_IP_ADDRESS = "20240826103000_add_session_ip_address";

    /** The migration just before it. */
    static final String BEFORE_IT = "20240618120000_add_recipient_signing_order";

    @Autowired
    Logins logins;

    @Test
    void signingInFailsOnTheMissingColumn() {
        assertThatThrownBy(() -> logins.signIn("mateo.lopez@yahoo.com", "203.0.113.7", "Mozilla/5.0"))
                .isInstanceOf(BadSqlGrammarException.class)
                .rootCause()
                .hasMessageContaining("column \"ipAddress\" of relation \"Session\" does not exist");
    }
}
