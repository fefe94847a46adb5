package dev.rehearsal.samples;

import static dev.rehearsal.assertj.RehearsalAssertions.assertThat;
import static dev.rehearsal.samples.SigningMigrations.ADD_DOCUMENT_VISIBILITY;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.MigratesTo;
import dev.rehearsal.RestoredDatabase;
import dev.rehearsal.RestoredFrom;
import org.junit.jupiter.api.Test;

/**
 * A migration that succeeds can still make data disappear.
 *
 * <p>Release 3.0 added {@code "Document"."visibility"}, nullable and without a default, and the dashboard's
 * listing query started filtering on {@code "visibility" = 'VISIBLE'}. Every document created before that migration
 * holds NULL there, so all of them vanished from the dashboard, with no error anywhere. A later migration
 * backfilled the column. The rule the tests enforce: after the upgrade the new listing returns exactly the
 * documents the old listing returned on the backup.
 */
@RestoredFrom("backups/signing_2024_03_15.sql.gz")
class DisappearingDocumentsTests {

    private static final String NEW_LISTING =
            "SELECT id FROM \"Document\" WHERE \"deletedAt\" IS NULL AND \"visibility\" = 'VISIBLE'";
    private static final String OLD_LISTING = "SELECT id FROM \"Document\" WHERE \"deletedAt\" IS NULL";

    /** Stopped right after the migration that added the column, the check catches the trap. */
    @Test
    @MigratesTo(ADD_DOCUMENT_VISIBILITY)
    void withoutTheBackfillEveryDocumentDisappears(RestoredDatabase db) {
        assertThatThrownBy(() -> assertThat(db).query(NEW_LISTING).returnsSameRowsAs(db.beforeMigration(), OLD_LISTING))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("695 rows are missing")
                .hasMessageContaining("this query returned 0 rows");
        assertThat(db).table("Document").column("visibility").isNullable().hasNullCount(710);
    }

    /** With every migration of today, {@value SigningMigrations#BACKFILL_DOCUMENT_VISIBILITY} included, every document is listed again. */
    @Test
    @MigratesTo
    void afterTheBackfillEveryDocumentIsListed(RestoredDatabase db) {
        assertThat(db).query(NEW_LISTING).returnsSameRowsAs(db.beforeMigration(), OLD_LISTING);
        assertThat(db).table("Document").column("visibility").isNotNullable().hasNoNulls();
    }
}
