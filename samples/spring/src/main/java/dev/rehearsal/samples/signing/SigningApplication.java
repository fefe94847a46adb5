package dev.rehearsal.samples.signing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The document-signing service: sign-ins and the dashboard's document listing, on PostgreSQL through Spring JDBC. */
@SpringBootApplication
public class SigningApplication {

    public static void main(String[] args) {
        SpringApplication.run(SigningApplication.class, args);
    }
}
