package dev.rehearsal.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.MigrationFailedException;
import dev.rehearsal.MigrationTool;
import dev.rehearsal.PreflightFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A remembered migration failure comes back with its pre-flight findings: the rerun's message is the first run's. */
class CachedFailurePreflightTest {

    @Test
    void findingsSurviveTheJsonRoundTrip() throws Exception {
        PreflightFinding finding = new PreflightFinding(
                PreflightFinding.Kind.REFERENCED_ROWS,
                "20240212113000_purge_abandoned_drafts",
                "DELETE FROM \"Document\" WHERE \"status\" = 'DRAFT'",
                "public.\"Document\"",
                "rows are still referenced from table public.\"Recipient\" by \"Recipient_documentId_fkey\" (ON DELETE"
                        + " RESTRICT)",
                16,
                List.of("(id)=(21)", "(id)=(34)"),
                "SELECT \"Document\".id FROM \"Document\" WHERE …");
        MigrationFailedException original = new MigrationFailedException(
                        new MigrationFailedException.Details(
                                MigrationTool.PRISMA,
                                "P3018",
                                "20240212113000_purge_abandoned_drafts",
                                3,
                                11,
                                "prisma/migrations/20240212113000_purge_abandoned_drafts/migration.sql",
                                6,
                                "DELETE FROM \"Document\" WHERE \"status\" = 'DRAFT'",
                                "23503",
                                "update or delete on table \"Document\" violates foreign key constraint",
                                "Key (id)=(21) is still referenced from table \"Recipient\".",
                                null,
                                null,
                                2,
                                9,
                                "The history now records this migration as failed."),
                        null)
                .withPreflight(List.of(finding));
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        CachedFailure stored = json.readValue(json.writeValueAsBytes(CachedFailure.of(original)), CachedFailure.class);
        MigrationFailedException again = stored.toMigrationFailure(null);

        assertThat(again.preflight()).containsExactly(finding);
        assertThat(again.getMessage()).isEqualTo(original.getMessage()).contains("16 rows of public.\"Document\"");
    }
}
