package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import dev.rehearsal.samples.signing.Documents;
import dev.rehearsal.samples.signing.Logins;
import dev.rehearsal.samples.signing.SigningApplication;
import dev.rehearsal.spring.AutoConfigureRehearsal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * New code on old data: release 3.0 of the signing application, a Spring Boot service, runs on production's backup of
 * 15 March 2024 (release 2.0) after Rehearsal applied the six pending Prisma migrations. The application's own
 * sign-in and dashboard code run, through its own DataSource, on each test's copy of the upgraded backup.
 */
@SpringBootTest(classes = SigningApplication.class)
@AutoConfigureRehearsal
@RestoredFrom("backups/signing_2024_03_15.sql.gz")
@MigratesTo(migrations = "prisma/migrations")
class SpringUpgradeFromMarch2024Tests {

    @Autowired
    Logins logins;

    @Autowired
    Documents documents;

    @Test
    void aUserFromTheBackupSignsIn(RestoredDatabase db) {
        String token = logins.signIn("Mateo.Lopez@yahoo.com", "203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");

        assertThat(db)
                .query("SELECT \"ipAddress\", \"userAgent\" FROM \"Session\" WHERE \"sessionToken\" = ?", token)
                .containsRow("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");
    }

    @Test
    void theDashboardListsEveryDocumentTheOldOneDid(RestoredDatabase db) {
        List<Object> listed = documents.dashboardOf(1).stream()
                .map(document -> (Object) document.id())
                .toList();

        List<Object> listedBefore = db.beforeMigration()
                .query("SELECT id FROM \"Document\" WHERE \"userId\" = 1 AND \"deletedAt\" IS NULL ORDER BY id")
                .column("id");
        assertThat(listed).hasSize(32).containsExactlyElementsOf(listedBefore);
    }
}
